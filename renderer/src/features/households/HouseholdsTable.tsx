import { useCallback, useMemo, useState } from 'react';
import { Button } from '@mantine/core';
import { IconRestore } from '@tabler/icons-react';
import type { HouseholdRow } from '../../../../shared/schemas/registry/households';
import { hashOf } from '../../app/areas';
import { useNavigation } from '../../app/navigation';
import { notifyDone, notifyFailed } from '../../components/notify';
import { rowAt } from '../../components/pagedList';
import { RowLink } from '../../components/RowLink';
import { VirtualTable, type VirtualColumn } from '../../components/VirtualTable';
import { useHouseholds } from './store';
import { householdsTexts as t } from './texts';

export function householdColumns(
  trash: boolean,
  onRestore: (row: HouseholdRow) => void,
): VirtualColumn<HouseholdRow>[] {
  const columns: VirtualColumn<HouseholdRow>[] = [
    {
      key: 'headName',
      header: t.columns.headName,
      width: 'minmax(190px, 2fr)',
      render: (h) => <RowLink href={hashOf('households', h.id)}>{h.headName}</RowLink>,
    },
    {
      key: 'address',
      header: t.columns.address,
      width: 'minmax(200px, 3fr)',
      render: (h) => <span title={h.address ?? undefined}>{h.address ?? ''}</span>,
    },
    {
      key: 'group',
      header: t.columns.group,
      width: 'minmax(150px, 1.5fr)',
      render: (h) => h.residentialGroupName ?? '',
    },
    {
      key: 'memberCount',
      header: t.columns.memberCount,
      width: '120px',
      align: 'right',
      render: (h) => (h.memberCount === null ? '' : h.memberCount),
    },
  ];
  if (!trash) return columns;
  return [
    ...columns,
    {
      key: 'actions',
      header: t.columns.actions,
      width: '130px',
      render: (h) => (
        <Button
          size="compact-sm"
          variant="light"
          leftSection={<IconRestore size={16} aria-hidden />}
          aria-label={t.restoreOne(h.headName)}
          onClick={(e) => {
            e.stopPropagation();
            onRestore(h);
          }}
        >
          {t.restore}
        </Button>
      ),
    },
  ];
}

/** The households matching the filter, read window by window as the user scrolls. */
export function HouseholdsTable({ height }: { height: string }) {
  const total = useHouseholds((s) => s.total) ?? 0;
  const pages = useHouseholds((s) => s.pages);
  const generation = useHouseholds((s) => s.generation);
  const listKey = useHouseholds((s) => s.listKey);
  const replacing = useHouseholds((s) => s.replacing);
  const ensureRange = useHouseholds((s) => s.ensureRange);
  const restore = useHouseholds((s) => s.restore);
  const setScrollOffset = useHouseholds((s) => s.setScrollOffset);
  const [scrollOffset] = useState(() => useHouseholds.getState().scrollOffset);
  const go = useNavigation((s) => s.go);
  const trashed = useHouseholds((s) => s.filter.trashed);

  const columns = useMemo(
    () =>
      householdColumns(trashed, async (row) => {
        const result = await restore(row.id);
        if (result.ok) notifyDone(t.restored(result.value.headName));
        else notifyFailed(t.actionFailedTitle, result.message);
      }),
    [trashed, restore],
  );

  // A new function per generation, so the table asks again for the rows on screen after a reload.
  const onRangeChange = useCallback(
    (first: number, last: number) => {
      void generation;
      ensureRange(first, last);
    },
    [ensureRange, generation],
  );

  return (
    <VirtualTable
      label={trashed ? t.trashTableLabel : t.tableLabel}
      columns={columns}
      rowCount={total}
      getRow={(i) => rowAt(pages, i)}
      getRowKey={(row, i) => row?.id ?? `loading-${i}`}
      loadingRowLabel={t.loadingRow}
      height={height}
      fitRows
      rowHeight={44}
      minWidth={trashed ? 820 : 700}
      onRangeChange={onRangeChange}
      onRowClick={(row) => go('households', row.id)}
      busy={replacing}
      resetKey={listKey}
      initialOffset={scrollOffset}
      onScrollOffsetChange={setScrollOffset}
    />
  );
}
