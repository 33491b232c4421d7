import type { Db } from '../../types';
import { prepared } from '../prepared';
import {
  fixedRows,
  collectRecords,
  rangeParams,
  RECORDS_CAP,
  statTable,
  type CellRecords,
  type StatRange,
  type WindowedRow,
} from './common';
import {
  MOVEMENT_DURATION_LABELS,
  MOVEMENT_DURATIONS,
  type MovementDuration,
  type StatColumn,
  type StatTable,
} from '../../../../../shared/domain/statistics';
import {
  formatPeriod,
  MOVEMENT_KIND_LABELS,
  MOVEMENT_KINDS,
  MOVEMENT_STATUS_LABELS,
  type MovementKind,
  type MovementStatus,
} from '../../../../../shared/domain/movements';

/**
 * Biểu 1 — movements by kind and duration. Definitions:
 *
 * - Counted: movements not in the trash and past their draft (status <> 'draft'; archived and
 *   closed ones count), whose period (period_from_year..period_to_year) overlaps the range.
 * - Rows: the three kinds (thường xuyên, theo đợt, chuyên đề), always all three.
 * - Columns: the total, then the duration buckets of shared/rules/statistics.ts movementDuration(),
 *   computed here in SQL with the same arithmetic: with both dates, the day after the end compared
 *   with the start moved on by 1, 3, 5 years (SQLite's date(x, '+1 years') rolls 29/02 over to
 *   01/03 as Date.setUTCFullYear does); otherwise the number of calendar years of the period.
 * - Records: the movements themselves, dated by their start (or the launching document's date).
 */

const DURATION_SQL = `CASE
  WHEN m.starts_on IS NOT NULL AND m.ends_on IS NOT NULL THEN CASE
    WHEN date(m.ends_on, '+1 day') < date(m.starts_on, '+1 years') THEN 'lt1'
    WHEN date(m.ends_on, '+1 day') = date(m.starts_on, '+1 years') THEN 'y1'
    WHEN date(m.ends_on, '+1 day') < date(m.starts_on, '+3 years') THEN 'y1to3'
    WHEN date(m.ends_on, '+1 day') < date(m.starts_on, '+5 years') THEN 'y3to5'
    ELSE 'ge5' END
  WHEN m.period_to_year - m.period_from_year + 1 <= 1 THEN 'y1'
  WHEN m.period_to_year - m.period_from_year + 1 < 3 THEN 'y1to3'
  WHEN m.period_to_year - m.period_from_year + 1 < 5 THEN 'y3to5'
  ELSE 'ge5' END`;

/** The counted movements of the range with their duration bucket (parameters of rangeParams). */
const SCOPED = `scoped AS (
  SELECT m.id, m.name, m.kind, m.status, m.period_from_year, m.period_to_year, m.search_text,
    coalesce(m.starts_on, m.doc_date) AS on_date, ${DURATION_SQL} AS duration
  FROM movements m
  WHERE m.deleted_at IS NULL AND m.status <> 'draft'
    AND m.period_from_year <= @toYear AND m.period_to_year >= @fromYear)`;

const COLUMNS: StatColumn[] = [
  { key: 'total', label: 'Tổng số', kind: 'count' },
  ...MOVEMENT_DURATIONS.map((d): StatColumn => ({
    key: d,
    label: MOVEMENT_DURATION_LABELS[d],
    kind: 'count',
    group: 'Theo thời gian thực hiện',
  })),
];

export const MOVEMENTS_NOTE =
  'Phong trào thi đua đã phát động (không tính dự thảo và phong trào trong thùng rác) có thời gian thực hiện trong khoảng năm thống kê; thời gian tính theo ngày bắt đầu, kết thúc nếu có, nếu không theo số năm của phong trào.';

export function movementsTable(db: Db, range: StatRange): StatTable {
  const sql = `WITH ${SCOPED}
    SELECT kind, count(*) AS total, ${MOVEMENT_DURATIONS.map((d) => `count(*) FILTER (WHERE duration = '${d}') AS ${d}`).join(', ')}
    FROM scoped GROUP BY kind`;
  const found = prepared(db, sql).all(rangeParams(range)) as Record<string, unknown>[];
  const keys = COLUMNS.map((c) => c.key);
  const rows = fixedRows(MOVEMENT_KINDS, MOVEMENT_KIND_LABELS, found, 'kind', keys);
  return statTable('movements', COLUMNS, rows, MOVEMENTS_NOTE);
}

interface MovementRecordRow extends WindowedRow {
  id: number;
  name: string;
  kind: MovementKind;
  status: MovementStatus;
  fromYear: number;
  toYear: number;
  onDate: string | null;
  duration: MovementDuration;
}

/** The movements behind a cell: `row` a kind or null (total row), `column` 'total' or a duration. */
export function movementRecords(db: Db, range: StatRange, row: string | null, column: string): CellRecords {
  const rows = prepared(
    db,
    `WITH ${SCOPED}
     SELECT id, name, kind, status, period_from_year AS fromYear, period_to_year AS toYear, on_date AS onDate,
       duration, count(*) OVER () AS n, 0 AS total
     FROM scoped
     WHERE (@kind IS NULL OR kind = @kind) AND (@duration IS NULL OR duration = @duration)
     ORDER BY on_date IS NULL, on_date, search_text, id
     LIMIT ${RECORDS_CAP}`,
  ).all({
    ...rangeParams(range),
    kind: row,
    duration: column === 'total' ? null : column,
  }) as MovementRecordRow[];
  return collectRecords(rows, false, (r) => ({
    kind: 'movement',
    id: r.id,
    name: r.name,
    detail: [
      MOVEMENT_KIND_LABELS[r.kind],
      formatPeriod(r.fromYear, r.toYear),
      MOVEMENT_DURATION_LABELS[r.duration],
      MOVEMENT_STATUS_LABELS[r.status],
    ].join(' · '),
    date: r.onDate,
    amount: null,
    target: { area: 'movements', path: ['danh-sach', r.id] },
  }));
}

/** Each counted movement's duration bucket as the SQL computes it (for tests against movementDuration). */
export function movementDurationsById(db: Db, range: StatRange): Map<number, MovementDuration> {
  const rows = prepared(db, `WITH ${SCOPED} SELECT id, duration FROM scoped`).all(rangeParams(range)) as {
    id: number;
    duration: MovementDuration;
  }[];
  return new Map(rows.map((r) => [r.id, r.duration]));
}
