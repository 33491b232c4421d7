import { compareVietnamese } from '../../../../../shared/rules/names';
import {
  STAT_TABLE_TITLES,
  yearRowKey,
  type StatColumn,
  type StatRecord,
  type StatRow,
  type StatTable,
  type StatTableId,
} from '../../../../../shared/domain/statistics';

/** One year or a range of years (fromYear = toYear for one year). */
export interface StatRange {
  fromYear: number;
  toYear: number;
}

/** At most this many records are returned behind a cell; the count stays exact. */
export const RECORDS_CAP = 2000;

/** The records behind one cell, as a repo returns them (the service adds the title). */
export interface CellRecords {
  /** Number of records (count cells) or their money summed (money cells). */
  value: number;
  count: number;
  records: StatRecord[];
}

/** The SQL parameters of a range: @fromYear, @toYear and its first and last day. */
export const rangeParams = (r: StatRange) => ({
  fromYear: r.fromYear,
  toYear: r.toYear,
  fromDate: `${r.fromYear}-01-01`,
  toDate: `${r.toYear}-12-31`,
});

/** Every year of the range, in order. */
export function yearsOf(r: StatRange): number[] {
  return Array.from({ length: r.toYear - r.fromYear + 1 }, (_, i) => r.fromYear + i);
}

/** The year of a row key `y2026` inside the range, or null. */
export function yearOfRow(r: StatRange, key: string): number | null {
  const y = Number(key.slice(1));
  return key === yearRowKey(y) && y >= r.fromYear && y <= r.toYear ? y : null;
}

/** Builds a table: every count and money column present in every row; the total sums the rows. */
export function statTable(id: StatTableId, columns: StatColumn[], rows: StatRow[], note: string): StatTable {
  const stored = columns.filter((c) => c.kind !== 'ratio').map((c) => c.key);
  const total: Record<string, number> = Object.fromEntries(stored.map((k) => [k, 0]));
  for (const row of rows) {
    for (const k of stored) {
      row.cells[k] ??= 0;
      total[k]! += row.cells[k];
    }
  }
  return { id, title: STAT_TABLE_TITLES[id], columns, rows, total, note };
}

/**
 * Rows for a fixed list of codes (movement kinds, decision methods), every code shown with zeros
 * when the query found none: `sqlRows` are keyed by their `codeColumn`.
 */
export function fixedRows<K extends string>(
  codes: readonly K[],
  labels: Record<K, string>,
  sqlRows: Record<string, unknown>[],
  codeColumn: string,
  keys: readonly string[],
): StatRow[] {
  const byCode = new Map(sqlRows.map((r) => [r[codeColumn], r]));
  return codes.map((code) => ({ key: code, label: labels[code], cells: cellsOf(byCode.get(code), keys) }));
}

/** Row cells from a SQL row: the named columns, 0 when missing. */
export function cellsOf(
  sqlRow: Record<string, unknown> | undefined,
  keys: readonly string[],
): Record<string, number> {
  return Object.fromEntries(keys.map((k) => [k, Number(sqlRow?.[k] ?? 0)]));
}

/**
 * A records query's rows carry `n` (count(*) OVER ()) and `total` (sum of the counted amounts OVER
 * ()), computed before the LIMIT, so the count and value stay exact when the list is cut.
 */
export interface WindowedRow {
  n: number;
  total: number;
}

/** Count and value from windowed rows; records re-sorted by date (none last), then Vietnamese name. */
export function collectRecords<R extends WindowedRow>(
  rows: R[],
  money: boolean,
  toRecord: (row: R) => StatRecord,
): CellRecords {
  const count = rows[0]?.n ?? 0;
  const value = money ? (rows[0]?.total ?? 0) : count;
  const records = rows
    .map(toRecord)
    .sort(
      (a, b) =>
        (a.date === null ? 1 : 0) - (b.date === null ? 1 : 0) ||
        (a.date ?? '').localeCompare(b.date ?? '') ||
        compareVietnamese(a.name, b.name),
    );
  return { value, count, records };
}

/** "năm 2026" / "năm 2021-2026". */
export const rangeText = (r: StatRange): string =>
  r.fromYear === r.toYear ? `năm ${r.fromYear}` : `năm ${r.fromYear}-${r.toYear}`;

/** Table-wide: the key of a ratio column's numerator, else the key itself. */
export function countedColumn(columns: StatColumn[], key: string): StatColumn | undefined {
  const col = columns.find((c) => c.key === key);
  if (col?.kind !== 'ratio') return col;
  return columns.find((c) => c.key === col.ratio?.numerator);
}
