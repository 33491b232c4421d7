import { Button, Paper, Stack, Title } from '@mantine/core';
import { IconRestore } from '@tabler/icons-react';
import type { RecoveryBackup } from '../../../../shared/api/recovery';
import { formatFileSize } from '../../../../shared/domain/backup';
import { DetailList } from '../../components/DetailList';
import { formatStamp } from '../../components/formatStamp';
import { backupDateText } from '../backup/RestoreConfirmDialog';
import { useBackup } from '../backup/store';
import { countsText } from '../backup/texts';
import { recoveryTexts as t } from './texts';

/** The newest verified backup, how old it is and what it holds, with the main way out. */
export function LatestBackup({ backup }: { backup: RecoveryBackup }) {
  const work = useBackup((s) => s.work);
  const restoreLatest = useBackup((s) => s.restoreLatest);

  return (
    <Paper withBorder p="lg" component="section" aria-labelledby="recovery-latest">
      <Stack gap="md">
        <Title order={2} size="h4" id="recovery-latest">
          {t.latestTitle}
        </Title>
        <DetailList
          emptyText="—"
          items={[
            { label: t.made, value: t.latestWhen(formatStamp(backup.createdAt), backup.ageText) },
            { label: t.reason, value: backup.reasonLabel },
            { label: t.contents, value: countsText(backup.counts) },
            { label: t.dataDate, value: backupDateText(backup.date) },
            { label: t.size, value: formatFileSize(backup.sizeBytes) },
          ]}
        />
        <Button
          size="md"
          w="fit-content"
          leftSection={<IconRestore size={20} aria-hidden />}
          loading={work === 'restore'}
          disabled={work !== null}
          onClick={() => void restoreLatest()}
        >
          {t.restoreLatest}
        </Button>
      </Stack>
    </Paper>
  );
}
