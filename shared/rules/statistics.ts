import type { MovementDuration, StatColumn, StatTable } from '../domain/statistics';

/**
 * The value of a cell for display: stored for count and money columns; for a ratio column the
 * numerator's share of the denominator in per cent, rounded to one decimal (null when the
 * denominator is 0, shown as "-").
 */
export function statCellValue(cells: Record<string, number>, column: StatColumn): number | null {
  if (column.kind !== 'ratio') return cells[column.key] ?? 0;
  if (!column.ratio) return null;
  const den = cells[column.ratio.denominator] ?? 0;
  if (den === 0) return null;
  return Math.round(((cells[column.ratio.numerator] ?? 0) * 1000) / den) / 10;
}

/** "37,5%" (Vietnamese decimal comma), "-" for no value. */
export function formatShare(value: number | null): string {
  return value === null ? '-' : `${value.toLocaleString('vi-VN', { maximumFractionDigits: 1 })}%`;
}

/**
 * Adds tables of the same id cell by cell (several wards' packages into the city's totals): rows
 * matched by key (a row missing in one table counts as zeros), columns taken from the first table
 * then any new ones; row order: first table's order, then new rows in the order met. Ratio cells
 * are never summed: they are recomputed from the summed numbers when shown.
 */
export function sumStatTables(tables: StatTable[]): StatTable {
  const first = tables[0];
  if (!first) throw new Error('sumStatTables needs at least one table');
  const columns: StatColumn[] = [];
  const seenColumns = new Set<string>();
  const rows = new Map<string, StatTable['rows'][number]>();
  const total: Record<string, number> = {};
  for (const table of tables) {
    if (table.id !== first.id) throw new Error(`cannot add table ${table.id} to ${first.id}`);
    for (const c of table.columns) {
      if (!seenColumns.has(c.key)) {
        seenColumns.add(c.key);
        columns.push(c);
      }
    }
    for (const r of table.rows) {
      const row = rows.get(r.key) ?? { key: r.key, label: r.label, ...(r.group ? { group: r.group } : {}), cells: {} };
      for (const [k, v] of Object.entries(r.cells)) row.cells[k] = (row.cells[k] ?? 0) + v;
      rows.set(r.key, row);
    }
    for (const [k, v] of Object.entries(table.total)) total[k] = (total[k] ?? 0) + v;
  }
  const stored = columns.filter((c) => c.kind !== 'ratio').map((c) => c.key);
  for (const row of rows.values()) for (const k of stored) row.cells[k] ??= 0;
  for (const k of stored) total[k] ??= 0;
  return { id: first.id, title: first.title, note: first.note, columns, rows: [...rows.values()], total };
}

const DAY_MS = 86_400_000;

/**
 * How long a movement runs, in the Thông tư 02/2023 buckets. With both dates set, the span from the
 * first to the last day (inclusive) is compared with whole years (a year from 01/03 ends 28 or
 * 29/02); without dates, the span in calendar years (2026-2030 is 5 years).
 */
export function movementDuration(m: {
  periodFromYear: number;
  periodToYear: number;
  startsOn: string | null;
  endsOn: string | null;
}): MovementDuration {
  if (m.startsOn && m.endsOn) {
    const start = Date.parse(`${m.startsOn}T00:00:00Z`);
    const endExclusive = Date.parse(`${m.endsOn}T00:00:00Z`) + DAY_MS;
    const yearsAfter = (n: number): number => {
      const d = new Date(start);
      d.setUTCFullYear(d.getUTCFullYear() + n);
      return d.getTime();
    };
    if (endExclusive < yearsAfter(1)) return 'lt1';
    if (endExclusive === yearsAfter(1)) return 'y1';
    if (endExclusive < yearsAfter(3)) return 'y1to3';
    if (endExclusive < yearsAfter(5)) return 'y3to5';
    return 'ge5';
  }
  const years = m.periodToYear - m.periodFromYear + 1;
  if (years <= 1) return 'y1';
  if (years < 3) return 'y1to3';
  if (years < 5) return 'y3to5';
  return 'ge5';
}
