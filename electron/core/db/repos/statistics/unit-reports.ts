import type { Db } from '../../types';
import { prepared } from '../prepared';
import { EXPECTED_UNIT, REPORT_ON_TIME } from '../reports/expected-units';
import {
  cellsOf,
  collectRecords,
  RECORDS_CAP,
  statTable,
  type CellRecords,
  type WindowedRow,
} from './common';
import { formatDate } from '../../../../../shared/rules/dates';
import { UNIT_REPORT_STATUS_LABELS } from '../../../../../shared/domain/reports';
import { yearRowKey, type StatColumn, type StatTable } from '../../../../../shared/domain/statistics';

/**
 * Biểu 6 — the units' yearly reports. Definitions:
 *
 * - Rows: each year of the range. Per year, the expected units are those of EXPECTED_UNIT
 *   (repos/reports/expected-units.ts, shared with the unit reports screen and the dashboard) with
 *   that year's deadline (settings.unitReportDeadline in the year).
 * - Columns: expected units; of them, received on time (REPORT_ON_TIME: on or before the deadline),
 *   received late, not received (no report, or one without a received date); the on-time share.
 *   A unit that reported without being expected is not counted.
 * - Records: the expected units (one per unit and year), opening the unit reports screen.
 *
 * Each year has its own deadline, so the years travel as one JSON parameter
 * (`[{ year, deadline }]`) and the shared fragments read them from the row `y` instead of @year and
 * @deadline: one query for the whole range.
 */

export interface YearDeadline {
  year: number;
  /** ISO date of the year's deadline. */
  deadline: string;
}

const EXPECTED_IN_YEAR = EXPECTED_UNIT.replaceAll('@deadline', 'y.deadline').replaceAll('@year', 'y.year');
const ON_TIME_IN_YEAR = REPORT_ON_TIME.replaceAll('@deadline', 'y.deadline');

/** Every expected unit of each year with its report's status ('onTime', 'late', 'notReceived'). */
const EXPECTED = `years AS (
    SELECT json_extract(value, '$.year') AS year, json_extract(value, '$.deadline') AS deadline FROM json_each(@years)),
  expected AS (
    SELECT y.year, y.deadline, u.id AS unitId, u.name, u.search_text, r.received_on AS receivedOn,
      CASE WHEN r.received_on IS NULL THEN 'notReceived' WHEN ${ON_TIME_IN_YEAR} THEN 'onTime' ELSE 'late' END
        AS status
    FROM years y JOIN units u ON ${EXPECTED_IN_YEAR}
      LEFT JOIN unit_reports r ON r.unit_id = u.id AND r.year = y.year)`;

const COLUMNS: StatColumn[] = [
  { key: 'expected', label: 'Số đơn vị phải báo cáo', kind: 'count' },
  { key: 'onTime', label: 'Nộp đúng hạn', kind: 'count' },
  { key: 'late', label: 'Nộp muộn', kind: 'count' },
  { key: 'notReceived', label: 'Chưa nộp', kind: 'count' },
  {
    key: 'onTimeShare',
    label: 'Tỷ lệ đúng hạn (%)',
    kind: 'ratio',
    ratio: { numerator: 'onTime', denominator: 'expected' },
  },
];

export const UNIT_REPORTS_NOTE =
  'Đơn vị phải báo cáo: đơn vị đang hoạt động vào hạn báo cáo và tham gia ít nhất một phong trào thi đua của năm; đúng hạn là nhận được báo cáo trước hoặc đúng ngày hạn (cài đặt "Hạn báo cáo của đơn vị").';

export function unitReportsTable(db: Db, years: YearDeadline[]): StatTable {
  const sql = `WITH ${EXPECTED}
    SELECT year, count(*) AS expected,
      count(*) FILTER (WHERE status = 'onTime') AS onTime,
      count(*) FILTER (WHERE status = 'late') AS late,
      count(*) FILTER (WHERE status = 'notReceived') AS notReceived
    FROM expected GROUP BY year`;
  const byYear = new Map(
    (
      prepared(db, sql).all({ years: JSON.stringify(years) }) as ({ year: number } & Record<string, number>)[]
    ).map((r) => [r.year, r]),
  );
  const keys = ['expected', 'onTime', 'late', 'notReceived'];
  const rows = years.map(({ year }) => ({
    key: yearRowKey(year),
    label: `Năm ${year}`,
    cells: cellsOf(byYear.get(year), keys),
  }));
  return statTable('unitReports', COLUMNS, rows, UNIT_REPORTS_NOTE);
}

interface UnitRecordRow extends WindowedRow {
  unitId: number;
  name: string;
  year: number;
  receivedOn: string | null;
  status: 'onTime' | 'late' | 'notReceived';
}

const STATUS_TEXT = {
  onTime: UNIT_REPORT_STATUS_LABELS.on_time,
  late: UNIT_REPORT_STATUS_LABELS.late,
  notReceived: 'Chưa nộp',
} as const;

/** The expected units behind a cell, for the given years (one row's year, or the whole range). */
export function unitReportRecords(db: Db, years: YearDeadline[], column: string): CellRecords {
  if (!['expected', 'onTime', 'late', 'notReceived'].includes(column))
    throw new RangeError(`unknown unitReports column ${column}`);
  const rows = prepared(
    db,
    `WITH ${EXPECTED}
     SELECT unitId, name, year, receivedOn, status, count(*) OVER () AS n, 0 AS total
     FROM expected
     WHERE @status IS NULL OR status = @status
     ORDER BY receivedOn IS NULL, receivedOn, search_text, unitId, year
     LIMIT ${RECORDS_CAP}`,
  ).all({ years: JSON.stringify(years), status: column === 'expected' ? null : column }) as UnitRecordRow[];
  return collectRecords(rows, false, (r) => ({
    kind: 'unitReport',
    id: r.unitId,
    name: r.name,
    detail: `Năm ${r.year}: ${STATUS_TEXT[r.status]}${r.receivedOn ? `, nhận ngày ${formatDate(r.receivedOn)}` : ''}`,
    date: r.receivedOn,
    amount: null,
    target: { area: 'reports', path: ['don-vi'] },
  }));
}

/** The year's expected units by status against `today` (pending: not received, deadline not passed). */
export function unitReportStatusOfYear(
  db: Db,
  year: YearDeadline,
  today: string,
): { onTime: number; late: number; pending: number; missing: number } {
  const row = prepared(
    db,
    `WITH ${EXPECTED}
     SELECT count(*) FILTER (WHERE status = 'onTime') AS onTime,
       count(*) FILTER (WHERE status = 'late') AS late,
       count(*) FILTER (WHERE status = 'notReceived' AND @today <= deadline) AS pending,
       count(*) FILTER (WHERE status = 'notReceived' AND @today > deadline) AS missing
     FROM expected`,
  ).get({ years: JSON.stringify([year]), today }) as {
    onTime: number;
    late: number;
    pending: number;
    missing: number;
  };
  return { onTime: row.onTime, late: row.late, pending: row.pending, missing: row.missing };
}
