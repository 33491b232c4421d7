import { Button, Group, NumberInput, SimpleGrid, Stack, TextInput, Textarea } from '@mantine/core';
import { schemaResolver, useForm } from '@mantine/form';
import { IconDeviceFloppy } from '@tabler/icons-react';
import { useEffect } from 'react';
import { todayIso } from '../../../../shared/rules/dates';
import { proposalInputSchema, type Proposal, type ProposalInput } from '../../../../shared/schemas/proposals';
import { DateField } from '../../components/DateField';
import { showFieldErrors } from '../../components/formErrors';
import { notifyDone, notifyFailed } from '../../components/notify';
import { UnitSelect } from '../../components/UnitSelect';
import { useUnitOptions } from '../../components/unitOptions';
import { useProposals } from './store';
import { proposalsTexts as t } from './texts';

// The same schema as the main process: both refuse the same input with the same message.
const validate = schemaResolver(proposalInputSchema, { sync: true });

function initialValues(p: Proposal | null): ProposalInput {
  const today = todayIso(new Date());
  return {
    docNumber: p?.docNumber ?? '',
    docDate: p?.docDate ?? null,
    fromUnitId: p?.fromUnitId ?? null,
    year: p?.year ?? Number(today.slice(0, 4)),
    title: p?.title ?? '',
    receivedOn: p ? p.receivedOn : today,
    note: p?.note ?? '',
    movementId: p?.movementId ?? null,
  };
}

/** Thêm / sửa a proposal: the tờ trình's number and date, the unit, year, title, received date, note. */
export function ProposalForm({
  proposal,
  onDone,
}: {
  proposal: Proposal | null;
  onDone(saved?: Proposal): void;
}) {
  const save = useProposals((s) => s.save);
  const busy = useProposals((s) => s.busy);
  const loadUnits = useUnitOptions((s) => s.load);
  const form = useForm<ProposalInput>({
    initialValues: initialValues(proposal),
    validate,
    validateInputOnBlur: true,
  });

  useEffect(() => {
    void loadUnits();
  }, [loadUnits]);

  const submit = async (values: ProposalInput) => {
    const result = await save(proposal?.id ?? null, values);
    if (result.ok) {
      notifyDone(proposal ? t.saved : t.created(result.value.title));
      onDone(result.value);
    } else {
      showFieldErrors(form, result.fields);
      notifyFailed(t.saveFailedTitle, result.message);
    }
  };

  return (
    <form onSubmit={form.onSubmit(submit)} noValidate>
      <Stack gap="md">
        <TextInput
          label={t.title}
          placeholder={t.titleHint}
          withAsterisk
          data-autofocus
          {...form.getInputProps('title')}
        />
        <UnitSelect
          label={t.fromUnit}
          placeholder={t.fromUnitHint}
          current={
            proposal?.fromUnitId ? { id: proposal.fromUnitId, name: proposal.fromUnitName ?? '' } : null
          }
          {...form.getInputProps('fromUnitId')}
        />
        <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="md">
          <TextInput label={t.docNumber} placeholder={t.docNumberHint} {...form.getInputProps('docNumber')} />
          <DateField label={t.docDate} {...form.getInputProps('docDate')} />
          <DateField label={t.receivedOn} {...form.getInputProps('receivedOn')} />
        </SimpleGrid>
        <NumberInput
          label={t.year}
          withAsterisk
          allowDecimal={false}
          allowNegative={false}
          thousandSeparator=""
          w={140}
          value={form.values.year}
          error={form.errors.year}
          onChange={(v) => form.setFieldValue('year', typeof v === 'number' ? v : (Number.NaN as number))}
        />
        <Textarea label={t.note} rows={2} resize="vertical" {...form.getInputProps('note')} />
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={() => onDone()} disabled={busy}>
            {t.cancel}
          </Button>
          <Button type="submit" loading={busy} leftSection={<IconDeviceFloppy size={18} aria-hidden />}>
            {t.save}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
