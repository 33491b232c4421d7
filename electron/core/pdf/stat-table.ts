// A statistics table (shared/domain/statistics.ts StatTable) as a pdfmake table: a two-level header
// when columns are grouped, rows under their group's heading, the total row in bold, ratios computed
// for display, money with dots, the header repeated on every page, the note in italics below.
// Pure; used by the yearly summary's appendix and by anything else that prints the tables.
import type { StatColumn, StatRow, StatTable, StatTableId } from '../../../shared/domain/statistics';
import { formatShare, statCellValue } from '../../../shared/rules/statistics';
import { formatNumberVi } from '../../../shared/rules/money';
import type { Content, ContentNode } from './doc';

/** The heading of the label column, per table. */
export const STAT_ROW_HEADERS: Record<StatTableId, string> = {
  movements: 'Hình thức phong trào',
  awards: 'Danh hiệu, hình thức khen thưởng',
  awardMethods: 'Phương thức khen thưởng',
  money: 'Năm',
  models: 'Lĩnh vực',
  unitReports: 'Năm',
};

export const TOTAL_LABEL = 'Tổng cộng';

export interface StatTableOptions {
  /** The text width the table must fit, in points. */
  width: number;
  fontSize?: number;
}

const PADDING = 3;
const LINE = 0.5;
/** Preferred widths of the number columns in points; the label column takes the rest. */
const PREFERRED = { count: 46, money: 76, ratio: 52 } as const;
const MIN_LABEL = 110;

/** The text of one cell: counts and money with "." separators, ratios as "52,8%" ("-" when none). */
export function statCellText(cells: Record<string, number>, column: StatColumn): string {
  const value = statCellValue(cells, column);
  if (column.kind === 'ratio') return formatShare(value);
  return formatNumberVi(value ?? 0);
}

/**
 * Column widths (label first) so that the table, paddings and rules included, is exactly `width`:
 * number columns at their preferred width, shrunk together when the label column would get less
 * than MIN_LABEL.
 */
export function statTableWidths(columns: readonly StatColumn[], width: number): number[] {
  const chrome = (columns.length + 1) * 2 * PADDING + (columns.length + 2) * LINE;
  const available = width - chrome;
  const preferred = columns.map((c) => PREFERRED[c.kind]);
  const sum = preferred.reduce((a, b) => a + b, 0);
  const scale = Math.min(1, (available - MIN_LABEL) / sum);
  const numbers = preferred.map((w) => Math.floor(w * scale * 10) / 10);
  const label = available - numbers.reduce((a, b) => a + b, 0);
  return [label, ...numbers];
}

const ALIGN: Record<StatColumn['kind'], 'center' | 'right'> = {
  count: 'center',
  ratio: 'center',
  money: 'right',
};

function headerRows(table: StatTable, fontSize: number): ContentNode[][] {
  const grouped = table.columns.some((c) => c.group !== undefined);
  const cell = (text: string, extra: ContentNode = {}): ContentNode => ({
    text,
    bold: true,
    alignment: 'center',
    fontSize: fontSize - 0.5,
    ...extra,
  });
  const first: ContentNode[] = [
    cell(STAT_ROW_HEADERS[table.id] ?? 'Nội dung', grouped ? { rowSpan: 2 } : {}),
  ];
  const second: ContentNode[] = [{}];
  table.columns.forEach((c, i) => {
    if (c.group === undefined) {
      first.push(cell(c.label, grouped ? { rowSpan: 2 } : {}));
      second.push({});
      return;
    }
    if (table.columns[i - 1]?.group !== c.group) {
      let span = 1;
      while (table.columns[i + span]?.group === c.group) span += 1;
      first.push(cell(c.group, span > 1 ? { colSpan: span } : {}));
    } else first.push({});
    second.push(cell(c.label));
  });
  return grouped ? [first, second] : [first];
}

function valueRow(
  label: ContentNode,
  cells: Record<string, number>,
  table: StatTable,
  bold: boolean,
): ContentNode[] {
  return [
    label,
    ...table.columns.map((c) => ({
      text: statCellText(cells, c),
      alignment: ALIGN[c.kind],
      bold,
      noWrap: true,
    })),
  ];
}

function bodyRows(table: StatTable): ContentNode[][] {
  const out: ContentNode[][] = [];
  let group: string | undefined;
  const span = table.columns.length + 1;
  for (const row of table.rows as StatRow[]) {
    if (row.group !== undefined && row.group !== group) {
      out.push([
        { text: row.group, bold: true, italics: true, colSpan: span },
        ...Array.from({ length: span - 1 }, () => ({})),
      ]);
    }
    group = row.group;
    out.push(
      valueRow(
        { text: row.label, margin: [row.group === undefined ? 0 : 6, 0, 0, 0] },
        row.cells,
        table,
        false,
      ),
    );
  }
  out.push(valueRow({ text: TOTAL_LABEL, bold: true }, table.total, table, true));
  return out;
}

const TABLE_LAYOUT = {
  hLineWidth: () => LINE,
  vLineWidth: () => LINE,
  paddingLeft: () => PADDING,
  paddingRight: () => PADDING,
  paddingTop: () => 2,
  paddingBottom: () => 2,
};

/** The table, then its note in italics. */
export function statTableNode(table: StatTable, opts: StatTableOptions): Content[] {
  const fontSize = opts.fontSize ?? 11;
  const header = headerRows(table, fontSize);
  const out: Content[] = [
    {
      table: {
        widths: statTableWidths(table.columns, opts.width),
        headerRows: header.length,
        keepWithHeaderRows: 1,
        dontBreakRows: true,
        body: [...header, ...bodyRows(table)],
      },
      layout: TABLE_LAYOUT,
      fontSize,
    },
  ];
  if (table.note.trim() !== '')
    out.push({ text: table.note, italics: true, fontSize: fontSize - 0.5, margin: [0, 4, 0, 0] });
  return out;
}
