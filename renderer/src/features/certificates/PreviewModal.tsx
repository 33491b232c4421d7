import { Alert, Button, Group, Modal, Stack } from '@mantine/core';
import { IconDeviceFloppy, IconPrinter } from '@tabler/icons-react';
import { PdfPreview } from '../../components/PdfPreview';
import type { PdfFile } from '../../../../shared/schemas/documents';
import { certificateTexts as t } from './texts';

export const PREVIEW_LABELS = {
  loading: t.loadingPdf,
  error: t.pdfError,
  page: t.page,
  previous: t.previousPage,
  next: t.nextPage,
};

interface Props {
  file: PdfFile | null;
  busy: boolean;
  error: string | null;
  onSave(): void;
  /** Opens the PDF in the computer's PDF viewer to print it there. */
  onOpen(): void;
  onClose(): void;
}

/**
 * The PDF as it will be saved, then "Mở để in" (the computer's PDF viewer, where the officer picks
 * the printer and the blank forms) or "Lưu tệp" (a save dialog); the harness downloads it either way.
 */
export function PreviewModal({ file, busy, error, onSave, onOpen, onClose }: Props) {
  return (
    <Modal
      opened={file !== null}
      onClose={onClose}
      size={820}
      title={file ? t.previewTitle(file.fileName) : ''}
    >
      {file && (
        <Stack>
          {error && <Alert color="red">{error}</Alert>}
          <PdfPreview base64={file.base64} width={760} labels={PREVIEW_LABELS} />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t.close}
            </Button>
            <Button
              variant="light"
              leftSection={<IconDeviceFloppy size={16} />}
              disabled={busy}
              onClick={onSave}
            >
              {t.savePdf}
            </Button>
            <Button leftSection={<IconPrinter size={16} />} loading={busy} onClick={onOpen}>
              {t.openToPrint}
            </Button>
          </Group>
        </Stack>
      )}
    </Modal>
  );
}
