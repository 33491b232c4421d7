import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import { IconRestore } from '@tabler/icons-react';
import type { BackupDate } from '../../../../shared/api/backup';
import { formatFileSize } from '../../../../shared/domain/backup';
import { DetailList, type DetailItem } from '../../components/DetailList';
import { formatStamp } from '../../components/formatStamp';
import { WorkProgress } from '../../components/WorkProgress';
import { useBackup, type PendingRestore } from './store';
import { backupTexts as t, countsText } from './texts';

/** "26/11/2026 16:00", marked when it was read from the file's name. */
export function backupDateText(date: BackupDate | null): string {
  if (!date) return t.unknownDate;
  const when = formatStamp(date.at);
  return date.source === 'file-name' ? t.dateFromName(when) : when;
}

function itemsOf(pending: PendingRestore): DetailItem[] {
  if (pending.source === 'stored') {
    const { backup } = pending;
    return [
      { label: t.backupTime, value: formatStamp(backup.createdAt) },
      { label: t.reason, value: backup.reasonLabel },
      { label: t.size, value: formatFileSize(backup.sizeBytes) },
    ];
  }
  const { inspection } = pending;
  return [
    { label: t.fileName, value: inspection.fileName },
    { label: t.dataDate, value: backupDateText(inspection.date) },
    { label: t.contents, value: countsText(inspection.counts) },
    { label: t.size, value: formatFileSize(inspection.sizeBytes) },
    { label: t.version, value: t.versionText(inspection.schemaVersion, inspection.needsUpgrade) },
  ];
}

/**
 * Shows what a backup holds and asks before it replaces the data; says the current data is backed
 * up first (in recovery: that the damaged file stays where it was moved). Stays open while restoring.
 */
export function RestoreConfirmDialog({ recovery = false }: { recovery?: boolean }) {
  const pending = useBackup((s) => s.pending);
  const work = useBackup((s) => s.work);
  const confirmRestore = useBackup((s) => s.confirmRestore);
  const cancelRestore = useBackup((s) => s.cancelRestore);
  const restoring = work === 'restore';

  return (
    <Modal
      opened={pending !== null}
      onClose={cancelRestore}
      title={t.confirmTitle}
      size="lg"
      closeOnClickOutside={!restoring}
      closeOnEscape={!restoring}
      withCloseButton={false}
    >
      {pending ? (
        <Stack gap="lg">
          <DetailList items={itemsOf(pending)} emptyText={t.unknownDate} />
          <Text>{recovery ? t.confirmTextRecovery : t.confirmText}</Text>
          {restoring ? <WorkProgress label={t.restoring} /> : null}
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={cancelRestore} disabled={restoring} data-autofocus>
              {t.cancel}
            </Button>
            <Button
              leftSection={<IconRestore size={18} aria-hidden />}
              loading={restoring}
              disabled={work !== null}
              onClick={() => void confirmRestore()}
            >
              {t.confirm}
            </Button>
          </Group>
        </Stack>
      ) : null}
    </Modal>
  );
}
