import type { Db } from '../../types';
import { prepared } from '../prepared';
import {
  cellsOf,
  collectRecords,
  rangeParams,
  RECORDS_CAP,
  statTable,
  type CellRecords,
  type StatRange,
} from './common';
import {
  catalogueRowKey,
  compareCatalogueEntries,
  lineCounts,
  LINE_COUNT_KEYS,
  LINE_RECORD_COLUMNS,
  LINE_RECORD_ORDER,
  lineColumnSql,
  lineRecord,
  MONEY_COLUMN,
  RECIPIENT_COLUMNS,
  SIGNED_IN_RANGE,
  type LineRecordRow,
} from './award-lines';
import {
  AWARD_ROW_GROUPS,
  type StatColumn,
  type StatRow,
  type StatTable,
} from '../../../../../shared/domain/statistics';
import type { CatalogueKind } from '../../../../../shared/domain/awards';

/**
 * Biểu 2 — awards by title/form and recipient. Definitions (lines as in ./award-lines.ts):
 *
 * - Rows: catalogue entries, keyed by their shipped code, else `custom:` + the folded name (entries
 *   whose names fold alike are one row); every active entry (zeros included) and any retired entry
 *   with lines in the range. Titles first, then forms; by rank (higher first), then name.
 * - Columns: all lines; tập thể; hộ gia đình; cá nhân and its split (lãnh đạo, người trực tiếp lao
 *   động, cá nhân khác); the direct workers' share of the individuals; the money of the lines.
 * - Records: the award lines, opening their decision.
 */

const COLUMNS: StatColumn[] = [
  { key: 'total', label: 'Tổng số', kind: 'count' },
  ...RECIPIENT_COLUMNS,
  {
    key: 'directShare',
    label: 'Tỷ lệ người trực tiếp lao động (%)',
    kind: 'ratio',
    ratio: { numerator: 'directWorker', denominator: 'individual' },
  },
  MONEY_COLUMN,
];

export const AWARDS_NOTE =
  'Số lượt khen thưởng trong danh sách các quyết định đã ký có ngày quyết định trong khoảng năm thống kê (không tính dự thảo và quyết định đã hủy); cá nhân chia theo đối tượng ghi trên danh sách khen thưởng.';

interface CatalogueSqlRow {
  id: number;
  code: string | null;
  name: string;
  kind: CatalogueKind;
  rank: number;
}

export function awardsTable(db: Db, range: StatRange): StatTable {
  const sql = `WITH lines AS (
      SELECT a.* FROM awards a JOIN decisions d ON d.id = a.decision_id WHERE ${SIGNED_IN_RANGE})
    SELECT c.id, c.code, c.name, c.kind, c.rank,
      ${lineCounts()},
      coalesce(sum(a.amount), 0) AS money
    FROM award_catalogue c LEFT JOIN lines a ON a.catalogue_id = c.id
    GROUP BY c.id
    HAVING c.active = 1 OR count(a.id) > 0`;
  const found = prepared(db, sql).all(rangeParams(range)) as (CatalogueSqlRow & Record<string, number>)[];
  const keys = [...LINE_COUNT_KEYS, 'money'];
  const entries = found.slice().sort(compareCatalogueEntries);
  const rows = new Map<string, StatRow>();
  for (const e of entries) {
    const key = catalogueRowKey(e.code, e.name);
    const cells = cellsOf(e, keys);
    const row = rows.get(key);
    if (row) for (const k of keys) row.cells[k]! += cells[k]!;
    else rows.set(key, { key, label: e.name, group: AWARD_ROW_GROUPS[e.kind], cells });
  }
  return statTable('awards', COLUMNS, [...rows.values()], AWARDS_NOTE);
}

/** The catalogue ids of a row key (several when names fold alike). */
export function catalogueIdsOfRow(db: Db, rowKey: string): number[] {
  const all = prepared(db, 'SELECT id, code, name FROM award_catalogue').all() as CatalogueSqlRow[];
  return all.filter((c) => catalogueRowKey(c.code, c.name) === rowKey).map((c) => c.id);
}

/** The lines behind a cell: `row` a catalogue row key or null (total row). */
export function awardRecords(db: Db, range: StatRange, row: string | null, column: string): CellRecords {
  const condition = lineColumnSql(column);
  if (condition === null) throw new RangeError(`unknown awards column ${column}`);
  const ids = row === null ? null : JSON.stringify(catalogueIdsOfRow(db, row));
  const rows = prepared(
    db,
    `SELECT ${LINE_RECORD_COLUMNS}, count(*) OVER () AS n, coalesce(sum(a.amount) OVER (), 0) AS total
     FROM awards a JOIN decisions d ON d.id = a.decision_id JOIN award_catalogue c ON c.id = a.catalogue_id
     WHERE ${SIGNED_IN_RANGE} AND (@ids IS NULL OR a.catalogue_id IN (SELECT value FROM json_each(@ids)))
       AND ${condition}
     ${LINE_RECORD_ORDER}
     LIMIT ${RECORDS_CAP}`,
  ).all({ ...rangeParams(range), ids }) as LineRecordRow[];
  return collectRecords(rows, column === 'money', lineRecord);
}
