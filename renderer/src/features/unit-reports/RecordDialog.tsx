import { Button, Group, Modal, Stack, Text, VisuallyHidden } from '@mantine/core';
import { useForm } from '@mantine/form';
import { IconPaperclip, IconX } from '@tabler/icons-react';
import { useRef, useState, type ChangeEvent } from 'react';
import { todayIso } from '../../../../shared/rules/dates';
import { unitReportRecordSchema, type UnitReportRow } from '../../../../shared/schemas/reports';
import { DialogButtons } from '../../components/DialogButtons';
import { showFieldErrors } from '../../components/formErrors';
import { notifyDone, notifyFailed } from '../../components/notify';
import { fileSizeText, REPORT_FILE_ACCEPT, REPORT_FILE_MAX_BYTES } from './files';
import { ReceivedFields } from './ReceivedOnLine';
import { useUnitReports } from './store';
import { unitReportsTexts as t } from './texts';

interface Props {
  /** The unit whose report is recorded or corrected; null while closed. */
  row: UnitReportRow | null;
  year: number;
  deadline: string;
  onClose(): void;
}

/** Ghi nhận / Sửa: the day the report came (today by default), a note and optionally its file. */
export function RecordDialog({ row, year, deadline, onClose }: Props) {
  return (
    <Modal
      opened={row !== null}
      onClose={onClose}
      title={row ? t.dialogTitle(row.unitName, year) : ''}
      closeButtonProps={{ 'aria-label': t.close }}
      size="lg"
    >
      {row ? <RecordForm row={row} deadline={deadline} onClose={onClose} /> : null}
    </Modal>
  );
}

interface Values {
  receivedOn: string | null;
  note: string;
}

// The main process's file errors may name the file's parts; the form shows them all under the file.
const fieldOf = (path: string) => (path.startsWith('file') ? 'file' : path);

function RecordForm({ row, deadline, onClose }: { row: UnitReportRow; deadline: string; onClose(): void }) {
  const record = useUnitReports((s) => s.record);
  const busy = useUnitReports((s) => s.busy);
  const input = useRef<HTMLInputElement>(null);
  const [file, setFile] = useState<File | null>(null);
  const form = useForm<Values>({
    initialValues: {
      receivedOn: row.report?.receivedOn ?? todayIso(new Date()),
      note: row.report?.note ?? '',
    },
    validate: {
      // The contract's own check, so the dialog and the main process say the same thing.
      receivedOn: (v) =>
        v === null
          ? t.receivedRequired
          : (unitReportRecordSchema.shape.receivedOn.safeParse(v).error?.issues[0]?.message ?? null),
    },
  });

  const picked = (event: ChangeEvent<HTMLInputElement>) => {
    const next = event.currentTarget.files?.[0] ?? null;
    event.currentTarget.value = '';
    if (!next) return;
    // Refused here so that a large video is not read into memory only to be refused.
    if (next.size > REPORT_FILE_MAX_BYTES) return form.setFieldError('file', t.fileTooBig(next.name));
    form.clearFieldError('file');
    setFile(next);
  };

  const submit = async (values: Values) => {
    const result = await record({
      unitId: row.unitId,
      receivedOn: values.receivedOn!,
      note: values.note,
      file,
    });
    if (result.ok) {
      notifyDone(row.report ? t.updated(row.unitName) : t.recorded(row.unitName));
      onClose();
      return;
    }
    const fields = Object.fromEntries(Object.entries(result.fields).map(([k, v]) => [fieldOf(k), v]));
    showFieldErrors(form, fields);
    if (Object.keys(fields).length === 0) notifyFailed(t.actionFailedTitle, result.message);
  };

  const kept = row.report?.attachment ?? null;

  return (
    <form onSubmit={form.onSubmit((v) => void submit(v))} noValidate>
      <Stack gap="md">
        <Text size="sm" c="dimmed">
          {[row.clusters, row.contactPerson, row.phone].filter(Boolean).join(' · ')}
        </Text>
        <ReceivedFields
          dateProps={form.getInputProps('receivedOn')}
          noteProps={form.getInputProps('note')}
          date={form.values.receivedOn}
          deadline={deadline}
        />
        <Stack gap={6}>
          <Text size="sm" fw={500}>
            {t.file}
          </Text>
          <VisuallyHidden>
            <input
              ref={input}
              type="file"
              accept={REPORT_FILE_ACCEPT}
              tabIndex={-1}
              aria-label={t.file}
              onChange={picked}
            />
          </VisuallyHidden>
          {file ? (
            <Group gap="xs" wrap="nowrap">
              <Text size="sm">{t.pickedFile(file.name, fileSizeText(file.size))}</Text>
              <Button
                size="compact-sm"
                variant="subtle"
                color="gray"
                leftSection={<IconX size={14} aria-hidden />}
                onClick={() => setFile(null)}
              >
                {t.dropPicked}
              </Button>
            </Group>
          ) : kept ? (
            <Text size="sm">{t.keptFile(kept.fileName)}</Text>
          ) : null}
          <Group gap="sm">
            <Button
              variant="light"
              leftSection={<IconPaperclip size={16} aria-hidden />}
              onClick={() => input.current?.click()}
            >
              {file || kept ? t.replaceFile : t.pickFile}
            </Button>
            <Text size="xs" c="dimmed">
              {t.fileHint}
            </Text>
          </Group>
          {form.errors.file ? (
            <Text size="sm" c="red" role="alert">
              {form.errors.file}
            </Text>
          ) : null}
        </Stack>
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
