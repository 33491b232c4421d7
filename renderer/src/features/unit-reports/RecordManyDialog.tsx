import { Alert, List, Modal, Stack, Text } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { todayIso } from '../../../../shared/rules/dates';
import { unitReportRecordManySchema, type UnitReportRow } from '../../../../shared/schemas/reports';
import { DialogButtons } from '../../components/DialogButtons';
import { showFieldErrors } from '../../components/formErrors';
import { notifyDone } from '../../components/notify';
import { ReceivedFields } from './ReceivedOnLine';
import { useUnitReports } from './store';
import { unitReportsTexts as t } from './texts';

/** How many of the chosen units the dialog names before "và N đơn vị khác". */
const NAMES_SHOWN = 10;

interface Props {
  opened: boolean;
  /** The ticked units without a report, in the list's order. */
  units: UnitReportRow[];
  year: number;
  deadline: string;
  onClose(): void;
}

/** Ghi nhận several units at once: one received date and note for all, no file (files stay per unit). */
export function RecordManyDialog({ opened, units, year, deadline, onClose }: Props) {
  return (
    <Modal
      opened={opened}
      onClose={onClose}
      title={t.manyTitle(units.length, year)}
      closeButtonProps={{ 'aria-label': t.close }}
      size="lg"
    >
      {opened ? <RecordManyForm units={units} deadline={deadline} onClose={onClose} /> : null}
    </Modal>
  );
}

interface Values {
  receivedOn: string | null;
  note: string;
}

/** The fields of the form; the main process's other refusals (the units) show above the buttons. */
const FORM_FIELDS: readonly string[] = ['receivedOn', 'note'];

function RecordManyForm({
  units,
  deadline,
  onClose,
}: {
  units: UnitReportRow[];
  deadline: string;
  onClose(): void;
}) {
  const recordMany = useUnitReports((s) => s.recordMany);
  const busy = useUnitReports((s) => s.busy);
  const [error, setError] = useState<string | null>(null);
  const form = useForm<Values>({
    initialValues: { receivedOn: todayIso(new Date()), note: '' },
    validate: {
      // The contract's own check, so the dialog and the main process say the same thing.
      receivedOn: (v) =>
        v === null
          ? t.receivedRequired
          : (unitReportRecordManySchema.shape.receivedOn.safeParse(v).error?.issues[0]?.message ?? null),
    },
  });

  const submit = async (values: Values) => {
    setError(null);
    const result = await recordMany({
      unitIds: units.map((u) => u.unitId),
      receivedOn: values.receivedOn!,
      note: values.note,
    });
    if (result.ok) {
      notifyDone(t.recordedMany(result.value.recorded));
      onClose();
      return;
    }
    const entries = Object.entries(result.fields);
    const onForm = entries.filter(([k]) => FORM_FIELDS.includes(k));
    const elsewhere = entries.filter(([k]) => !FORM_FIELDS.includes(k)).map(([, v]) => v);
    if (onForm.length > 0) showFieldErrors(form, Object.fromEntries(onForm));
    if (elsewhere.length > 0) setError(elsewhere.join(' '));
    else if (onForm.length === 0) setError(result.message);
  };

  const shown = units.slice(0, NAMES_SHOWN);
  const more = units.length - shown.length;

  return (
    <form onSubmit={form.onSubmit((v) => void submit(v))} noValidate>
      <Stack gap="md">
        <ReceivedFields
          dateProps={form.getInputProps('receivedOn')}
          noteProps={form.getInputProps('note')}
          date={form.values.receivedOn}
          deadline={deadline}
        />
        <Stack gap={4}>
          <Text size="sm" fw={500} id="record-many-units">
            {t.manyUnits}
          </Text>
          <List size="sm" spacing={2} aria-labelledby="record-many-units">
            {shown.map((u) => (
              <List.Item key={u.unitId}>{u.unitName}</List.Item>
            ))}
          </List>
          {more > 0 ? (
            <Text size="sm" c="dimmed">
              {t.moreUnits(more)}
            </Text>
          ) : null}
          <Text size="xs" c="dimmed">
            {t.manyHint}
          </Text>
        </Stack>
        {error ? (
          <Alert color="red" variant="light" role="alert" title={t.manyFailedTitle}>
            {error}
          </Alert>
        ) : null}
        <DialogButtons
          cancelLabel={t.cancel}
          confirmLabel={t.save}
          busy={busy}
          onCancel={onClose}
          onConfirm={() => form.onSubmit((v) => void submit(v))()}
        />
      </Stack>
    </form>
  );
}
