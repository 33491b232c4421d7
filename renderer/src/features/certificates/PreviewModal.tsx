import { Alert, Button, Group, Modal, Stack } from '@mantine/core';
import { IconDeviceFloppy } from '@tabler/icons-react';
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
  onClose(): void;
}

/** The PDF as it will be saved, then "Lưu / In" (a save dialog; the harness downloads it). */
export function PreviewModal({ file, busy, error, onSave, onClose }: Props) {
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
            <Button leftSection={<IconDeviceFloppy size={16} />} loading={busy} onClick={onSave}>
              {t.saveOrPrint}
            </Button>
          </Group>
        </Stack>
      )}
    </Modal>
  );
}
