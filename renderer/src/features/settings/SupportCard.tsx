import { Button, Paper, Stack, Text, Title } from '@mantine/core';
import { IconFileDownload } from '@tabler/icons-react';
import { useSettings, type LogExport } from './store';
import { settingsTexts as t } from './texts';

/** Saves the technical log so the office can send it to whoever supports them. */
export function SupportCard() {
  const logExport = useSettings((s) => s.logExport);
  const exportLog = useSettings((s) => s.exportLog);

  return (
    <Paper withBorder p="lg" component="section" aria-labelledby="support-title">
      <Stack gap="sm" align="flex-start">
        <Title order={2} size="h4" id="support-title">
          {t.supportTitle}
        </Title>
        <Text>{t.supportText}</Text>
        <Button
          variant="default"
          leftSection={<IconFileDownload size={18} aria-hidden />}
          loading={logExport.status === 'saving'}
          onClick={() => void exportLog()}
        >
          {t.exportLog}
        </Button>
        <Text
          role="status"
          size="sm"
          c={logExport.status === 'failed' ? 'red' : undefined}
          style={{ overflowWrap: 'anywhere' }}
        >
          {outcomeText(logExport)}
        </Text>
      </Stack>
    </Paper>
  );
}

function outcomeText(state: LogExport): string {
  switch (state.status) {
    case 'saved':
      return t.exportLogSaved(state.location);
    case 'cancelled':
      return t.exportLogCancelled;
    case 'failed':
      return state.message;
    default:
      return '';
  }
}
