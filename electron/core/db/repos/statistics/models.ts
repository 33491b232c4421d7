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
  type WindowedRow,
} from './common';
import { compareVietnamese } from '../../../../../shared/rules/names';
import { foldForSearch } from '../../../../../shared/rules/search';
import {
  EXEMPLAR_STAGE_LABELS,
  EXEMPLAR_STAGES,
  type ExemplarStage,
} from '../../../../../shared/domain/exemplars';
import {
  NO_FIELD_LABEL,
  NO_FIELD_ROW,
  type StatColumn,
  type StatRow,
  type StatTable,
} from '../../../../../shared/domain/statistics';

/**
 * Biểu 5 — exemplary models by field and stage. Definitions:
 *
 * - Counted: models not in the trash with at least one stage move (model_stage_history, the
 *   discovery included) dated within the range.
 * - Rows: fields, keyed `field:` + the folded field (so "Giáo dục" and "giáo dục" are one row),
 *   labelled as most models type it (ties: the first model's); an empty field is NO_FIELD_ROW.
 * - Columns: the models (each once), then per stage the models with a move to that stage dated in
 *   the range (a model moved twice to a stage counts once; one that went through several stages in
 *   the range counts in each).
 * - Records: the models, dated by their latest counted move.
 */

/** Each counted move in the range: the model, its field as typed (trimmed, '' when none), stage and date. */
const MOVES = `moves AS (
  SELECT m.id, coalesce(trim(m.field), '') AS field, h.stage, h.on_date
  FROM exemplary_models m JOIN model_stage_history h ON h.model_id = m.id
  WHERE m.deleted_at IS NULL AND h.on_date BETWEEN @fromDate AND @toDate)`;

const COLUMNS: StatColumn[] = [
  { key: 'total', label: 'Tổng số điển hình', kind: 'count' },
  ...EXEMPLAR_STAGES.map((s): StatColumn => ({
    key: s,
    label: EXEMPLAR_STAGE_LABELS[s],
    kind: 'count',
    group: 'Theo giai đoạn',
  })),
];

export const MODELS_NOTE =
  'Điển hình tiên tiến (không tính điển hình trong thùng rác) có ngày chuyển giai đoạn trong khoảng năm thống kê; một điển hình qua nhiều giai đoạn trong khoảng đó được tính ở mỗi giai đoạn, cột tổng số tính mỗi điển hình một lần.';

/** The row key of a field as typed. */
export const fieldRowKey = (field: string): string => {
  const folded = foldForSearch(field);
  return folded === '' ? NO_FIELD_ROW : `field:${folded}`;
};

export function modelsTable(db: Db, range: StatRange): StatTable {
  const sql = `WITH ${MOVES}
    SELECT field, count(DISTINCT id) AS total,
      ${EXEMPLAR_STAGES.map((s) => `count(DISTINCT CASE WHEN stage = '${s}' THEN id END) AS ${s}`).join(', ')},
      min(id) AS firstId
    FROM moves GROUP BY field`;
  const found = prepared(db, sql).all(rangeParams(range)) as ({ field: string; firstId: number } & Record<
    string,
    number
  >)[];
  const keys = COLUMNS.map((c) => c.key);
  const rows = new Map<string, StatRow & { labelModels: number; labelFirst: number }>();
  for (const f of found) {
    const key = fieldRowKey(f.field);
    const cells = cellsOf(f, keys);
    const row = rows.get(key);
    if (!row) {
      const label = key === NO_FIELD_ROW ? NO_FIELD_LABEL : f.field;
      rows.set(key, { key, label, cells, labelModels: f.total!, labelFirst: f.firstId });
      continue;
    }
    for (const k of keys) row.cells[k]! += cells[k]!;
    if (
      key !== NO_FIELD_ROW &&
      (f.total! > row.labelModels || (f.total === row.labelModels && f.firstId < row.labelFirst))
    ) {
      Object.assign(row, { label: f.field, labelModels: f.total, labelFirst: f.firstId });
    }
  }
  const ordered = [...rows.values()]
    .sort(
      (a, b) =>
        Number(a.key === NO_FIELD_ROW) - Number(b.key === NO_FIELD_ROW) ||
        compareVietnamese(a.label, b.label),
    )
    .map(({ key, label, cells }) => ({ key, label, cells }));
  return statTable('models', COLUMNS, ordered, MODELS_NOTE);
}

/** The fields as typed that make a row (every model, so a row of the range is always covered). */
function fieldsOfRow(db: Db, rowKey: string): string[] {
  const all = prepared(
    db,
    `SELECT DISTINCT coalesce(trim(field), '') AS field FROM exemplary_models`,
  ).all() as {
    field: string;
  }[];
  return all.map((r) => r.field).filter((f) => fieldRowKey(f) === rowKey);
}

interface ModelRecordRow extends WindowedRow {
  id: number;
  title: string;
  field: string;
  subjectName: string | null;
  onDate: string;
}

/** The models behind a cell: `row` a field key or null (total row), `column` 'total' or a stage. */
export function modelRecords(db: Db, range: StatRange, row: string | null, column: string): CellRecords {
  if (column !== 'total' && !EXEMPLAR_STAGES.includes(column as ExemplarStage))
    throw new RangeError(`unknown models column ${column}`);
  const fields = row === null ? null : JSON.stringify(fieldsOfRow(db, row));
  const rows = prepared(
    db,
    `WITH ${MOVES}
     SELECT m.id, m.title, mv.field,
       CASE m.subject_kind WHEN 'individual' THEN p.full_name WHEN 'collective' THEN u.name ELSE h.head_name END
         AS subjectName,
       max(mv.on_date) AS onDate, count(*) OVER () AS n, 0 AS total
     FROM moves mv JOIN exemplary_models m ON m.id = mv.id
       LEFT JOIN people p ON p.id = m.person_id
       LEFT JOIN units u ON u.id = m.unit_id
       LEFT JOIN households h ON h.id = m.household_id
     WHERE (@fields IS NULL OR mv.field IN (SELECT value FROM json_each(@fields)))
       AND (@stage IS NULL OR mv.stage = @stage)
     GROUP BY m.id
     ORDER BY onDate, m.search_text, m.id
     LIMIT ${RECORDS_CAP}`,
  ).all({ ...rangeParams(range), fields, stage: column === 'total' ? null : column }) as ModelRecordRow[];
  return collectRecords(rows, false, (r) => ({
    kind: 'model',
    id: r.id,
    name: r.title,
    detail: [r.subjectName ?? '', r.field === '' ? NO_FIELD_LABEL : r.field]
      .filter((s) => s !== '')
      .join(' · '),
    date: r.onDate,
    amount: null,
    target: { area: 'exemplars', path: [r.id] },
  }));
}

/** Models with a move to each stage in the range (the total row of Biểu 5), for the chart. */
export function modelsByStage(db: Db, range: StatRange): Record<ExemplarStage, number> {
  const sql = `WITH ${MOVES}
    SELECT ${EXEMPLAR_STAGES.map((s) => `count(DISTINCT CASE WHEN stage = '${s}' THEN id END) AS ${s}`).join(', ')}
    FROM moves`;
  const row = prepared(db, sql).get(rangeParams(range)) as Record<ExemplarStage, number>;
  return {
    discovered: row.discovered,
    nurtured: row.nurtured,
    summarized: row.summarized,
    replicated: row.replicated,
  };
}
