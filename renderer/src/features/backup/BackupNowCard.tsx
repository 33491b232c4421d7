import { Alert, Button, Stack, Text } from '@mantine/core';
import { IconAlertCircle, IconDeviceFloppy } from '@tabler/icons-react';
import { formatFileSize } from '../../../../shared/domain/backup';
import { SectionCard } from '../../components/SectionCard';
import { WorkProgress } from '../../components/WorkProgress';
import { useBackup, type ExportState } from './store';
import { backupTexts as t } from './texts';

/** "Sao lưu ngay": one verified file into a folder the user picks (a USB stick). */
export function BackupNowCard() {
  const work = useBackup((s) => s.work);
  const exportState = useBackup((s) => s.exportState);
  const saveToFolder = useBackup((s) => s.saveToFolder);

  return (
    <SectionCard title={t.nowTitle}>
      <Stack gap="sm" align="flex-start">
        <Text>{t.nowText}</Text>
        <Button
          leftSection={<IconDeviceFloppy size={18} aria-hidden />}
          loading={work === 'export'}
          disabled={work !== null}
          onClick={() => void saveToFolder()}
        >
          {t.saveToFolder}
        </Button>
        {work === 'export' ? <WorkProgress label={t.saving} /> : null}
        <ExportOutcome state={exportState} />
      </Stack>
    </SectionCard>
  );
}

function ExportOutcome({ state }: { state: ExportState }) {
  if (state.status === 'failed') {
    return (
      <Alert
        role="alert"
        color="red"
        variant="light"
        title={t.saveFailedTitle}
        icon={<IconAlertCircle aria-hidden />}
        w="100%"
      >
        {state.message}
      </Alert>
    );
  }
  const text =
    state.status === 'saved'
      ? t.saved(state.location, formatFileSize(state.sizeBytes))
      : state.status === 'cancelled'
        ? t.saveCancelled
        : '';
  return (
    <Text
      role="status"
      c={state.status === 'saved' ? 'green.9' : undefined}
      fw={state.status === 'saved' ? 500 : undefined}
      style={{ overflowWrap: 'anywhere' }}
    >
      {text}
    </Text>
  );
}
