import { useCallback } from 'react';
import { Anchor, Text } from '@mantine/core';
import { CATALOGUE_KIND_LABELS, RECIPIENT_KIND_LABELS } from '../../../../shared/domain/awards';
import { formatDate } from '../../../../shared/rules/dates';
import { formatMoney } from '../../../../shared/rules/money';
import type { AwardRecord } from '../../../../shared/schemas/award-history';
import { rowAt } from '../../components/pagedList';
import { RowLink } from '../../components/RowLink';
import { VirtualTable, type VirtualColumn } from '../../components/VirtualTable';
import { decisionHref, recipientHref } from './links';
import { useAwardLookup } from './lookupStore';
import { awardHistoryTexts as t } from './texts';

const ROW_HEIGHT = 52;

const ellipsis = (text: string | null) => (
  <Text size="sm" truncate="end" title={text ?? undefined}>
    {text ?? ''}
  </Text>
);

const COLUMNS: VirtualColumn<AwardRecord>[] = [
  { key: 'stt', header: 'STT', width: '48px', align: 'right', render: (_r, i) => i + 1 },
  {
    key: 'decision',
    header: t.columns.decision,
    width: '112px',
    render: (r) => (
      <div>
        <RowLink href={decisionHref(r.decisionId)}>{r.decisionNumberText}</RowLink>
        <Text size="xs" c="dimmed">
          {formatDate(r.decisionDate)}
        </Text>
      </div>
    ),
  },
  {
    key: 'award',
    header: t.columns.award,
    width: 'minmax(150px, 1.4fr)',
    render: (r) => (
      <div style={{ minWidth: 0 }}>
        {ellipsis(r.catalogueName)}
        <Text size="xs" c="dimmed">
          {CATALOGUE_KIND_LABELS[r.catalogueKind]}
        </Text>
      </div>
    ),
  },
  {
    key: 'name',
    header: t.columns.name,
    width: 'minmax(150px, 1.5fr)',
    render: (r) => (
      <div style={{ minWidth: 0 }}>
        <Anchor
          href={recipientHref(r.recipientKind, r.recipientId)}
          size="sm"
          fw={500}
          truncate="end"
          display="block"
          title={r.name}
        >
          {r.name}
        </Anchor>
        <Text size="xs" c="dimmed">
          {RECIPIENT_KIND_LABELS[r.recipientKind]}
        </Text>
      </div>
    ),
  },
  {
    key: 'positionUnit',
    header: t.columns.positionUnit,
    width: 'minmax(120px, 1.3fr)',
    render: (r) => ellipsis(r.positionUnit),
  },
  {
    key: 'achievement',
    header: t.columns.achievement,
    width: 'minmax(130px, 1.6fr)',
    render: (r) => ellipsis(r.achievement),
  },
  {
    key: 'amount',
    header: t.columns.amount,
    width: '112px',
    align: 'right',
    render: (r) => (r.amount > 0 ? formatMoney(r.amount) : '—'),
  },
  {
    key: 'register',
    header: t.columns.register,
    width: '84px',
    align: 'right',
    render: (r) => r.registerNumber ?? '',
  },
];

/** The matching award lines, read window by window as the user scrolls. */
export function AwardLookupTable({ height }: { height: string }) {
  const total = useAwardLookup((s) => s.total) ?? 0;
  const pages = useAwardLookup((s) => s.pages);
  const generation = useAwardLookup((s) => s.generation);
  const listKey = useAwardLookup((s) => s.listKey);
  const replacing = useAwardLookup((s) => s.replacing);
  const ensureRange = useAwardLookup((s) => s.ensureRange);

  // A new generation (filter or reload) asks again for the rows on screen.
  const onRangeChange = useCallback(
    (first: number, last: number) => {
      void generation;
      ensureRange(first, last);
    },
    [ensureRange, generation],
  );

  return (
    <VirtualTable
      label={t.lookupTable}
      columns={COLUMNS}
      rowCount={total}
      getRow={(i) => rowAt(pages, i)}
      getRowKey={(row, i) => row?.awardId ?? `loading-${i}`}
      loadingRowLabel={t.loadingRow}
      height={height}
      fitRows
      rowHeight={ROW_HEIGHT}
      minWidth={980}
      onRangeChange={onRangeChange}
      busy={replacing}
      resetKey={listKey}
    />
  );
}
