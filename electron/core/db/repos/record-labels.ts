import type { Db } from '../types';
import { prepared } from './prepared';

/** How a record of each table is named in the history; fixed SQL, never built from input. */
const LABELS: Record<string, string> = {
  units: 'name',
  clusters: 'name',
  people: 'full_name',
  households: 'head_name',
  movements: 'name',
  exemplary_models: 'title',
  proposals: 'title',
  decisions: "coalesce(number_text, subject, 'Dự thảo quyết định')",
  attachments: 'file_name',
  award_catalogue: 'name',
  base_salaries: "'Từ ' || strftime('%d/%m/%Y', effective_from)",
  unit_reports: "(SELECT name FROM units WHERE units.id = unit_id) || ' — báo cáo năm ' || year",
  yearly_reports: "'Báo cáo tổng kết năm ' || year",
  ward_packages: "ward_name || ' — năm ' || year",
};

/** Current names (trash included) of the records `ids` of `table`; tables without a known label give none. */
export function recordLabels(db: Db, table: string, ids: readonly number[]): Map<number, string> {
  const expr = LABELS[table];
  if (expr === undefined || ids.length === 0) return new Map();
  const rows = prepared(
    db,
    `SELECT id, ${expr} AS label FROM ${table} WHERE id IN (SELECT value FROM json_each(?))`,
  ).all(JSON.stringify([...new Set(ids)])) as { id: number; label: string }[];
  return new Map(rows.map((r) => [r.id, r.label]));
}
