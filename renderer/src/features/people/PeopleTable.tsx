import { useCallback, useMemo, useState } from 'react';
import { Button } from '@mantine/core';
import { IconRestore } from '@tabler/icons-react';
import { GENDER_LABELS, STAFF_CATEGORY_LABELS } from '../../../../shared/domain/registry';
import type { PersonRow } from '../../../../shared/schemas/registry/people';
import { hashOf } from '../../app/areas';
import { useNavigation } from '../../app/navigation';
import { notifyDone, notifyFailed } from '../../components/notify';
import { rowAt } from '../../components/pagedList';
import { RowLink } from '../../components/RowLink';
import { VirtualTable, type VirtualColumn } from '../../components/VirtualTable';
import { birthText } from './personForm';
import { usePeople } from './store';
import { peopleTexts as t } from './texts';

export const PEOPLE_ROW_HEIGHT = 44;

/** The columns of the people list; the trash adds a restore button to each row. */
export function peopleColumns(
  trash: boolean,
  onRestore: (row: PersonRow) => void,
): VirtualColumn<PersonRow>[] {
  const columns: VirtualColumn<PersonRow>[] = [
    {
      key: 'fullName',
      header: t.columns.fullName,
      width: 'minmax(190px, 2fr)',
      render: (p) => <RowLink href={hashOf('people', p.id)}>{p.fullName}</RowLink>,
    },
    {
      key: 'gender',
      header: t.columns.gender,
      width: '76px',
      render: (p) => (p.gender ? GENDER_LABELS[p.gender] : ''),
    },
    { key: 'birth', header: t.columns.birth, width: '104px', render: (p) => birthText(p) },
    {
      key: 'unit',
      header: t.columns.unit,
      width: 'minmax(150px, 2fr)',
      render: (p) => <span title={p.unitName ?? undefined}>{p.unitName ?? ''}</span>,
    },
    {
      key: 'position',
      header: t.columns.position,
      width: 'minmax(110px, 1.2fr)',
      render: (p) => p.position ?? '',
    },
    {
      key: 'staffCategory',
      header: t.columns.staffCategory,
      width: 'minmax(140px, 1.5fr)',
      render: (p) => {
        const label = p.staffCategory ? STAFF_CATEGORY_LABELS[p.staffCategory] : '';
        return <span title={label || undefined}>{label}</span>;
      },
    },
  ];
  if (!trash) return columns;
  return [
    ...columns,
    {
      key: 'actions',
      header: t.columns.actions,
      width: '130px',
      render: (p) => (
        <Button
          size="compact-sm"
          variant="light"
          leftSection={<IconRestore size={16} aria-hidden />}
          aria-label={t.restoreOne(p.fullName)}
          onClick={(e) => {
            e.stopPropagation();
            onRestore(p);
          }}
        >
          {t.restore}
        </Button>
      ),
    },
  ];
}

/** The people matching the filter, read window by window as the user scrolls. */
export function PeopleTable({ height }: { height: string }) {
  const total = usePeople((s) => s.total) ?? 0;
  const pages = usePeople((s) => s.pages);
  const generation = usePeople((s) => s.generation);
  const trashed = usePeople((s) => s.filter.trashed);
  const listKey = usePeople((s) => s.listKey);
  const replacing = usePeople((s) => s.replacing);
  const ensureRange = usePeople((s) => s.ensureRange);
  const restore = usePeople((s) => s.restore);
  // Read once: where the list was left (back from a detail page). Not subscribed, or every scroll re-renders.
  const [scrollOffset] = useState(() => usePeople.getState().scrollOffset);
  const setScrollOffset = usePeople((s) => s.setScrollOffset);
  const go = useNavigation((s) => s.go);

  const columns = useMemo(
    () =>
      peopleColumns(trashed, async (row) => {
        const result = await restore(row.id);
        if (result.ok) notifyDone(t.restored(result.value.fullName));
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
      rowHeight={PEOPLE_ROW_HEIGHT}
      minWidth={trashed ? 1000 : 880}
      onRangeChange={onRangeChange}
      onRowClick={(row) => go('people', row.id)}
      busy={replacing}
      resetKey={listKey}
      initialOffset={scrollOffset}
      onScrollOffsetChange={setScrollOffset}
    />
  );
}
