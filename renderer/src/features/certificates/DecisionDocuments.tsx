// The decision page's printing: the decision PDF, Giấy khen of the list (all or the ticked lines, full
// page or on pre-printed blanks) with real progress, an in-app preview, then "Mở để in" or "Lưu tệp PDF".
import { useState } from 'react';
import { Alert, Button, Group, Menu, Modal, Progress, Stack, Text } from '@mantine/core';
import { IconCertificate, IconChevronDown, IconFileText, IconHistory } from '@tabler/icons-react';
import type { AwardLine, Decision } from '../../../../shared/schemas/decisions';
import type { CertificateMode, Delivery } from '../../../../shared/schemas/documents';
import { notifyDone } from '../../components/notify';
import { formatTimestamp } from '../../../../shared/domain/audit-values';
import { useDocuments } from './store';
import { PreviewModal } from './PreviewModal';
import { PrintHistoryDialog } from './PrintHistoryDialog';
import { certificateTexts as t } from './texts';

export interface DecisionDocumentsProps {
  decision: Decision;
  lines: AwardLine[];
  /** Lines ticked in the list; empty = the whole list. */
  selectedLineIds: number[];
  /** Certificates were saved or opened to print: the page reloads the lines' print counts. */
  onPrinted?(): void;
}

export function DecisionDocuments({ decision, lines, selectedLineIds, onPrinted }: DecisionDocumentsProps) {
  const job = useDocuments((s) => s.job);
  const preview = useDocuments((s) => s.preview);
  const busy = useDocuments((s) => s.busy);
  const error = useDocuments((s) => s.error);
  const { openDecision, startCertificates, stop, save, closePreview, clearError } = useDocuments.getState();
  const [historyLine, setHistoryLine] = useState<{ id: number; name: string } | null>(null);

  const printable = decision.status === 'signed' && lines.length > 0;
  const hint =
    decision.status === 'draft'
      ? t.draftHint
      : decision.status === 'cancelled'
        ? t.cancelledHint
        : lines.length === 0
          ? t.noLines
          : null;
  const selection = selectedLineIds.length > 0 ? selectedLineIds : null;
  const count = selection?.length ?? lines.length;
  const single = selectedLineIds.length === 1 ? lines.find((l) => l.id === selectedLineIds[0]) : undefined;
  const picked = new Set(selection);
  const reprint = reprintOf(selection === null ? lines : lines.filter((l) => picked.has(l.id)));

  const print = (mode: CertificateMode) => void startCertificates(decision.id, selection, mode);

  const onSave = async (delivery: Delivery) => {
    const outcome = await save(delivery);
    if (!outcome?.saved || !preview) return;
    closePreview(); // done: the list behind shows again
    if (preview.source.kind === 'certificates') onPrinted?.();
    const certificates = preview.source.kind === 'certificates' ? preview.source.count : null;
    if (delivery === 'open')
      notifyDone(
        certificates === null
          ? t.opened(outcome.fileName)
          : t.openedCertificates(certificates, outcome.fileName),
      );
    else
      notifyDone(
        certificates === null
          ? t.saved(outcome.fileName)
          : t.savedCertificates(certificates, outcome.fileName),
      );
  };

  return (
    <Stack gap="xs">
      <Group gap="xs">
        <Button
          variant="default"
          leftSection={<IconFileText size={16} />}
          loading={busy && !job && !preview}
          onClick={() => void openDecision(decision.id)}
        >
          {t.decisionPdf}
        </Button>
        <Menu position="bottom-start" withinPortal>
          <Menu.Target>
            <Button
              leftSection={<IconCertificate size={16} />}
              rightSection={<IconChevronDown size={14} />}
              disabled={!printable || busy}
            >
              {t.printCertificates}
            </Button>
          </Menu.Target>
          <Menu.Dropdown>
            <Menu.Label>{selection ? t.printSelected(count) : t.printAll(count)}</Menu.Label>
            {reprint && (
              <Menu.Label c="orange.8">
                {t.alreadyPrinted(reprint.count, formatTimestamp(reprint.last))}
              </Menu.Label>
            )}
            <Menu.Item onClick={() => print('full')}>{t.modeFull}</Menu.Item>
            <Menu.Item onClick={() => print('blank_form')}>{t.modeBlank}</Menu.Item>
          </Menu.Dropdown>
        </Menu>
        <Button
          variant="subtle"
          leftSection={<IconHistory size={16} />}
          disabled={!single}
          title={single ? undefined : t.historyHint}
          onClick={() => single && setHistoryLine({ id: single.id, name: single.name })}
        >
          {t.history}
        </Button>
      </Group>
      {hint && (
        <Text size="sm" c="dimmed">
          {hint}
        </Text>
      )}
      {error && !preview && (
        <Alert color="red" title={t.failedTitle} withCloseButton onClose={clearError}>
          {error}
        </Alert>
      )}

      <Modal
        opened={job !== null}
        onClose={() => void stop()}
        title={t.renderingTitle}
        closeOnClickOutside={false}
      >
        {job && (
          <Stack role="status" aria-live="polite">
            <Text size="sm">{t.rendering(job.done, job.total)}</Text>
            <Progress value={job.total === 0 ? 0 : (100 * job.done) / job.total} animated />
            <Group justify="flex-end">
              <Button variant="default" onClick={() => void stop()}>
                {t.stop}
              </Button>
            </Group>
          </Stack>
        )}
      </Modal>

      <PreviewModal
        file={preview?.file ?? null}
        busy={busy}
        error={error}
        onSave={() => void onSave('save')}
        onOpen={() => void onSave('open')}
        onClose={closePreview}
      />
      <PrintHistoryDialog line={historyLine} onClose={() => setHistoryLine(null)} />
    </Stack>
  );
}

/** Lines about to be printed again: how many, and when the latest of them was last printed. */
function reprintOf(lines: readonly AwardLine[]): { count: number; last: string } | null {
  const printed = lines.filter((l) => l.printCount > 0 && l.lastPrintedAt !== null);
  if (printed.length === 0) return null;
  const last = printed.reduce((a, l) => (l.lastPrintedAt! > a ? l.lastPrintedAt! : a), '');
  return { count: printed.length, last };
}
