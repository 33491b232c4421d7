import { foldForSearch, matchesSearch } from '../../../../shared/rules/search';
import type { UnitReportRow } from '../../../../shared/schemas/reports';

/** The count buttons above the table, each also a filter over the units that must report. */
export const COUNT_FILTERS = ['expected', 'on_time', 'late', 'not_received'] as const;
export type CountFilter = (typeof COUNT_FILTERS)[number];

const MATCHES: Record<CountFilter, (r: UnitReportRow) => boolean> = {
  expected: (r) => r.expected,
  on_time: (r) => r.expected && r.status === 'on_time',
  late: (r) => r.expected && r.status === 'late',
  not_received: (r) => r.expected && (r.status === 'pending' || r.status === 'missing'),
};

/** What a row is searched by: the unit, its clusters, the contact person and the phone. */
export function searchTextOf(r: UnitReportRow): string {
  return foldForSearch([r.unitName, r.clusters, r.contactPerson, r.phone].filter(Boolean).join(' '));
}

/**
 * The rows the table shows: those of the chosen count (none: every row, the units that report
 * without having to included) whose unit, cluster, contact or phone holds every word searched.
 */
export function visibleRows(
  rows: readonly { row: UnitReportRow; folded: string }[],
  filter: CountFilter | null,
  search: string,
): UnitReportRow[] {
  return rows
    .filter(({ row, folded }) => (filter === null || MATCHES[filter](row)) && matchesSearch(folded, search))
    .map(({ row }) => row);
}
