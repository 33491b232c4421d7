import { Button, Group, Modal, Stack } from '@mantine/core';
import { IconDeviceFloppy } from '@tabler/icons-react';
import type { PdfFile } from '../../../../shared/schemas/documents';
import { PdfPreview } from '../../components/PdfPreview';
import { PREVIEW_LABELS } from '../certificates/PreviewModal';
import { certificateTexts } from '../certificates/texts';

interface Props {
  file: PdfFile | null;
  busy: boolean;
  onSave(): void;
  onClose(): void;
}

/**
 * A report PDF as it will be saved (the chase list, the yearly summary), then "Lưu tệp PDF"; the
 * officer prints the saved file. The report channels save by year only: they have no "open to
 * print" delivery like the decision's, so the button the certificates' preview has is left out.
 */
export function ReportPdfModal({ file, busy, onSave, onClose }: Props) {
  return (
    <Modal
      opened={file !== null}
      onClose={onClose}
      size={820}
      title={file ? certificateTexts.previewTitle(file.fileName) : ''}
    >
      {file && (
        <Stack>
          <PdfPreview base64={file.base64} width={760} labels={PREVIEW_LABELS} />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {certificateTexts.close}
            </Button>
            <Button leftSection={<IconDeviceFloppy size={16} aria-hidden />} loading={busy} onClick={onSave}>
              {certificateTexts.savePdf}
            </Button>
          </Group>
        </Stack>
      )}
    </Modal>
  );
}
