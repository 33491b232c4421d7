import { Alert, Button, Group, Paper, Stack, Text } from '@mantine/core';
import { LoadError } from '../../components/LoadError';
import { Loading } from '../../components/Loading';
import { AuditTable } from './AuditTable';
import type { AuditListView as ListState } from './auditList';
import { historyTexts as t } from './texts';

interface AuditListViewProps {
  list: ListState;
  label: string;
  showRecord?: boolean;
  emptyText: string;
  onRetry(): void;
}

/** A history list with its states: reading, failed, empty, the table, and "Xem thêm". */
export function AuditListView({ list, label, showRecord, emptyText, onRetry }: AuditListViewProps) {
  const { rows, total, status, error, loadingMore, moreError, loadMore } = list;

  if (status === 'error' && error) {
    return <LoadError title={t.loadFailed} message={error} retryLabel={t.retry} onRetry={onRetry} />;
  }
  if (total === null) return <Loading label={t.loading} />;
  if (total === 0 && status !== 'refreshing') {
    return (
      <Paper withBorder p="lg">
        <Text c="dimmed">{emptyText}</Text>
      </Paper>
    );
  }
  return (
    <Stack gap="sm">
      <Text size="sm" c="dimmed" role="status">
        {t.shown(rows.length, total)}
      </Text>
      <AuditTable rows={rows} label={label} showRecord={showRecord} dimmed={status === 'refreshing'} />
      {moreError ? (
        <Alert role="alert" color="red" variant="light">
          {moreError}
        </Alert>
      ) : null}
      {rows.length < total ? (
        <Group>
          <Button variant="default" loading={loadingMore} onClick={() => void loadMore()}>
            {t.more}
          </Button>
        </Group>
      ) : null}
    </Stack>
  );
}
