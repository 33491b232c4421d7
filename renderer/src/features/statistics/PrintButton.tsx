import { Button } from '@mantine/core';
import { IconPrinter } from '@tabler/icons-react';
import { yearRangeSchema } from '../../../../shared/schemas/reports';
import { usePdfDelivery } from '../../components/usePdfDelivery';
import { PreviewModal } from '../certificates/PreviewModal';
import { useStatistics } from './store';
import { statisticsTexts as t } from './texts';

/** "In (PDF)": the six tables of the range in the preview, then printed or saved; idle while the range is refused. */
export function PrintButton() {
  const fromYear = useStatistics((s) => s.fromYear);
  const toYear = useStatistics((s) => s.toYear);
  const busy = useStatistics((s) => s.pdfBusy);
  const preview = useStatistics((s) => s.preview);
  // The same rule as the main process: the first year not after the last, at most 30 years.
  const valid = yearRangeSchema.safeParse({ fromYear, toYear }).success;
  const { pdfPreview, pdfSave, closePreview } = useStatistics.getState();
  const { making, show, save } = usePdfDelivery({
    preview: pdfPreview,
    deliver: pdfSave,
    closePreview,
    failedTitle: t.pdfFailedTitle,
    saved: t.pdfSaved,
  });

  return (
    <>
      <Button
        variant="default"
        leftSection={<IconPrinter size={18} aria-hidden />}
        loading={making}
        disabled={!valid}
        onClick={() => void show()}
      >
        {t.printPdf}
      </Button>
      <PreviewModal
        file={preview}
        busy={busy}
        error={null}
        onSave={() => void save('save')}
        onOpen={() => void save('open')}
        onClose={closePreview}
      />
    </>
  );
}
