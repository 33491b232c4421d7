import { Alert, Box, Button, Container, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { IconAlertTriangle, IconAward } from '@tabler/icons-react';
import { useState } from 'react';
import { APP_NAME } from '../../app/texts';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { formatStamp } from '../../components/formatStamp';
import { notifyDone, notifyFailed } from '../../components/notify';
import { PAGE_TITLE_ID } from '../../components/Page';
import { WorkProgress } from '../../components/WorkProgress';
import { RefusalAlert } from '../backup/RefusalAlert';
import { RestoreConfirmDialog } from '../backup/RestoreConfirmDialog';
import { RestoreFileButton } from '../backup/RestoreFileButton';
import { RestoreResult } from '../backup/RestoreResultDialog';
import { useBackup } from '../backup/store';
import { backupTexts } from '../backup/texts';
import { SupportCard } from '../settings/SupportCard';
import { LatestBackup } from './LatestBackup';
import { StoredBackupsTable } from '../backup/StoredBackupsCard';
import { useRecovery, type RecoveryInfo } from './store';
import { recoveryTexts as t } from './texts';

/** The whole window while the data needs recovery: what happened and the ways out. No navigation. */
export function RecoveryScreen({ info }: { info: RecoveryInfo }) {
  const report = useBackup((s) => s.report);
  const closeReport = useBackup((s) => s.closeReport);
  const finish = useRecovery((s) => s.finish);

  return (
    <Box bg="gray.0" mih="100vh" py="xl" component="main">
      <Container size={760}>
        <Stack gap="lg">
          <Group gap="sm">
            <IconAward size={26} color="var(--mantine-color-red-9)" aria-hidden />
            <Text fw={700} c="brand.9">
              {APP_NAME}
            </Text>
          </Group>
          <Title order={1} id={PAGE_TITLE_ID} tabIndex={-1} style={{ outline: 'none' }}>
            {report ? t.restoredTitle : t.title}
          </Title>
          {report ? (
            <Paper withBorder p="lg">
              <RestoreResult
                report={report}
                closeLabel={t.resultContinue}
                onClose={() => {
                  closeReport();
                  finish();
                }}
              />
            </Paper>
          ) : (
            <RecoveryChoices info={info} />
          )}
        </Stack>
      </Container>
    </Box>
  );
}

function RecoveryChoices({ info }: { info: RecoveryInfo }) {
  const work = useBackup((s) => s.work);
  const pending = useBackup((s) => s.pending);
  const startingEmpty = useRecovery((s) => s.startingEmpty);
  const startEmpty = useRecovery((s) => s.startEmpty);
  const [confirmingEmpty, setConfirmingEmpty] = useState(false);
  const others = info.backups.filter((b) => b.name !== info.latestBackup?.name);

  const startWithNothing = async () => {
    const result = await startEmpty();
    setConfirmingEmpty(false);
    if (result?.ok) notifyDone(t.startedEmpty);
    else if (result) notifyFailed(t.startEmptyFailed, result.message);
  };

  return (
    <>
      <Alert
        color="red"
        variant="light"
        icon={<IconAlertTriangle aria-hidden />}
        title={t.problemTitle[info.problem]}
      >
        <Stack gap={4}>
          <Text>{info.message}</Text>
          {info.movedTo ? <Text style={{ overflowWrap: 'anywhere' }}>{t.movedTo(info.movedTo)}</Text> : null}
          <Text size="sm" c="dimmed">
            {t.detectedAt(formatStamp(info.detectedAt))}
          </Text>
        </Stack>
      </Alert>

      {info.latestBackup ? (
        <LatestBackup backup={info.latestBackup} />
      ) : (
        <Paper withBorder p="lg">
          <Text>{t.noBackup}</Text>
        </Paper>
      )}
      {work === 'restore' && !pending ? <WorkProgress label={backupTexts.restoring} /> : null}
      {work === 'inspect' ? <WorkProgress label={backupTexts.inspecting} /> : null}
      <RefusalAlert />

      <Paper withBorder p="lg" component="section" aria-labelledby="recovery-other">
        <Stack gap="sm" align="flex-start">
          <Title order={2} size="h4" id="recovery-other">
            {t.otherTitle}
          </Title>
          <Group gap="sm">
            <RestoreFileButton label={t.pickFile} />
            <Button
              variant="subtle"
              color="red"
              disabled={work !== null || startingEmpty}
              onClick={() => setConfirmingEmpty(true)}
            >
              {t.startEmpty}
            </Button>
          </Group>
          {others.length > 0 ? (
            <Stack gap="xs" w="100%">
              <Text fw={500}>{t.otherBackups(others.length)}</Text>
              <StoredBackupsTable backups={others} />
            </Stack>
          ) : null}
        </Stack>
      </Paper>

      <SupportCard />
      <RestoreConfirmDialog recovery />
      <ConfirmDialog
        opened={confirmingEmpty}
        title={t.startEmptyTitle}
        text={t.startEmptyText(info.movedTo)}
        confirmLabel={t.startEmptyConfirm}
        cancelLabel={t.cancel}
        busy={startingEmpty}
        onConfirm={() => void startWithNothing()}
        onCancel={() => setConfirmingEmpty(false)}
      />
    </>
  );
}
