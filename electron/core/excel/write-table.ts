import ExcelJS from 'exceljs';
import { PassThrough } from 'node:stream';
import { safeText } from './safe-text';

export type CellValue = string | number | null;

export interface TableColumn<T> {
  header: string;
  /** Width in characters. */
  width: number;
  value(row: T, index: number): CellValue;
}

export interface TableSpec<T> {
  sheetName: string;
  /** First row, bold: e.g. "Phường Lê Chân – Danh sách cá nhân". */
  title: string;
  /** Lines under the title ("Xuất ngày 26/11/2026", the filter), then one empty row, then the header. */
  lines: string[];
  columns: TableColumn<T>[];
  /**
   * The data rows, consumed synchronously before the first await: an open better-sqlite3 iterator
   * is safe to pass (nothing else can use the connection while it runs).
   */
  rows: Iterable<T>;
}

const TITLE_FONT: Partial<ExcelJS.Font> = { bold: true, size: 14 };
const HEADER_FONT: Partial<ExcelJS.Font> = { bold: true };
const HEADER_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE9ECEF' } };
const THIN: Partial<ExcelJS.Border> = { style: 'thin', color: { argb: 'FF999999' } };

// Data cells carry no style. exceljs gives every new cell a fresh empty style object and then looks
// it up in the workbook's styles by its serialised form; one shared object is found by identity
// instead, which halves the time of a 100,000-row export.
const PLAIN: Partial<ExcelJS.Style> = Object.freeze({});

/** Every text goes through safeText, so no cell can become a formula; numbers stay numbers. */
const cell = (v: CellValue): CellValue => (typeof v === 'string' ? safeText(v) : v);

/**
 * Writes one table to an .xlsx (title, lines, empty row, bold frozen header, rows) with exceljs's
 * streaming writer, which keeps 100,000 rows out of a workbook model in memory.
 */
export async function writeTable<T>(spec: TableSpec<T>): Promise<Uint8Array> {
  const sink = new PassThrough();
  const chunks: Buffer[] = [];
  sink.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<void>((resolve, reject) => {
    sink.on('end', resolve);
    sink.on('error', reject);
  });

  // Shared strings: plain string cells (t="s") in every reader, and unit names or categories
  // repeated over thousands of rows are stored once.
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({
    stream: sink,
    useStyles: true,
    useSharedStrings: true,
  });
  const headerRow = spec.lines.length + 3;
  const sheet = workbook.addWorksheet(spec.sheetName, { views: [{ state: 'frozen', ySplit: headerRow }] });
  sheet.columns = spec.columns.map((c) => ({ width: c.width }));

  const title = sheet.addRow([cell(spec.title)]);
  title.getCell(1).font = TITLE_FONT;
  title.commit();
  for (const line of spec.lines) sheet.addRow([cell(line)]).commit();
  sheet.addRow([]).commit();

  const header = sheet.addRow(spec.columns.map((c) => cell(c.header)));
  header.eachCell((c) => {
    c.font = HEADER_FONT;
    c.fill = HEADER_FILL;
    c.border = { top: THIN, bottom: THIN, left: THIN, right: THIN };
    c.alignment = { vertical: 'middle', wrapText: true };
  });
  header.commit();

  let index = 0;
  for (const row of spec.rows) {
    const i = index++;
    const added = sheet.addRow(spec.columns.map((c) => cell(c.value(row, i))));
    added.eachCell((c) => {
      c.style = PLAIN;
    });
    added.commit();
  }
  sheet.commit();
  await workbook.commit();
  await done;
  return new Uint8Array(Buffer.concat(chunks));
}
