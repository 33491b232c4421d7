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
  decisionRef,
  lineCounts,
  LINE_RECORD_COLUMNS,
  LINE_RECORD_ORDER,
  lineColumnSql,
  lineRecord,
  MONEY_COLUMN,
  RECIPIENT_COLUMNS,
  SIGNED_IN_RANGE,
  type LineRecordRow,
} from './award-lines';
import { DECISION_METHOD_LABELS, DECISION_METHODS } from '../../../../../shared/domain/decisions';
import type { StatColumn, StatTable } from '../../../../../shared/domain/statistics';

/**
 * Biểu 3 — awards by method (khen thưởng thường xuyên, theo chuyên đề, đột xuất). Definitions:
 *
 * - The lines of ./award-lines.ts, grouped by their decision's method; rows always all three.
 * - Columns: the signed decisions of the range (a decision without lines counts too), then the
 *   lines as in Biểu 2 (all, by recipient group) and their money.
 * - Records: for the decisions column, one record per decision (kind 'award' with the decision's
 *   id, there being no decision kind of record; its amount is the money of its lines); for the other
 *   columns, the award lines.
 */

const COLUMNS: StatColumn[] = [
  { key: 'decisions', label: 'Số quyết định', kind: 'count' },
  { key: 'total', label: 'Tổng số lượt khen thưởng', kind: 'count' },
  ...RECIPIENT_COLUMNS,
  MONEY_COLUMN,
];

export const AWARD_METHODS_NOTE =
  'Quyết định khen thưởng đã ký có ngày quyết định trong khoảng năm thống kê, theo phương thức ghi trên quyết định, và các lượt khen thưởng trong danh sách kèm theo.';

export function awardMethodsTable(db: Db, range: StatRange): StatTable {
  const sql = `SELECT d.method, count(DISTINCT d.id) AS decisions,
      ${lineCounts()},
      coalesce(sum(a.amount), 0) AS money
    FROM decisions d LEFT JOIN awards a ON a.decision_id = d.id
    WHERE ${SIGNED_IN_RANGE}
    GROUP BY d.method`;
  const found = prepared(db, sql).all(rangeParams(range)) as Record<string, unknown>[];
  const keys = COLUMNS.map((c) => c.key);
  const rows = fixedRows(DECISION_METHODS, DECISION_METHOD_LABELS, found, 'method', keys);
  return statTable('awardMethods', COLUMNS, rows, AWARD_METHODS_NOTE);
}

interface DecisionRecordRow extends WindowedRow {
  id: number;
  numberText: string;
  decisionDate: string;
  subject: string;
  lines: number;
  money: number;
}

/** The decisions or lines behind a cell: `row` a method or null (total row). */
export function awardMethodRecords(
  db: Db,
  range: StatRange,
  row: string | null,
  column: string,
): CellRecords {
  const params = { ...rangeParams(range), method: row };
  if (column === 'decisions') {
    const rows = prepared(
      db,
      `SELECT d.id, d.number_text AS numberText, d.decision_date AS decisionDate, d.subject,
         count(a.id) AS lines, coalesce(sum(a.amount), 0) AS money, count(*) OVER () AS n, 0 AS total
       FROM decisions d LEFT JOIN awards a ON a.decision_id = d.id
       WHERE ${SIGNED_IN_RANGE} AND (@method IS NULL OR d.method = @method)
       GROUP BY d.id
       ORDER BY d.decision_date, d.number, d.id
       LIMIT ${RECORDS_CAP}`,
    ).all(params) as DecisionRecordRow[];
    return collectRecords(rows, false, (r) => ({
      kind: 'award',
      id: r.id,
      name: `Quyết định số ${r.numberText}`,
      detail: `${decisionRef(r.numberText, r.decisionDate)} — ${r.subject} (${r.lines} lượt)`,
      date: r.decisionDate,
      amount: r.money,
      target: { area: 'awards', path: ['quyet-dinh', r.id] },
    }));
  }
  const condition = lineColumnSql(column);
  if (condition === null) throw new RangeError(`unknown awardMethods column ${column}`);
  const rows = prepared(
    db,
    `SELECT ${LINE_RECORD_COLUMNS}, count(*) OVER () AS n, coalesce(sum(a.amount) OVER (), 0) AS total
     FROM awards a JOIN decisions d ON d.id = a.decision_id JOIN award_catalogue c ON c.id = a.catalogue_id
     WHERE ${SIGNED_IN_RANGE} AND (@method IS NULL OR d.method = @method) AND ${condition}
     ${LINE_RECORD_ORDER}
     LIMIT ${RECORDS_CAP}`,
  ).all(params) as LineRecordRow[];
  return collectRecords(rows, column === 'money', lineRecord);
}
