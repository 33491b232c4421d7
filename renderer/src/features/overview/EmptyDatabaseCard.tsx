import { useState } from 'react';
import { Alert, Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { IconDatabasePlus } from '@tabler/icons-react';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { notifyDone } from '../../components/notify';
import { useOverview } from './store';
import { overviewTexts as t } from './texts';

/** Shown instead of the dashboard while the database is empty: offers the sample ward. */
export function EmptyDatabaseCard() {
  const busy = useOverview((s) => s.demoBusy);
  const error = useOverview((s) => s.demoError);
  const loadDemo = useOverview((s) => s.loadDemo);
  const [asking, setAsking] = useState(false);

  const confirm = async () => {
    const result = await loadDemo();
    setAsking(false);
    if (result) notifyDone(t.demoDone(result));
  };

  return (
    <Paper withBorder p="lg" bg="blue.0" data-testid="empty-database">
      <Stack gap="sm">
        <Title order={2} size="h3">
          {t.emptyTitle}
        </Title>
        <Text>{t.emptyText}</Text>
        {error && (
          <Alert color="red" title={t.demoFailed} role="alert">
            {error}
          </Alert>
        )}
        <Group>
          <Button
            size="md"
            leftSection={<IconDatabasePlus size={20} aria-hidden />}
            onClick={() => setAsking(true)}
            loading={busy}
          >
            {t.demoButton}
          </Button>
          {busy && (
            <Text size="sm" c="dimmed" role="status">
              {t.demoBusy}
            </Text>
          )}
        </Group>
      </Stack>
      <ConfirmDialog
        opened={asking}
        title={t.demoConfirmTitle}
        text={t.demoConfirmText}
        confirmLabel={t.demoButton}
        cancelLabel={t.demoCancel}
        busy={busy}
        onConfirm={() => void confirm()}
        onCancel={() => setAsking(false)}
      />
    </Paper>
  );
}
