import {
  Button,
  Grid,
  Group,
  Modal,
  NumberInput,
  Select,
  SimpleGrid,
  Stack,
  TextInput,
  Textarea,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { IconDeviceFloppy } from '@tabler/icons-react';
import type { Household } from '../../../../shared/schemas/registry/households';
import { GENDERS, type Gender } from '../../../../shared/domain/registry';
import { notifyDone, notifyFailed } from '../../components/notify';
import { UnitSelect } from '../../components/UnitSelect';
import {
  EMPTY_HOUSEHOLD_FORM,
  formValuesOf,
  toHouseholdInput,
  validateHouseholdForm,
  type HouseholdFormValues,
} from './householdForm';
import { useHouseholds } from './store';
import { householdsTexts as t } from './texts';
import { focusFirstError, showFieldErrors } from '../../components/formErrors';

/** "Chưa rõ" is a choice of its own (not an empty box): most heads' gender is simply not recorded yet. */
const UNKNOWN = 'unknown';
const HEAD_GENDER_OPTIONS = [
  ...GENDERS.map((g) => ({ value: g, label: t.headGenderLabel(g) })),
  { value: UNKNOWN, label: t.headGenderLabel(null) },
];
const toGender = (value: string | null): Gender | null => GENDERS.find((g) => g === value) ?? null;

interface HouseholdFormModalProps {
  opened: boolean;
  /** The household to edit, or null to add one. */
  household: Household | null;
  onClose(): void;
}

/** Adds or edits a household in a dialog. */
export function HouseholdFormModal({ opened, household, onClose }: HouseholdFormModalProps) {
  return (
    <Modal
      opened={opened}
      onClose={onClose}
      title={household ? t.editTitle : t.createTitle}
      size="lg"
      closeButtonProps={{ 'aria-label': t.close }}
    >
      {opened ? <HouseholdForm key={household?.id ?? 'new'} household={household} onClose={onClose} /> : null}
    </Modal>
  );
}

function HouseholdForm({ household, onClose }: Omit<HouseholdFormModalProps, 'opened'>) {
  const save = useHouseholds((s) => s.save);
  const saving = useHouseholds((s) => s.saving);
  const form = useForm<HouseholdFormValues>({
    initialValues: household ? formValuesOf(household) : EMPTY_HOUSEHOLD_FORM,
    validate: validateHouseholdForm,
    validateInputOnBlur: true,
  });

  const submit = async (values: HouseholdFormValues) => {
    const result = await save(household?.id ?? null, toHouseholdInput(values));
    if (result.ok) {
      notifyDone(household ? t.updated(result.value.headName) : t.created(result.value.headName));
      onClose();
    } else {
      showFieldErrors(form, result.fields);
      notifyFailed(t.saveFailedTitle, result.message);
    }
  };

  return (
    <form onSubmit={form.onSubmit(submit, (errors) => focusFirstError(form, errors))} noValidate>
      <Stack gap="md">
        <Grid>
          <Grid.Col span={{ base: 12, sm: 8 }}>
            <TextInput label={t.headName} withAsterisk data-autofocus {...form.getInputProps('headName')} />
          </Grid.Col>
          <Grid.Col span={{ base: 12, sm: 4 }}>
            <Select
              label={t.headGender}
              data={HEAD_GENDER_OPTIONS}
              allowDeselect={false}
              {...form.getInputProps('headGender')}
              value={form.values.headGender ?? UNKNOWN}
              onChange={(value) => form.setFieldValue('headGender', toGender(value))}
            />
          </Grid.Col>
        </Grid>
        <TextInput label={t.address} placeholder={t.addressPlaceholder} {...form.getInputProps('address')} />
        <UnitSelect
          label={t.group}
          placeholder={t.chooseGroup}
          kind="residential_group"
          current={
            household?.residentialGroupUnitId
              ? { id: household.residentialGroupUnitId, name: household.residentialGroupName ?? '' }
              : null
          }
          {...form.getInputProps('residentialGroupUnitId')}
        />
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <NumberInput
            label={t.memberCount}
            min={1}
            max={100}
            allowDecimal={false}
            allowNegative={false}
            {...form.getInputProps('memberCount')}
          />
          <TextInput label={t.phone} inputMode="tel" {...form.getInputProps('phone')} />
        </SimpleGrid>
        <Textarea label={t.note} rows={3} {...form.getInputProps('note')} />
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onClose} disabled={saving}>
            {t.cancel}
          </Button>
          <Button type="submit" loading={saving} leftSection={<IconDeviceFloppy size={18} aria-hidden />}>
            {t.save}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
