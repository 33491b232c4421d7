import { Button, Grid, Group, Modal, Select, Stack, Switch, TextInput, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { IconDeviceFloppy } from '@tabler/icons-react';
import {
  GENDERS,
  GENDER_LABELS,
  STAFF_CATEGORIES,
  STAFF_CATEGORY_LABELS,
  type Gender,
  type StaffCategory,
} from '../../../../shared/domain/registry';
import type { Person } from '../../../../shared/schemas/registry/people';
import { notifyDone, notifyFailed } from '../../components/notify';
import { UnitSelect } from '../../components/UnitSelect';
import {
  EMPTY_PERSON_FORM,
  formValuesOf,
  toFormErrors,
  toPersonInput,
  validatePersonForm,
  type PersonFormValues,
} from './personForm';
import { usePeople } from './store';
import { peopleTexts as t } from './texts';
import { focusFirstError, showFieldErrors } from '../../components/formErrors';

export const GENDER_OPTIONS = GENDERS.map((g) => ({ value: g, label: GENDER_LABELS[g] }));
export const STAFF_CATEGORY_OPTIONS = STAFF_CATEGORIES.map((c) => ({
  value: c,
  label: STAFF_CATEGORY_LABELS[c],
}));

interface PersonFormModalProps {
  opened: boolean;
  /** The person to edit, or null to add one. */
  person: Person | null;
  onClose(): void;
  onSaved?(person: Person): void;
}

/** Adds or edits a person in a dialog. */
export function PersonFormModal({ opened, person, onClose, onSaved }: PersonFormModalProps) {
  return (
    <Modal
      opened={opened}
      onClose={onClose}
      title={person ? t.editTitle : t.createTitle}
      size="xl"
      closeButtonProps={{ 'aria-label': t.close }}
    >
      {/* Mounted only while open, so each opening starts from the record as stored. */}
      {opened ? (
        <PersonForm key={person?.id ?? 'new'} person={person} onClose={onClose} onSaved={onSaved} />
      ) : null}
    </Modal>
  );
}

function PersonForm({ person, onClose, onSaved }: Omit<PersonFormModalProps, 'opened'>) {
  const save = usePeople((s) => s.save);
  const saving = usePeople((s) => s.saving);
  const form = useForm<PersonFormValues>({
    initialValues: person ? formValuesOf(person) : EMPTY_PERSON_FORM,
    validate: validatePersonForm,
    validateInputOnBlur: true,
  });

  const submit = async (values: PersonFormValues) => {
    const result = await save(person?.id ?? null, toPersonInput(values));
    if (result.ok) {
      notifyDone(person ? t.updated(result.value.fullName) : t.created(result.value.fullName));
      onSaved?.(result.value);
      onClose();
    } else {
      const errors = toFormErrors(result.fields);
      showFieldErrors(form, errors);
      notifyFailed(t.saveFailedTitle, result.message);
    }
  };

  return (
    <form onSubmit={form.onSubmit(submit, (errors) => focusFirstError(form, errors))} noValidate>
      <Stack gap="md">
        <Grid>
          <Grid.Col span={{ base: 12, sm: 8 }}>
            <TextInput label={t.fullName} withAsterisk data-autofocus {...form.getInputProps('fullName')} />
          </Grid.Col>
          <Grid.Col span={{ base: 12, sm: 4 }}>
            <Select<Gender>
              label={t.gender}
              placeholder={t.chooseGender}
              data={GENDER_OPTIONS}
              clearable
              {...form.getInputProps('gender')}
            />
          </Grid.Col>
          <Grid.Col span={{ base: 12, sm: 4 }}>
            <TextInput
              label={t.birth}
              description={t.birthDescription}
              placeholder="05/07/1985"
              inputMode="numeric"
              {...form.getInputProps('birth')}
            />
          </Grid.Col>
          <Grid.Col span={{ base: 12, sm: 8 }}>
            <UnitSelect
              label={t.unit}
              placeholder={t.chooseUnit}
              current={person?.unitId ? { id: person.unitId, name: person.unitName ?? '' } : null}
              {...form.getInputProps('unitId')}
            />
          </Grid.Col>
          <Grid.Col span={{ base: 12, sm: 6 }}>
            <TextInput
              label={t.position}
              placeholder={t.positionPlaceholder}
              {...form.getInputProps('position')}
            />
          </Grid.Col>
          <Grid.Col span={{ base: 12, sm: 6 }}>
            <Select<StaffCategory>
              label={t.staffCategory}
              placeholder={t.chooseCategory}
              data={STAFF_CATEGORY_OPTIONS}
              clearable
              {...form.getInputProps('staffCategory')}
            />
          </Grid.Col>
          <Grid.Col span={{ base: 12, sm: 6 }}>
            <TextInput
              label={t.identityNumber}
              description={t.identityDescription}
              inputMode="numeric"
              {...form.getInputProps('identityNumber')}
            />
          </Grid.Col>
          <Grid.Col span={{ base: 12, sm: 6 }}>
            <TextInput label={t.phone} inputMode="tel" {...form.getInputProps('phone')} />
          </Grid.Col>
          <Grid.Col span={12}>
            <TextInput label={t.address} {...form.getInputProps('address')} />
          </Grid.Col>
          <Grid.Col span={12}>
            <Textarea label={t.note} rows={2} {...form.getInputProps('note')} />
          </Grid.Col>
        </Grid>
        <Group justify="space-between" gap="sm" align="flex-end">
          <Switch
            label={t.active}
            description={t.activeDescription}
            {...form.getInputProps('active', { type: 'checkbox' })}
          />
          <Group gap="sm">
            <Button variant="default" onClick={onClose} disabled={saving}>
              {t.cancel}
            </Button>
            <Button type="submit" loading={saving} leftSection={<IconDeviceFloppy size={18} aria-hidden />}>
              {t.save}
            </Button>
          </Group>
        </Group>
      </Stack>
    </form>
  );
}
