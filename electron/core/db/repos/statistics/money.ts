import type { Db } from '../../types';
import { prepared } from '../prepared';
import {
  cellsOf,
  collectRecords,
  rangeParams,
  RECORDS_CAP,
  statTable,
  yearsOf,
  type CellRecords,
  type StatRange,
} from './common';
import {
  LINE_GROUP_SQL,
  LINE_RECORD_COLUMNS,
  LINE_RECORD_ORDER,
  lineRecord,
  PAID_LINE,
  SIGNED_IN_RANGE,
  type LineRecordRow,
} from './award-lines';
import { yearRowKey, type StatColumn, type StatTable } from '../../../../../shared/domain/statistics';

/**
 * Biểu 4 — award money paid. Definitions (lines as in ./award-lines.ts):
 *
 * - Rows: each year of the range (the decision's year), zeros included.
 * - Columns: paid lines (amount > 0; a title not paid because a higher one of the same period is,
 *   or an award without money, is not counted); the money of collective, individual and household
 *   lines; all the money.
 * - Records: the paid lines (of the column's recipient kind), whose amounts sum to a money cell.
 */

const MONEY_GROUP = 'Tiền thưởng theo đối tượng';
const COLUMNS: StatColumn[] = [
  { key: 'paidLines', label: 'Số lượt được chi tiền thưởng', kind: 'count' },
  { key: 'collective', label: 'Tập thể', kind: 'money', group: MONEY_GROUP },
  { key: 'individual', label: 'Cá nhân', kind: 'money', group: MONEY_GROUP },
  { key: 'household', label: 'Hộ gia đình', kind: 'money', group: MONEY_GROUP },
  { key: 'total', label: 'Tổng tiền thưởng (đồng)', kind: 'money' },
];

export const MONEY_NOTE =
  'Tiền thưởng của các lượt khen thưởng trong quyết định đã ký, theo năm của quyết định (đơn vị: đồng).';

/** The condition on a paid line of each column. */
const COLUMN_SQL: Record<string, string> = {
  paidLines: 'a.id IS NOT NULL',
  collective: LINE_GROUP_SQL.collective,
  individual: LINE_GROUP_SQL.individual,
  household: LINE_GROUP_SQL.household,
  total: 'a.id IS NOT NULL',
};

export function moneyTable(db: Db, range: StatRange): StatTable {
  const sql = `SELECT d.year,
      count(*) AS paidLines,
      ${['collective', 'individual', 'household'].map((k) => `coalesce(sum(a.amount) FILTER (WHERE ${COLUMN_SQL[k]}), 0) AS ${k}`).join(',\n      ')},
      sum(a.amount) AS total
    FROM awards a JOIN decisions d ON d.id = a.decision_id
    WHERE ${SIGNED_IN_RANGE} AND ${PAID_LINE}
    GROUP BY d.year`;
  const byYear = new Map(
    (prepared(db, sql).all(rangeParams(range)) as ({ year: number } & Record<string, number>)[]).map((r) => [
      r.year,
      r,
    ]),
  );
  const keys = COLUMNS.map((c) => c.key);
  const rows = yearsOf(range).map((y) => ({
    key: yearRowKey(y),
    label: `Năm ${y}`,
    cells: cellsOf(byYear.get(y), keys),
  }));
  return statTable('money', COLUMNS, rows, MONEY_NOTE);
}

/** The paid lines behind a cell: `year` of the row, or null (total row, the whole range). */
export function moneyRecords(db: Db, range: StatRange, year: number | null, column: string): CellRecords {
  const condition = COLUMN_SQL[column];
  if (condition === undefined) throw new RangeError(`unknown money column ${column}`);
  const scope = year === null ? range : { fromYear: year, toYear: year };
  const rows = prepared(
    db,
    `SELECT ${LINE_RECORD_COLUMNS}, count(*) OVER () AS n, coalesce(sum(a.amount) OVER (), 0) AS total
     FROM awards a JOIN decisions d ON d.id = a.decision_id JOIN award_catalogue c ON c.id = a.catalogue_id
     WHERE ${SIGNED_IN_RANGE} AND ${PAID_LINE} AND ${condition}
     ${LINE_RECORD_ORDER}
     LIMIT ${RECORDS_CAP}`,
  ).all(rangeParams(scope)) as LineRecordRow[];
  return collectRecords(rows, column !== 'paidLines', lineRecord);
}
