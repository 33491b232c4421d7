import { Alert, Button, Group, Paper, Select, Stack, Table, Text } from '@mantine/core';
import { IconAlertCircle, IconRestore, IconTrashX } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import type { TrashItem } from '../../../../shared/api/trash';
import { TRASH_KINDS, TRASH_KIND_LABELS, type TrashKind } from '../../../../shared/domain/trash';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { formatStamp } from '../../components/formatStamp';
import { LoadError } from '../../components/LoadError';
import { Loading } from '../../components/Loading';
import { notifyDone } from '../../components/notify';
import { keyOf, useTrash } from './store';
import { trashTexts as t } from './texts';

const ALL = 'all';
const KIND_OPTIONS = [
  { value: ALL, label: t.allKinds },
  ...TRASH_KINDS.map((kind) => ({ value: kind, label: TRASH_KIND_LABELS[kind] })),
];

/** Thùng rác: deleted records by kind, each with "Khôi phục" and "Xóa vĩnh viễn". */
export function TrashPanel() {
  const kind = useTrash((s) => s.kind);
  const load = useTrash((s) => s.load);
  const purge = useTrash((s) => s.purge);
  const restore = useTrash((s) => s.restore);
  const busyKey = useTrash((s) => s.busyKey);
  const [refusal, setRefusal] = useState<string | null>(null);
  const [purging, setPurging] = useState<TrashItem | null>(null);

  useEffect(() => {
    void load();
  }, [load]);

  const run = async (action: typeof restore, item: TrashItem, done: (name: string) => string) => {
    setRefusal(null);
    const result = await action(item);
    setPurging(null);
    if (result?.ok) notifyDone(done(item.label));
    else if (result) setRefusal(result.message);
  };

  return (
    <Stack gap="md">
      <Text c="dimmed">{t.lead}</Text>
      <Select
        label={t.kind}
        data={KIND_OPTIONS}
        value={kind ?? ALL}
        allowDeselect={false}
        maw={320}
        onChange={(next) => {
          setRefusal(null);
          void load(next === ALL || next === null ? null : (next as TrashKind));
        }}
      />
      {refusal ? (
        <Alert
          role="alert"
          color="red"
          variant="light"
          title={t.refusedTitle}
          icon={<IconAlertCircle aria-hidden />}
          withCloseButton
          onClose={() => setRefusal(null)}
        >
          {refusal}
        </Alert>
      ) : null}
      <TrashList
        onRestore={(item) => void run(restore, item, t.restored)}
        onPurge={(item) => {
          setRefusal(null);
          setPurging(item);
        }}
      />
      <ConfirmDialog
        opened={purging !== null}
        title={t.purgeTitle}
        text={purging ? t.purgeText(purging.kindLabel, purging.label) : ''}
        confirmLabel={t.purge}
        cancelLabel={t.cancel}
        busy={purging !== null && busyKey === keyOf(purging)}
        onConfirm={() => purging && void run(purge, purging, t.purged)}
        onCancel={() => setPurging(null)}
      />
    </Stack>
  );
}

function TrashList({
  onRestore,
  onPurge,
}: {
  onRestore(item: TrashItem): void;
  onPurge(item: TrashItem): void;
}) {
  const kind = useTrash((s) => s.kind);
  const rows = useTrash((s) => s.rows);
  const total = useTrash((s) => s.total);
  const status = useTrash((s) => s.status);
  const error = useTrash((s) => s.error);
  const loadingMore = useTrash((s) => s.loadingMore);
  const busyKey = useTrash((s) => s.busyKey);
  const load = useTrash((s) => s.load);
  const loadMore = useTrash((s) => s.loadMore);

  if (status === 'error' && error) {
    return (
      <LoadError title={t.loadFailed} message={error} retryLabel={t.retry} onRetry={() => void load()} />
    );
  }
  if (status !== 'ready' || total === null) return <Loading label={t.loading} />;
  if (rows.length === 0) {
    return (
      <Paper withBorder p="lg">
        <Text c="dimmed">{kind ? t.emptyKind(TRASH_KIND_LABELS[kind]) : t.empty}</Text>
      </Paper>
    );
  }
  return (
    <Stack gap="sm">
      <Text size="sm" c="dimmed" role="status">
        {t.shown(rows.length, total)}
      </Text>
      <Paper withBorder style={{ overflowX: 'auto' }}>
        <Table striped verticalSpacing="xs" aria-label={t.tableLabel} miw={720}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t.colName}</Table.Th>
              {kind === null ? <Table.Th w={170}>{t.colKind}</Table.Th> : null}
              <Table.Th w={150}>{t.colDeletedAt}</Table.Th>
              <Table.Th w={250}>{t.colActions}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map((item) => (
              <Table.Tr key={keyOf(item)}>
                <Table.Td>
                  <Text fw={500} size="sm">
                    {item.label}
                  </Text>
                  {item.detail ? (
                    <Text size="xs" c="dimmed">
                      {item.detail}
                    </Text>
                  ) : null}
                </Table.Td>
                {kind === null ? <Table.Td>{item.kindLabel}</Table.Td> : null}
                <Table.Td style={{ whiteSpace: 'nowrap' }}>{formatStamp(item.deletedAt)}</Table.Td>
                <Table.Td>
                  <Group gap="xs" wrap="nowrap">
                    <Button
                      variant="light"
                      size="xs"
                      leftSection={<IconRestore size={16} aria-hidden />}
                      disabled={busyKey !== null}
                      loading={busyKey === keyOf(item)}
                      aria-label={t.restoreOf(item.label)}
                      onClick={() => onRestore(item)}
                    >
                      {t.restore}
                    </Button>
                    <Button
                      variant="subtle"
                      color="red"
                      size="xs"
                      leftSection={<IconTrashX size={16} aria-hidden />}
                      disabled={busyKey !== null}
                      aria-label={t.purgeOf(item.label)}
                      onClick={() => onPurge(item)}
                    >
                      {t.purge}
                    </Button>
                  </Group>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Paper>
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
