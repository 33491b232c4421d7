import { Button, Group } from '@mantine/core';
import { IconFileSpreadsheet, IconFileText, IconLockOpen, IconSend } from '@tabler/icons-react';
import { useState } from 'react';
import { notifyDone, notifyFailed } from '../../components/notify';
import { ReasonDialog } from '../../components/ReasonDialog';
import { PreviewModal } from '../certificates/PreviewModal';
import type { Delivery } from '../../../../shared/schemas/documents';
import { MarkSentDialog } from './MarkSentDialog';
import { useYearlyReport } from './store';
import { yearlyReportTexts as t } from './texts';

/** The report's outputs (PDF, Excel tables) and its status changes (sent, reopened with a reason). */
export function ReportActions() {
  const year = useYearlyReport((s) => s.year);
  const sent = useYearlyReport((s) => s.report?.status === 'sent');
  const busy = useYearlyReport((s) => s.busy);
  const preview = useYearlyReport((s) => s.preview);
  const [making, setMaking] = useState<'pdf' | 'xlsx' | null>(null);
  const [marking, setMarking] = useState(false);
  const [reopening, setReopening] = useState(false);
  const store = useYearlyReport.getState;

  const showPdf = async () => {
    setMaking('pdf');
    const result = await store().showPreview();
    setMaking(null);
    if (!result.ok) notifyFailed(t.pdfFailedTitle, result.message);
  };
  const saveFile = async (kind: 'pdf' | 'xlsx', delivery: Delivery = 'save') => {
    if (kind === 'xlsx') setMaking('xlsx');
    const result = kind === 'pdf' ? await store().savePdf(delivery) : await store().exportXlsx();
    setMaking(null);
    if (!result.ok) return notifyFailed(t.pdfFailedTitle, result.message);
    if (!result.value.saved) return;
    if (kind === 'pdf') store().closePreview();
    notifyDone(t.fileSaved(result.value.fileName));
  };
  const reopen = async (reason: string) => {
    const result = await store().reopen(reason);
    if (result.ok) {
      notifyDone(t.reopened(year));
      setReopening(false);
      return null;
    }
    if (result.fields.reason) return result.fields.reason;
    notifyFailed(t.actionFailedTitle, result.message);
    return null;
  };

  return (
    <>
      <Group gap="xs" wrap="wrap">
        <Button
          variant="default"
          leftSection={<IconFileText size={16} aria-hidden />}
          loading={making === 'pdf'}
          disabled={busy && making !== 'pdf'}
          onClick={() => void showPdf()}
        >
          {t.preview}
        </Button>
        <Button
          variant="default"
          leftSection={<IconFileSpreadsheet size={16} aria-hidden />}
          loading={making === 'xlsx'}
          disabled={busy && making !== 'xlsx'}
          onClick={() => void saveFile('xlsx')}
        >
          {t.exportXlsx}
        </Button>
        {sent ? (
          <Button
            variant="light"
            color="orange"
            leftSection={<IconLockOpen size={16} aria-hidden />}
            onClick={() => setReopening(true)}
          >
            {t.reopen}
          </Button>
        ) : (
          <Button
            variant="light"
            color="green"
            leftSection={<IconSend size={16} aria-hidden />}
            disabled={busy}
            onClick={() => setMarking(true)}
          >
            {t.markSent}
          </Button>
        )}
      </Group>
      <PreviewModal
        file={preview}
        busy={busy}
        error={null}
        onSave={() => void saveFile('pdf')}
        onOpen={() => void saveFile('pdf', 'open')}
        onClose={() => store().closePreview()}
      />
      <MarkSentDialog opened={marking} onClose={() => setMarking(false)} />
      <ReasonDialog
        opened={reopening}
        title={t.reopenTitle(year)}
        explanation={t.reopenExplanation}
        label={t.reopenReason}
        requiredMessage={t.reopenRequired}
        cancelLabel={t.cancel}
        confirmLabel={t.reopen}
        confirmColor="orange"
        confirmIcon={<IconLockOpen size={16} aria-hidden />}
        busy={busy}
        onConfirm={reopen}
        onCancel={() => setReopening(false)}
      />
    </>
  );
}
