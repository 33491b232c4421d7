import { Alert, Anchor, Button, Group, Paper, Stack, Table, Text } from '@mantine/core';
import { IconAlertTriangle, IconDatabasePlus, IconRestore } from '@tabler/icons-react';
import type { BackupOverview, StoredBackup } from '../../../../shared/api/backup';
import { formatFileSize } from '../../../../shared/domain/backup';
import { hashOf } from '../../app/areas';
import { formatStamp } from '../../components/formatStamp';
import { LoadError } from '../../components/LoadError';
import { Loading } from '../../components/Loading';
import { notifyDone, notifyFailed } from '../../components/notify';
import { SectionCard } from '../../components/SectionCard';
import { WorkProgress } from '../../components/WorkProgress';
import { RefusalAlert } from './RefusalAlert';
import { useBackup } from './store';
import { backupTexts as t } from './texts';

/** The backups in `<data>/backups`: how many are kept, the last automatic failure, and a restore per row. */
export function StoredBackupsCard() {
  const overview = useBackup((s) => s.overview);
  const loadStatus = useBackup((s) => s.loadStatus);
  const loadError = useBackup((s) => s.loadError);
  const load = useBackup((s) => s.load);

  return (
    <SectionCard title={t.storedTitle}>
      {overview ? (
        <StoredBackups overview={overview} />
      ) : loadStatus === 'error' && loadError ? (
        <LoadError
          title={t.loadFailed}
          message={loadError}
          retryLabel={t.retry}
          onRetry={() => void load()}
        />
      ) : (
        <Loading label={t.loading} />
      )}
    </SectionCard>
  );
}

function StoredBackups({ overview }: { overview: BackupOverview }) {
  const work = useBackup((s) => s.work);
  const create = useBackup((s) => s.create);
  const { retention, lastFailure, lastAutoAt } = overview;

  const createNow = async () => {
    const result = await create();
    if (result?.ok) notifyDone(t.created(formatStamp(result.value.createdAt)));
    else if (result) notifyFailed(t.createFailedTitle, result.message);
  };

  return (
    <Stack gap="sm">
      <Text style={{ overflowWrap: 'anywhere' }}>{t.storedText(overview.folder)}</Text>
      <Text size="sm">
        {t.retention(retention.daily, retention.weekly, retention.monthly)}{' '}
        <Anchor href={hashOf('settings')} size="sm">
          {t.retentionLink}
        </Anchor>
      </Text>
      <Text size="sm" c="dimmed">
        {lastAutoAt ? t.lastAuto(formatStamp(lastAutoAt)) : t.noAutoYet}
      </Text>
      {lastFailure ? (
        <Alert
          color="orange"
          variant="light"
          title={t.lastFailureTitle}
          icon={<IconAlertTriangle aria-hidden />}
        >
          {t.lastFailure(formatStamp(lastFailure.at), lastFailure.message)}
        </Alert>
      ) : null}
      <Group>
        <Button
          variant="light"
          leftSection={<IconDatabasePlus size={18} aria-hidden />}
          loading={work === 'create'}
          disabled={work !== null}
          onClick={() => void createNow()}
        >
          {t.create}
        </Button>
      </Group>
      {work === 'create' ? <WorkProgress label={t.creating} /> : null}
      <RefusalAlert source="stored" />
      {overview.backups.length === 0 ? (
        <Text c="dimmed">{t.storedEmpty}</Text>
      ) : (
        <StoredBackupsTable backups={overview.backups} />
      )}
    </Stack>
  );
}

/** Backups kept on this computer, newest first, each with "Khôi phục bản này" (after a confirmation). */
export function StoredBackupsTable({ backups }: { backups: StoredBackup[] }) {
  return (
    <Paper withBorder w="100%">
      <Table striped verticalSpacing="xs" aria-label={t.storedLabel}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t.colDate}</Table.Th>
            <Table.Th>{t.colReason}</Table.Th>
            <Table.Th ta="right">{t.colSize}</Table.Th>
            <Table.Th w={190}>{t.colActions}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {backups.map((backup) => (
            <BackupRow key={backup.name} backup={backup} />
          ))}
        </Table.Tbody>
      </Table>
    </Paper>
  );
}

function BackupRow({ backup }: { backup: StoredBackup }) {
  const work = useBackup((s) => s.work);
  const chooseStored = useBackup((s) => s.chooseStored);
  const when = formatStamp(backup.createdAt);
  return (
    <Table.Tr>
      <Table.Td style={{ whiteSpace: 'nowrap' }}>{when}</Table.Td>
      <Table.Td>{backup.reasonLabel}</Table.Td>
      <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }}>
        {formatFileSize(backup.sizeBytes)}
      </Table.Td>
      <Table.Td>
        <Button
          variant="subtle"
          size="xs"
          leftSection={<IconRestore size={16} aria-hidden />}
          disabled={work !== null}
          aria-label={t.restoreThisOf(when)}
          onClick={() => chooseStored(backup)}
        >
          {t.restoreThis}
        </Button>
      </Table.Td>
    </Table.Tr>
  );
}
