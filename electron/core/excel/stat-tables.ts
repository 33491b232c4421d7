import ExcelJS from 'exceljs';
import { safeText } from './safe-text';
import { statCellValue } from '../../../shared/rules/statistics';
import {
  STAT_TABLE_IDS,
  type StatColumn,
  type StatTable,
  type StatTableId,
} from '../../../shared/domain/statistics';

// The one Excel writer of the statistics tables (shared/domain/statistics.ts), used by the
// statistics screen's export, the yearly summary and the city package. Layout of a sheet:
//   row 1            the table's title (bold)
//   rows 2..         the heading lines (ward, years)
//   one empty row
//   header           "Nội dung" then one column per table column; when columns carry a `group`,
//                    two header rows: the group spanning its columns above their own labels
//   data rows        under their `group` heading (a bold row with only the label)
//   "Tổng cộng"      bold, the table's total
//   one empty row, then the table's note (italic)
// Count cells are integers, money "#,##0", ratios the per cent of statCellValue with one decimal
// (empty when there is no denominator). The header is frozen, with the label column.

const TITLE_FONT: Partial<ExcelJS.Font> = { bold: true, size: 14 };
const BOLD: Partial<ExcelJS.Font> = { bold: true };
const HEADER_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE9ECEF' } };
const GROUP_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFF5F6F7' } };
const THIN: Partial<ExcelJS.Border> = { style: 'thin', color: { argb: 'FF999999' } };
const BOX: Partial<ExcelJS.Borders> = { top: THIN, bottom: THIN, left: THIN, right: THIN };

/** The header of the label column. */
export const STAT_LABEL_HEADER = 'Nội dung';
export const STAT_TOTAL_LABEL = 'Tổng cộng';

const NUMBER_FORMATS: Record<StatColumn['kind'], string> = { count: '0', money: '#,##0', ratio: '0.0' };

/** Short ASCII sheet names; Excel allows 31 characters and no diacritics trouble. */
const SHEET_NAMES: Record<StatTableId, string> = {
  movements: 'Phong trao',
  awards: 'Khen thuong',
  awardMethods: 'Phuong thuc',
  money: 'Tien thuong',
  models: 'Dien hinh',
  unitReports: 'Bao cao don vi',
};

/** "1-Phong trao" … "6-Bao cao don vi": numbered in the fixed order of STAT_TABLE_IDS. */
export const statSheetName = (id: StatTableId): string =>
  `${STAT_TABLE_IDS.indexOf(id) + 1}-${SHEET_NAMES[id]}`;

export interface StatSheetOptions {
  sheetName: string;
  /** Lines under the title, e.g. "UBND PHƯỜNG LÊ CHÂN", "Năm 2026". */
  heading: string[];
}

function headerCell(c: ExcelJS.Cell, text: string): void {
  c.value = safeText(text);
  c.font = BOLD;
  c.fill = HEADER_FILL;
  c.border = BOX;
  c.alignment = { vertical: 'middle', horizontal: 'center', wrapText: true };
}

/** Writes the header (one or two rows) from `top`; returns the last header row. */
function writeHeader(sheet: ExcelJS.Worksheet, columns: StatColumn[], top: number): number {
  const twoLevels = columns.some((c) => c.group);
  const bottom = twoLevels ? top + 1 : top;
  headerCell(sheet.getCell(top, 1), STAT_LABEL_HEADER);
  if (twoLevels) {
    headerCell(sheet.getCell(bottom, 1), STAT_LABEL_HEADER);
    sheet.mergeCells(top, 1, bottom, 1);
  }
  let i = 0;
  while (i < columns.length) {
    const col = columns[i]!;
    const first = i + 2;
    if (!col.group) {
      headerCell(sheet.getCell(top, first), col.label);
      if (twoLevels) {
        headerCell(sheet.getCell(bottom, first), col.label);
        sheet.mergeCells(top, first, bottom, first);
      }
      i++;
      continue;
    }
    // Consecutive columns of the same group share one spanning cell.
    let j = i;
    while (j < columns.length && columns[j]!.group === col.group) {
      headerCell(sheet.getCell(bottom, j + 2), columns[j]!.label);
      j++;
    }
    for (let k = first; k < j + 2; k++) headerCell(sheet.getCell(top, k), col.group);
    if (j - i > 1) sheet.mergeCells(top, first, top, j + 1);
    i = j;
  }
  return bottom;
}

function writeValues(
  row: ExcelJS.Row,
  columns: StatColumn[],
  cells: Record<string, number>,
  bold: boolean,
): void {
  columns.forEach((col, i) => {
    const c = row.getCell(i + 2);
    const value = statCellValue(cells, col);
    c.value = value;
    c.numFmt = NUMBER_FORMATS[col.kind];
    c.border = BOX;
    if (bold) c.font = BOLD;
  });
}

/** Adds one sheet with the table (layout above). */
export function addStatTableSheet(
  workbook: ExcelJS.Workbook,
  table: StatTable,
  opts: StatSheetOptions,
): void {
  const sheet = workbook.addWorksheet(opts.sheetName);
  const title = sheet.getCell(1, 1);
  title.value = safeText(table.title);
  title.font = TITLE_FONT;
  opts.heading.forEach((line, i) => {
    sheet.getCell(2 + i, 1).value = safeText(line);
  });
  const headerBottom = writeHeader(sheet, table.columns, opts.heading.length + 3);
  sheet.views = [{ state: 'frozen', xSplit: 1, ySplit: headerBottom }];

  let r = headerBottom + 1;
  let group: string | undefined;
  for (const row of table.rows) {
    if (row.group && row.group !== group) {
      const heading = sheet.getRow(r++);
      for (let k = 1; k <= table.columns.length + 1; k++) {
        const c = heading.getCell(k);
        c.border = BOX;
        c.fill = GROUP_FILL;
      }
      heading.getCell(1).value = safeText(row.group);
      heading.getCell(1).font = BOLD;
    }
    group = row.group;
    const line = sheet.getRow(r++);
    const label = line.getCell(1);
    label.value = safeText(row.label);
    label.border = BOX;
    label.alignment = { wrapText: true, vertical: 'middle', ...(row.group ? { indent: 1 } : {}) };
    writeValues(line, table.columns, row.cells, false);
  }
  const total = sheet.getRow(r++);
  total.getCell(1).value = STAT_TOTAL_LABEL;
  total.getCell(1).font = BOLD;
  total.getCell(1).border = BOX;
  writeValues(total, table.columns, table.total, true);

  if (table.note) {
    const note = sheet.getCell(r + 1, 1);
    note.value = safeText(table.note);
    note.font = { italic: true };
  }

  const longest = Math.max(STAT_LABEL_HEADER.length, ...table.rows.map((x) => x.label.length));
  sheet.getColumn(1).width = Math.min(60, Math.max(28, longest + 2));
  table.columns.forEach((col, i) => {
    sheet.getColumn(i + 2).width = col.kind === 'money' ? 16 : 13;
  });
}

/**
 * The tables as one workbook, one sheet per table ("1-Phong trao", "2-Khen thuong"...), each with
 * the same heading lines; `title` is the workbook's document title.
 */
export async function statTablesWorkbook(
  tables: StatTable[],
  opts: { title: string; heading: string[] },
): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  workbook.title = opts.title;
  tables.forEach((table) => {
    addStatTableSheet(workbook, table, {
      sheetName: statSheetName(table.id),
      heading: opts.heading,
    });
  });
  const buffer = await workbook.xlsx.writeBuffer();
  return new Uint8Array(buffer as ArrayBuffer);
}
