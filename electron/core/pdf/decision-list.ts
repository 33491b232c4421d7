// The attached list (danh sách kèm theo): a new page, its title, and one table whose header row
// repeats on every page, with a section per recipient kind and a total.
import type { DecisionDocumentData, DecisionDocumentLine } from '../../../shared/domain/decision-document';
import type { Content, ContentNode } from './doc';
import * as t from './decision-text';

export const LIST_FONT_SIZE = 12;

export const LIST_HEADERS = [
  'STT',
  'Họ và tên / Tên tập thể',
  'Chức vụ, đơn vị',
  'Thành tích',
  'Số tiền (đồng)',
];

/** Column widths in points (the text width is 165 mm ≈ 467.7 pt); achievement takes the rest. */
const WIDTHS = [28, 120, 90, '*', 64] as const;

/**
 * Which columns the list prints: money only when something is paid; the achievement column only
 * when some line has its own text (otherwise Điều 1 already says it, and an empty column wastes a
 * third of the page — the position column then takes the room).
 */
function columnsOf(d: DecisionDocumentData): { money: boolean; achievement: boolean } {
  return {
    money: t.totalAmount(d) > 0,
    achievement: d.lines.some((l) => t.cellText(l.achievement) !== ''),
  };
}

function widthsOf(cols: { money: boolean; achievement: boolean }): (number | string)[] {
  const widths: (number | string)[] = cols.achievement ? [...WIDTHS.slice(0, 4)] : [28, 150, '*'];
  if (cols.money) widths.push(WIDTHS[4]);
  return widths;
}

const gridLayout = {
  hLineWidth: () => 0.5,
  vLineWidth: () => 0.5,
  paddingLeft: () => 3,
  paddingRight: () => 3,
  paddingTop: () => 2,
  paddingBottom: () => 2,
};

/** A row spanning `span` columns, followed by the empty cells pdfmake expects. */
const spanning = (cell: ContentNode, span: number): ContentNode[] => [
  { ...cell, colSpan: span },
  ...Array.from({ length: span - 1 }, () => ({})),
];

function lineRow(
  line: DecisionDocumentLine,
  stt: number,
  cols: { money: boolean; achievement: boolean },
): ContentNode[] {
  const row: ContentNode[] = [
    { text: String(stt), alignment: 'center' },
    { text: t.lineName(line) },
    { text: t.cellText(line.positionUnit) },
  ];
  if (cols.achievement) row.push({ text: t.cellText(line.achievement) });
  if (cols.money) row.push({ text: t.formatNumberVi(line.amount), alignment: 'right' });
  return row;
}

function headerRow(shown: { money: boolean; achievement: boolean }): ContentNode[] {
  const headers = LIST_HEADERS.filter((_, i) => (i !== 3 || shown.achievement) && (i !== 4 || shown.money));
  return headers.map((text) => ({ text, bold: true, alignment: 'center' }));
}

/** The list's rows between the header and the total: per non-empty section its title row and its lines. */
export function listRows(d: DecisionDocumentData): ContentNode[][] {
  const shown = columnsOf(d);
  const cols = headerRow(shown).length;
  const rows: ContentNode[][] = [];
  t.sections(d.lines).forEach((section, i) => {
    rows.push(spanning({ text: t.sectionTitle(section.kind, i + 1), bold: true }, cols));
    section.lines.forEach((line, j) => rows.push(lineRow(line, j + 1, shown)));
  });
  return rows;
}

/** The table's last row, "Tổng cộng" and the sum, when something is paid (none otherwise). */
export function listTotalRows(d: DecisionDocumentData): ContentNode[][] {
  const shown = columnsOf(d);
  if (!shown.money) return [];
  return [
    [
      ...spanning({ text: 'Tổng cộng', bold: true, alignment: 'center' }, headerRow(shown).length - 1),
      { text: t.formatNumberVi(t.totalAmount(d)), bold: true, alignment: 'right' },
    ],
  ];
}

/** The table body: header, then per non-empty section its title row and its lines, then the total. */
export function listTableBody(d: DecisionDocumentData): ContentNode[][] {
  return [headerRow(columnsOf(d)), ...listRows(d), ...listTotalRows(d)];
}

const MAX_WHOLE_ROW_LINES = 20;

/**
 * Rows are kept whole (a name split over two pages loses its STT), unless a row is long: pdfmake
 * keeps all rows or none, and moving a row of half a page leaves half a page empty (or cannot
 * place a row taller than a page). A row is estimated from its longest cell at a pessimistic 26
 * characters per line and must stay within 20 lines (about 40% of a page).
 */
export function rowsKeptWhole(d: DecisionDocumentData): boolean {
  const lines = (s: string | null) =>
    t
      .cellText(s)
      .split('\n')
      .reduce((n, para) => n + Math.max(1, Math.ceil(para.length / 26)), 0);
  return d.lines.every(
    (l) => Math.max(lines(t.lineName(l)), lines(l.positionUnit), lines(l.achievement)) <= MAX_WHOLE_ROW_LINES,
  );
}

/** The list's title lines: a new page, "DANH SÁCH", the award and the decision it is attached to. */
export function listTitle(d: DecisionDocumentData): Content[] {
  return [
    { text: 'DANH SÁCH', bold: true, alignment: 'center', pageBreak: 'before' },
    { text: t.listSubtitle(d), bold: true, alignment: 'center' },
    { text: t.attachedToLine(d), italics: true, alignment: 'center', margin: [0, 2, 0, 10] },
  ];
}

/** What every table of a list shares: the header row (repeated on each page), the widths, whole rows or not. */
export interface ListTableFrame {
  header: ContentNode[];
  widths: (number | string)[];
  keepRowsWhole: boolean;
}

export function listTableFrame(d: DecisionDocumentData): ListTableFrame {
  const shown = columnsOf(d);
  return { header: headerRow(shown), widths: widthsOf(shown), keepRowsWhole: rowsKeptWhole(d) };
}

/** A table of the list holding `rows` (all of them, or a run of them) under the header row. */
export function listTable(frame: ListTableFrame, rows: ContentNode[][]): Content {
  return {
    table: {
      headerRows: 1,
      dontBreakRows: frame.keepRowsWhole,
      widths: frame.widths,
      body: [frame.header, ...rows],
    },
    layout: gridLayout,
    fontSize: LIST_FONT_SIZE,
  };
}

/** "(Danh sách có n trường hợp)" under the table. */
export const listCountNode = (d: DecisionDocumentData): Content => ({
  text: t.listCountLine(d),
  italics: true,
  fontSize: 13,
  margin: [0, 6, 0, 0],
});

/** The whole attached list, starting on a new page. */
export function listBlock(d: DecisionDocumentData): Content[] {
  return [
    ...listTitle(d),
    listTable(listTableFrame(d), [...listRows(d), ...listTotalRows(d)]),
    listCountNode(d),
  ];
}
