import { Alert, Button, Group, Modal, Stack, Text } from '@mantine/core';
import { IconCircleCheck } from '@tabler/icons-react';
import type { RestoreReport } from '../../../../shared/api/backup';
import { formatStamp } from '../../components/formatStamp';
import { useBackup } from './store';
import { backupTexts as t, countsText } from './texts';

/** "Đã khôi phục dữ liệu ngày 26/11/2026 16:00: 12 đơn vị, …". */
export function restoredText(report: RestoreReport): string {
  const counts = countsText(report.counts);
  return report.date
    ? t.resultDated(formatStamp(report.date.at), counts)
    : t.resultUndated(report.fileName, counts);
}

/** What a restore did, until the user moves on (which reopens the screens on the restored data). */
export function RestoreResultDialog({ closeLabel, onClose }: { closeLabel: string; onClose(): void }) {
  const report = useBackup((s) => s.report);
  return (
    <Modal
      opened={report !== null}
      onClose={onClose}
      title={t.resultTitle}
      size="lg"
      closeOnClickOutside={false}
      withCloseButton={false}
    >
      {report ? <RestoreResult report={report} closeLabel={closeLabel} onClose={onClose} /> : null}
    </Modal>
  );
}

/** The result itself, also shown on the recovery screen. */
export function RestoreResult({
  report,
  closeLabel,
  onClose,
}: {
  report: RestoreReport;
  closeLabel: string;
  onClose(): void;
}) {
  const { backup, now } = report.schemaVersion;
  return (
    <Stack gap="md">
      <Alert color="green" variant="light" icon={<IconCircleCheck aria-hidden />} role="status">
        <Text fw={500}>{restoredText(report)}</Text>
      </Alert>
      {backup < now ? <Text>{t.upgraded(backup, now)}</Text> : null}
      {report.previousData ? (
        <Text style={{ overflowWrap: 'anywhere' }}>
          {t.previousKept(report.previousData.name, formatStamp(report.previousData.createdAt))}
        </Text>
      ) : null}
      <Group justify="flex-end">
        <Button onClick={onClose} data-autofocus>
          {closeLabel}
        </Button>
      </Group>
    </Stack>
  );
}
