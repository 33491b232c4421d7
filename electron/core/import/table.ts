import type ExcelJS from 'exceljs';
import { AppError } from '../../../shared/errors';
import { foldForMatch } from '../../../shared/rules/duplicates';
import { normalizeText } from '../../../shared/rules/text';
import { IMPORT_MAX_ROWS } from '../../../shared/schemas/registry/transfer';
import { cellText, readCell, type CellValue } from './cells';
import type { FieldKey } from './fields';
import type { HeaderInfo } from './header';

/*
 * Where the table ends. Offices' lists carry a totals row and a signature block under the table
 * ("Người lập biểu", "HIỆU TRƯỞNG", a place-date line, the signers' names), sometimes after blank
 * rows, and may have blank rows or section headings ("II. CÁ NHÂN") inside. Row by row, below the
 * header:
 *   1. a blank row (nothing but perhaps an STT number) is skipped and remembered as a gap;
 *   2. a totals row ends the table: "Tổng cộng: 8 người", "Cộng", "Tổng số: 8" in the STT or name
 *      column (or the row's first cell), the STT cell not being a number;
 *   3. a footer row ends the table: a cell holds a signing title ("Người lập biểu", "Hiệu trưởng",
 *      "KT. CHỦ TỊCH", "(Ký, ghi rõ họ tên)") or a place-date line, the STT cell is not a number,
 *      and the name cell is empty or is itself such a title (so a person whose position is
 *      "Hiệu trưởng" stays a person);
 *   4. a section heading (STT "I", "II", "A"..., or one merged cell across the row) is skipped;
 *   5. after a gap, when the last data row was numbered in the STT column and this row is not,
 *      the table has ended: the signers' names under a block of blank rows are not people;
 *   6. anything else is a data row, refused later if it does not make a valid record.
 */

export interface DataRow {
  rowNumber: number;
  /** The cell under a field's column (empty when the sheet has no such column). */
  get(field: FieldKey): CellValue;
  /** The cell in a given column. */
  at(col: number): CellValue;
}

const EMPTY: CellValue = { kind: 'empty' };
const MAX_COLUMNS = 60;

const TOTALS = /^(tổng cộng|tổng số|tổng|cộng)\s*(:|\d|\(|$)/iu;
const SIGNING_TITLES = new Set([
  'nguoi lap bieu',
  'nguoi lap',
  'nguoi lap danh sach',
  'nguoi tong hop',
  'hieu truong',
  'pho hieu truong',
  'thu truong don vi',
  'thu truong co quan',
  'thu truong',
  'chu tich',
  'pho chu tich',
  'giam doc',
  'pho giam doc',
  'truong phong',
  'truong ban',
  'bi thu',
  'to truong',
  'ke toan',
  'xac nhan',
  'noi nhan',
  'ky ghi ro ho ten',
  'ky va ghi ro ho ten',
  'ky ten dong dau',
  'ky ghi ro ho ten dong dau',
]);
/** "TM. BAN GIÁM HIỆU", "KT. CHỦ TỊCH", "T/M UBND", "Q. HIỆU TRƯỞNG", "XÁC NHẬN CỦA ...". */
const SIGNING_PREFIX = /^(tm|t m|kt|q|tl|tuq|xac nhan cua|dai dien) /;
/** "Lê Chân, ngày 20 tháng 11 năm 2026" or its blank form "ngày ... tháng ... năm ...". */
const PLACE_DATE = /^([\p{L}\d ]+ )?ngay [\d ]*thang [\d ]*nam( \d{4})?$/u;
const SECTION_STT = /^(I|II|III|IV|V|VI|VII|VIII|IX|X|A|B|C|D|Đ|E)\.?$/u;
const SECTION_TEXT = /^(I|II|III|IV|V|VI|VII|VIII|IX|X)\.\s/u;

function isFooterText(text: string): boolean {
  const key = foldForMatch(text);
  return SIGNING_TITLES.has(key) || SIGNING_PREFIX.test(key) || PLACE_DATE.test(key);
}

class SheetRow implements DataRow {
  constructor(
    readonly rowNumber: number,
    private readonly cells: CellValue[],
    private readonly byField: Partial<Record<FieldKey, number>>,
  ) {}
  at(col: number): CellValue {
    return this.cells[col] ?? EMPTY;
  }
  get(field: FieldKey): CellValue {
    const col = this.byField[field];
    return col === undefined ? EMPTY : this.at(col);
  }
  /** True when no cell holds more than whitespace, `except` (the STT column) aside. */
  isBlank(except: number | undefined): boolean {
    return this.cells.every((v, col) => col === except || /^\s*$/.test(cellText(v)));
  }
  text(col: number | undefined): string {
    return col === undefined ? '' : normalizeText(cellText(this.at(col)));
  }
}

function readRow(row: ExcelJS.Row, columns: number): CellValue[] {
  const cells: CellValue[] = [];
  for (let col = 1; col <= columns; col++) cells[col] = readCell(row.getCell(col));
  return cells;
}

/** True when every non-empty cell is the same merge spanning at least three columns. */
function isOneWideMerge(row: ExcelJS.Row, columns: number): boolean {
  let master: string | null = null;
  let spanned = 0;
  for (let col = 1; col <= columns; col++) {
    const cell = row.getCell(col);
    if (cellText(readCell(cell)).trim() === '') continue;
    if (!cell.isMerged) return false;
    const address = cell.master.address;
    if (master !== null && master !== address) return false;
    master = address;
    spanned++;
  }
  return spanned >= 3;
}

/**
 * The data rows of the table under the header, following the rule at the top of this file.
 * Refuses (AppError VALIDATION) a table of more than IMPORT_MAX_ROWS rows.
 */
export function readTable(ws: ExcelJS.Worksheet, header: HeaderInfo): DataRow[] {
  const columns = Math.min(ws.columnCount, MAX_COLUMNS);
  const sttCol = header.byField.stt;
  const nameCol = header.byField.name;
  const rows: DataRow[] = [];
  let gap = false;
  let lastNumbered = false;

  for (let r = header.dataStart; r <= ws.rowCount; r++) {
    const sheetRow = ws.findRow(r);
    if (!sheetRow || !sheetRow.hasValues) {
      gap = true;
      continue;
    }
    const row = new SheetRow(r, readRow(sheetRow, columns), header.byField);
    const stt = row.text(sttCol);
    const sttIsNumber = /^\d+\.?$/.test(stt);
    if (row.isBlank(sttIsNumber ? sttCol : undefined)) {
      gap = true;
      continue;
    }
    // Numbered rows are data; only the others need a closer look (and every cell normalised).
    if (!sttIsNumber) {
      const texts = Array.from({ length: columns }, (_, i) => row.text(i + 1));
      const first = texts.find((t) => t !== '') ?? '';
      if ([stt, row.text(nameCol), first].some((t) => TOTALS.test(t))) break;
      const name = row.text(nameCol);
      if ((name === '' || isFooterText(name)) && texts.some((t) => t !== '' && isFooterText(t))) break;
      if (SECTION_STT.test(stt) || SECTION_TEXT.test(first) || isOneWideMerge(sheetRow, columns)) continue;
      if (gap && lastNumbered && rows.length > 0) break;
    }
    gap = false;
    lastNumbered = sttIsNumber;
    rows.push(row);
    if (rows.length > IMPORT_MAX_ROWS) {
      throw new AppError(
        'VALIDATION',
        `Bảng có hơn ${IMPORT_MAX_ROWS.toLocaleString('vi-VN')} dòng dữ liệu, quá giới hạn một lần nhập. Hãy chia thành nhiều tệp.`,
      );
    }
  }
  return rows;
}
