import { Alert, Button, Group, Select, Stack, Text, TextInput } from '@mantine/core';
import { schemaResolver, useForm } from '@mantine/form';
import { IconInfoCircle, IconPlayerPause } from '@tabler/icons-react';
import { useEffect, useMemo } from 'react';
import { unitDeactivateSchema, type UnitRow } from '../../../../shared/schemas/registry/units';
import { DateField } from '../../components/DateField';
import { foldedOptionsFilter } from '../../components/foldedOptionsFilter';
import { notifyDone, notifyFailed } from '../../components/notify';
import { useUnits } from './store';
import { unitsTexts as t } from './texts';
import { showFieldErrors } from '../../components/formErrors';

interface DeactivateValues {
  activeTo: string | null;
  successorId: number | null;
  reason: string;
}

const schemaErrors = schemaResolver(unitDeactivateSchema, { sync: true });

/** Cho ngừng hoạt động: the date is required; the unit stays in history with its awards. */
export function DeactivateForm({ unit }: { unit: UnitRow }) {
  const deactivate = useUnits((s) => s.deactivate);
  const busy = useUnits((s) => s.busy);
  const closeDialog = useUnits((s) => s.closeDialog);
  const options = useUnits((s) => s.options.data);
  const loadOptions = useUnits((s) => s.loadOptions);

  const form = useForm<DeactivateValues>({
    initialValues: { activeTo: null, successorId: null, reason: '' },
    validate: (values) =>
      values.activeTo === null ? { activeTo: t.activeToRequired } : schemaErrors({ id: unit.id, ...values }),
  });

  useEffect(() => {
    void loadOptions();
  }, [loadOptions]);

  const successorOptions = useMemo(
    () =>
      (options ?? [])
        .filter((u) => u.active && u.id !== unit.id)
        .map((u) => ({ value: u.id, label: u.name })),
    [options, unit.id],
  );

  const submit = async (values: DeactivateValues) => {
    const result = await deactivate({
      id: unit.id,
      activeTo: values.activeTo!,
      successorId: values.successorId,
      reason: values.reason,
    });
    if (result.ok) {
      notifyDone(t.deactivated(result.value.name));
    } else {
      showFieldErrors(form, result.fields);
      notifyFailed(t.actionFailedTitle, result.message);
    }
  };

  return (
    <form
      onSubmit={form.onSubmit(submit, (errors) => {
        const first = Object.keys(errors)[0];
        if (first) form.getInputNode(first)?.focus();
      })}
      noValidate
    >
      <Stack gap="md">
        <Alert variant="light" color="blue" icon={<IconInfoCircle aria-hidden />}>
          <Text size="sm">{t.deactivateExplain}</Text>
        </Alert>
        <DateField label={t.activeTo} withAsterisk data-autofocus {...form.getInputProps('activeTo')} />
        <Select<number>
          label={t.successor}
          description={t.successorHint}
          placeholder={t.successorPlaceholder}
          data={successorOptions}
          searchable
          clearable
          filter={foldedOptionsFilter}
          nothingFoundMessage={t.nothingFound}
          {...form.getInputProps('successorId')}
        />
        <TextInput label={t.reason} placeholder={t.reasonPlaceholder} {...form.getInputProps('reason')} />
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={closeDialog} disabled={busy}>
            {t.cancel}
          </Button>
          <Button
            type="submit"
            color="orange"
            loading={busy}
            leftSection={<IconPlayerPause size={18} aria-hidden />}
          >
            {t.deactivateConfirm}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
