import { statCellValue } from '../../../../../shared/rules/statistics';
import type { StatisticsReport, StatTable, StatTableId } from '../../../../../shared/domain/statistics';

/** A table as plain rows for assertions: `[key, label, ...values shown]`, the total row last as `['total', ...]`. */
export function shown(table: StatTable): (string | number | null)[][] {
  return [
    ...table.rows.map((r) => [r.key, r.label, ...table.columns.map((c) => statCellValue(r.cells, c))]),
    ['total', 'Tổng cộng', ...table.columns.map((c) => statCellValue(table.total, c))],
  ];
}

/** The table of a report by id. */
export function tableOf(report: StatisticsReport, id: StatTableId): StatTable {
  const table = report.tables.find((t) => t.id === id);
  if (!table) throw new Error(`no table ${id}`);
  return table;
}
