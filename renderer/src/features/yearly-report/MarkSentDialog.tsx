import { Alert, List, Modal, Stack, Text } from '@mantine/core';
import { IconAlertTriangle, IconSend } from '@tabler/icons-react';
import { useState } from 'react';
import { GENERATED_SECTIONS, type SummarySectionKey } from '../../../../shared/domain/reports';
import { formatDate, todayIso } from '../../../../shared/rules/dates';
import { yearlyReportSentSchema } from '../../../../shared/schemas/reports';
import { DateField } from '../../components/DateField';
import { DialogButtons } from '../../components/DialogButtons';
import { notifyDone } from '../../components/notify';
import { sectionTitle } from '../../../../shared/domain/reports';
import { emptySections, isDirty } from './draft';
import { useYearlyReport } from './store';
import { yearlyReportTexts as t } from './texts';

const GENERATED: readonly SummarySectionKey[] = GENERATED_SECTIONS;

/**
 * "Đánh dấu đã gửi": the day it went to the city (today by default). Sections left empty are
 * listed as a warning, not refused; what the main process finds missing is shown as it says it.
 */
export function MarkSentDialog({ opened, onClose }: { opened: boolean; onClose(): void }) {
  const year = useYearlyReport((s) => s.year);
  return (
    <Modal opened={opened} onClose={onClose} title={t.markSentTitle(year)} size="lg">
      {opened ? <MarkSentForm year={year} onClose={onClose} /> : null}
    </Modal>
  );
}

function MarkSentForm({ year, onClose }: { year: number; onClose(): void }) {
  const draft = useYearlyReport((s) => s.draft);
  const unsaved = useYearlyReport((s) => isDirty(s.draft, s.report));
  const busy = useYearlyReport((s) => s.busy);
  const [sentOn, setSentOn] = useState<string | null>(() => todayIso(new Date()));
  const [dateError, setDateError] = useState<string | null>(null);
  const [refusal, setRefusal] = useState<string | null>(null);
  const empty = draft ? emptySections(draft) : [];

  const confirm = async () => {
    const checked = yearlyReportSentSchema.shape.sentOn.safeParse(sentOn ?? '');
    if (sentOn === null || !checked.success) {
      setDateError(sentOn === null ? t.sentOnRequired : (checked.error?.issues[0]?.message ?? null));
      return;
    }
    setRefusal(null);
    const result = await useYearlyReport.getState().markSent(sentOn);
    if (result.ok) {
      notifyDone(t.markedSent(year, formatDate(sentOn)));
      onClose();
      return;
    }
    if (result.fields.sentOn) setDateError(result.fields.sentOn);
    else setRefusal(result.message);
  };

  return (
    <Stack gap="md">
      <Text size="sm">{t.markSentText}</Text>
      <DateField
        label={t.sentOn}
        withAsterisk
        data-autofocus
        value={sentOn}
        error={dateError}
        onChange={(next) => {
          setSentOn(next);
          setDateError(null);
        }}
      />
      {empty.length > 0 ? (
        <Alert color="yellow" variant="light" icon={<IconAlertTriangle size={18} aria-hidden />}>
          <Stack gap={4}>
            <Text size="sm" fw={500}>
              {t.emptySectionsWarning}
            </Text>
            <List size="sm" aria-label={t.emptySectionsWarning}>
              {empty.map((k) => (
                <List.Item key={k}>
                  {sectionTitle(k, year)}
                  {GENERATED.includes(k) ? t.onlyFigures : ''}
                </List.Item>
              ))}
            </List>
            <Text size="sm" c="dimmed">
              {t.emptySectionsHint}
            </Text>
          </Stack>
        </Alert>
      ) : null}
      {unsaved ? <Text size="sm">{t.willSaveFirst}</Text> : null}
      {refusal ? (
        <Alert color="red" role="alert" title={t.actionFailedTitle}>
          <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
            {refusal}
          </Text>
        </Alert>
      ) : null}
      <DialogButtons
        cancelLabel={t.cancel}
        confirmLabel={t.markSent}
        confirmIcon={<IconSend size={16} aria-hidden />}
        busy={busy}
        onCancel={onClose}
        onConfirm={() => void confirm()}
      />
    </Stack>
  );
}
