import { useCallback, useMemo, useState } from 'react';
import { Button } from '@mantine/core';
import { IconRestore } from '@tabler/icons-react';
import type { AreaId } from '../../app/areas';
import { useNavigation } from '../../app/navigation';
import { notifyDone, notifyFailed } from '../../components/notify';
import { rowAt } from '../../components/pagedList';
import type { RegistryStoreHook } from '../../components/registryStore';
import { VirtualTable, type VirtualColumn } from '../../components/VirtualTable';

/** The words of a registry's table, from its texts module. */
export interface RegistryTableTexts {
  columns: { actions: string };
  tableLabel: string;
  trashTableLabel: string;
  loadingRow: string;
  restore: string;
  restoreOne(name: string): string;
  restored(name: string): string;
  actionFailedTitle: string;
}

interface RegistryTableProps<Row extends { id: number }, Rec extends Row> {
  height: string;
  /** The registry's area: a row opens its record's page there. */
  area: AreaId;
  useStore: RegistryStoreHook<Row, Rec>;
  texts: RegistryTableTexts;
  /** The record's own columns; the trash adds a restore button to each row. */
  columns: VirtualColumn<Row>[];
  nameOf(row: Row): string;
  minWidth: { list: number; trash: number };
  rowHeight: number;
}

/** A registry's records matching the filter, read window by window as the user scrolls. */
export function RegistryTable<Row extends { id: number }, Rec extends Row>({
  height,
  area,
  useStore,
  texts: t,
  columns: ownColumns,
  nameOf,
  minWidth,
  rowHeight,
}: RegistryTableProps<Row, Rec>) {
  const total = useStore((s) => s.total) ?? 0;
  const pages = useStore((s) => s.pages);
  const generation = useStore((s) => s.generation);
  const trashed = useStore((s) => s.filter.trashed);
  const listKey = useStore((s) => s.listKey);
  const replacing = useStore((s) => s.replacing);
  const ensureRange = useStore((s) => s.ensureRange);
  const restore = useStore((s) => s.restore);
  // Read once: where the list was left (back from a detail page). Not subscribed, or every scroll re-renders.
  const [scrollOffset] = useState(() => useStore.getState().scrollOffset);
  const setScrollOffset = useStore((s) => s.setScrollOffset);
  const go = useNavigation((s) => s.go);

  const columns = useMemo((): VirtualColumn<Row>[] => {
    if (!trashed) return ownColumns;
    const onRestore = async (row: Row) => {
      const result = await restore(row.id);
      if (result.ok) notifyDone(t.restored(nameOf(result.value)));
      else notifyFailed(t.actionFailedTitle, result.message);
    };
    return [
      ...ownColumns,
      {
        key: 'actions',
        header: t.columns.actions,
        width: '130px',
        render: (row) => (
          <Button
            size="compact-sm"
            variant="light"
            leftSection={<IconRestore size={16} aria-hidden />}
            aria-label={t.restoreOne(nameOf(row))}
            onClick={(e) => {
              e.stopPropagation();
              void onRestore(row);
            }}
          >
            {t.restore}
          </Button>
        ),
      },
    ];
  }, [trashed, restore, ownColumns, nameOf, t]);

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
      rowHeight={rowHeight}
      minWidth={trashed ? minWidth.trash : minWidth.list}
      onRangeChange={onRangeChange}
      onRowClick={(row) => go(area, row.id)}
      busy={replacing}
      resetKey={listKey}
      initialOffset={scrollOffset}
      onScrollOffsetChange={setScrollOffset}
    />
  );
}
