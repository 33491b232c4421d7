import { useMemo, useState } from 'react';
import { Alert, Badge, Button, Group, List, Radio, SimpleGrid, Stack, Tabs, Text } from '@mantine/core';
import { IconAlertCircle, IconFileImport } from '@tabler/icons-react';
import type { RegistryKind } from '../../../../shared/domain/registry';
import type {
  DuplicateAction,
  ImportPreviewRow,
  ImportRowStatus,
} from '../../../../shared/schemas/registry/transfer';
import { VirtualTable, type VirtualColumn } from '../../components/VirtualTable';
import { WorkProgress } from '../../components/WorkProgress';
import { CountList } from './CountList';
import { DefaultUnitField } from './DefaultUnitField';
import { useTransfer } from './store';
import { transferTexts as t } from './texts';

const STATUS_COLORS: Record<ImportRowStatus, string> = { ok: 'green', duplicate: 'yellow', error: 'red' };
type Tab = 'all' | 'error' | 'duplicate';

/** Step 2: what the import would do with each row, the choice for duplicates, and the import itself. */
export function ImportPreviewStep({ onImported }: { onImported?(): void }) {
  const kind = useTransfer((s) => s.kind)!;
  const preview = useTransfer((s) => s.preview)!;
  const file = useTransfer((s) => s.file)!;
  const running = useTransfer((s) => s.running);
  const error = useTransfer((s) => s.error);
  const duplicateAction = useTransfer((s) => s.duplicateAction);
  const setDuplicateAction = useTransfer((s) => s.setDuplicateAction);
  const commit = useTransfer((s) => s.commit);
  const startOver = useTransfer((s) => s.startOver);
  const [tab, setTab] = useState<Tab>('all');

  const { counts } = preview;
  const toImport = counts.ok + (duplicateAction === 'update' ? counts.duplicate : 0);
  const busy = running !== null;

  const importNow = async () => {
    const summary = await commit();
    if (summary && summary.counts.imported + summary.counts.updated > 0) onImported?.();
  };

  return (
    <Stack gap="md">
      <Text size="sm">{t.fileLine(file.fileName, preview.sheetName, preview.headerRow)}</Text>
      <CountList
        items={[
          { key: 'ok', label: t.counts.ok, value: counts.ok, color: 'green.8' },
          { key: 'duplicate', label: t.counts.duplicate, value: counts.duplicate, color: 'yellow.9' },
          { key: 'error', label: t.counts.error, value: counts.error, color: 'red.8' },
        ]}
      />

      <Tabs value={tab} onChange={(v) => setTab((v as Tab | null) ?? 'all')} keepMounted={false}>
        <Tabs.List>
          <Tabs.Tab value="all">{t.tabs.all(preview.rows.length)}</Tabs.Tab>
          <Tabs.Tab value="error">{t.tabs.error(counts.error)}</Tabs.Tab>
          <Tabs.Tab value="duplicate">{t.tabs.duplicate(counts.duplicate)}</Tabs.Tab>
        </Tabs.List>
        {(['all', 'error', 'duplicate'] as const).map((value) => (
          <Tabs.Panel key={value} value={value} pt="sm">
            <PreviewRows kind={kind} rows={preview.rows} only={value === 'all' ? null : value} />
          </Tabs.Panel>
        ))}
      </Tabs>

      {/* The two choices side by side, so the import button stays in view. */}
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="lg">
        {counts.duplicate > 0 ? (
          <Radio.Group
            label={t.duplicates}
            description={t.duplicatesHint(kind)}
            value={duplicateAction}
            onChange={(v) => setDuplicateAction(v as DuplicateAction)}
          >
            <Stack gap="xs" mt="xs">
              <Radio value="skip" label={t.skip} disabled={busy} />
              <Radio value="update" label={t.update} disabled={busy} />
            </Stack>
          </Radio.Group>
        ) : null}
        <DefaultUnitField kind={kind} />
      </SimpleGrid>

      {running === 'importing' ? <WorkProgress label={t.importing} /> : null}
      {running === 'reading' ? <WorkProgress label={t.reading} /> : null}
      {error ? (
        <Alert
          role="alert"
          color="red"
          variant="light"
          title={t.commitFailed}
          icon={<IconAlertCircle aria-hidden />}
        >
          {error}
        </Alert>
      ) : null}

      <Group justify="space-between" gap="sm">
        <Text size="sm" c="dimmed">
          {toImport > 0
            ? counts.error > 0
              ? t.refusedLater(counts.error)
              : ''
            : counts.duplicate > 0
              ? t.onlyDuplicates
              : t.nothingToImport}
        </Text>
        <Group gap="sm">
          <Button variant="default" onClick={startOver} disabled={busy}>
            {t.pickOther}
          </Button>
          <Button
            leftSection={<IconFileImport size={18} aria-hidden />}
            onClick={() => void importNow()}
            disabled={busy || toImport === 0}
            loading={running === 'importing'}
          >
            {t.commit(toImport)}
          </Button>
        </Group>
      </Group>
    </Stack>
  );
}

function PreviewRows({
  kind,
  rows,
  only,
}: {
  kind: RegistryKind;
  rows: ImportPreviewRow[];
  only: ImportRowStatus | null;
}) {
  const shown = useMemo(() => (only ? rows.filter((r) => r.status === only) : rows), [rows, only]);
  const columns = useMemo<VirtualColumn<ImportPreviewRow>[]>(
    () => [
      { key: 'row', header: t.columns.row, width: '64px', align: 'right', render: (r) => r.rowNumber },
      { key: 'label', header: t.labelColumn[kind], width: 'minmax(160px, 1.4fr)', render: (r) => r.label },
      {
        key: 'status',
        header: t.columns.status,
        width: '104px',
        render: (r) => (
          <Badge color={STATUS_COLORS[r.status]} variant="light" tt="none" fw={500}>
            {t.status[r.status]}
          </Badge>
        ),
      },
      {
        key: 'notes',
        header: t.columns.notes,
        width: 'minmax(220px, 3fr)',
        render: (r) => <RowNotes row={r} />,
      },
    ],
    [kind],
  );

  if (shown.length === 0) return <Text c="dimmed">{t.noRows}</Text>;
  return (
    <VirtualTable
      label={t.previewTable}
      columns={columns}
      rowCount={shown.length}
      getRow={(i) => shown[i]}
      getRowKey={(r, i) => r?.rowNumber ?? i}
      loadingRowLabel={t.loadingRow}
      height="min(320px, 34vh)"
      measureRows
      minWidth={620}
    />
  );
}

function RowNotes({ row }: { row: ImportPreviewRow }) {
  const notes = [
    ...row.problems.map((p) => ({ text: p, color: 'red.8' })),
    ...(row.duplicateOf ? [{ text: t.duplicateOf(row.duplicateOf.label), color: 'yellow.9' }] : []),
    ...row.fixes.map((f) => ({ text: f, color: 'dimmed' })),
  ];
  if (notes.length === 0) return null;
  return (
    <List size="sm" spacing={2} listStyleType="none">
      {notes.map((n, i) => (
        <List.Item key={i}>
          <Text span size="sm" c={n.color}>
            {n.text}
          </Text>
        </List.Item>
      ))}
    </List>
  );
}
