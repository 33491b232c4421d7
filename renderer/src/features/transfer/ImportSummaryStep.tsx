import { useMemo } from 'react';
import { Button, Group, Stack, Text, Title } from '@mantine/core';
import { IconFileDownload } from '@tabler/icons-react';
import type { ImportSummary } from '../../../../shared/schemas/registry/transfer';
import { VirtualTable, type VirtualColumn } from '../../components/VirtualTable';
import { CountList } from './CountList';
import { SaveStatus } from './SaveStatus';
import { useTransfer } from './store';
import { transferTexts as t } from './texts';

type SummaryRow = ImportSummary['rows'][number];

/** Step 3: what was imported, updated, skipped and refused, and the summary workbook. */
export function ImportSummaryStep() {
  const kind = useTransfer((s) => s.kind)!;
  const summary = useTransfer((s) => s.summary)!;
  const summarySave = useTransfer((s) => s.summarySave);
  const saveSummary = useTransfer((s) => s.saveSummary);
  const startOver = useTransfer((s) => s.startOver);
  const closeImport = useTransfer((s) => s.closeImport);

  const notImported = useMemo(
    () => summary.rows.filter((r) => r.outcome === 'skipped' || r.outcome === 'refused'),
    [summary],
  );
  const columns = useMemo<VirtualColumn<SummaryRow>[]>(
    () => [
      { key: 'row', header: t.columns.row, width: '64px', align: 'right', render: (r) => r.rowNumber },
      { key: 'label', header: t.labelColumn[kind], width: 'minmax(160px, 1.4fr)', render: (r) => r.label },
      { key: 'outcome', header: t.columns.outcome, width: '110px', render: (r) => t.outcomes[r.outcome] },
      { key: 'reason', header: t.reason, width: 'minmax(220px, 3fr)', render: (r) => r.reason ?? '' },
    ],
    [kind],
  );
  const { counts } = summary;

  return (
    <Stack gap="md">
      <Text fw={500}>{t.summaryLead(summary.fileName)}</Text>
      <CountList
        items={[
          { key: 'imported', label: t.outcomes.imported, value: counts.imported, color: 'green.8' },
          { key: 'updated', label: t.outcomes.updated, value: counts.updated, color: 'brand.8' },
          { key: 'skipped', label: t.outcomes.skipped, value: counts.skipped, color: 'yellow.9' },
          { key: 'refused', label: t.outcomes.refused, value: counts.refused, color: 'red.8' },
        ]}
      />
      <Stack gap={4} align="flex-start">
        <Button
          variant="default"
          leftSection={<IconFileDownload size={18} aria-hidden />}
          loading={summarySave.status === 'saving'}
          onClick={() => void saveSummary()}
        >
          {t.saveSummary}
        </Button>
        <SaveStatus state={summarySave} />
      </Stack>
      {notImported.length > 0 ? (
        <Stack gap="xs">
          <Title order={3} size="h5">
            {t.notImported}
          </Title>
          <VirtualTable
            label={t.summaryTable}
            columns={columns}
            rowCount={notImported.length}
            getRow={(i) => notImported[i]}
            getRowKey={(r, i) => r?.rowNumber ?? i}
            loadingRowLabel={t.loadingRow}
            height={300}
            measureRows
            minWidth={620}
          />
        </Stack>
      ) : null}
      <Group justify="flex-end" gap="sm">
        <Button variant="default" onClick={startOver}>
          {t.importAnother}
        </Button>
        <Button onClick={closeImport}>{t.done}</Button>
      </Group>
    </Stack>
  );
}
