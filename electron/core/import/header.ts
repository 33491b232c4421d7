import type ExcelJS from 'exceljs';
import type { RegistryKind } from '../../../shared/domain/registry';
import { normalizeText } from '../../../shared/rules/text';
import { cellText, readCell } from './cells';
import { fieldForHeader, headerKey, type FieldDef, type FieldKey } from './fields';

/** Offices put issuer lines, the Quốc hiệu, a title and a "Kèm theo ..." line above the table. */
export const HEADER_SEARCH_ROWS = 30;
/** Far more than any list has; bounds the work on a sheet with stray formatting far to the right. */
const MAX_COLUMNS = 60;

export interface HeaderColumn {
  col: number;
  header: string;
  field: FieldDef;
}

export interface HeaderInfo {
  row: number;
  /** First row of data: after the header, its sub-header row and the "(1) (2) (3)" numbering row. */
  dataStart: number;
  columns: HeaderColumn[];
  byField: Partial<Record<FieldKey, number>>;
  /**
   * The classic two-level header "Năm sinh" over "Nam | Nữ": the birth date or year is written in
   * the column of the person's gender.
   */
  birthByGender: { male: number; female: number } | null;
}

function columnLimit(ws: ExcelJS.Worksheet): number {
  return Math.min(ws.columnCount, MAX_COLUMNS);
}

function textAt(ws: ExcelJS.Worksheet, row: number, col: number): string {
  return normalizeText(cellText(readCell(ws.getCell(row, col))));
}

/** True when the cell continues a merge that starts in an earlier row. */
function mergedFromAbove(ws: ExcelJS.Worksheet, row: number, col: number): boolean {
  const cell = ws.getCell(row, col);
  return cell.isMerged && Number(cell.master.row) < row;
}

function matchRow(ws: ExcelJS.Worksheet, kind: RegistryKind, row: number): HeaderColumn[] {
  const found: HeaderColumn[] = [];
  for (let col = 1; col <= columnLimit(ws); col++) {
    const header = textAt(ws, row, col);
    const def = header === '' ? null : fieldForHeader(kind, header);
    // A header merged across columns is read once, at its first column.
    if (def && !found.some((f) => f.field.key === def.key)) found.push({ col, header, field: def });
  }
  return found;
}

const NUMBERING = /^\(?\s*(\d{1,2}|[A-Z])\s*\)?$/;

/** "(1) (2) (3)" or "1 2 3" or "A B C" under the header: column numbers, not data. */
function isNumberingRow(ws: ExcelJS.Worksheet, row: number): boolean {
  const texts: string[] = [];
  for (let col = 1; col <= columnLimit(ws); col++) {
    const t = textAt(ws, row, col);
    if (t !== '') texts.push(t);
  }
  return texts.length >= 2 && texts.every((t) => NUMBERING.test(t));
}

function isGenderUnderBirth(
  ws: ExcelJS.Worksheet,
  kind: RegistryKind,
  headerRow: number,
  col: number,
  text: string,
) {
  const key = headerKey(text);
  return (key === 'nam' || key === 'nu') && fieldForHeader(kind, textAt(ws, headerRow, col))?.key === 'birth';
}

/**
 * A second header row: the name column continues the header's merge (or is empty), and every
 * other cell of its own is a header too (an alias, or "Nam"/"Nữ" under the birth column).
 */
function isSubHeaderRow(ws: ExcelJS.Worksheet, kind: RegistryKind, row: number, info: HeaderInfo): boolean {
  const nameCol = info.byField.name as number;
  const nameContinues = mergedFromAbove(ws, row, nameCol);
  if (!nameContinues && textAt(ws, row, nameCol) !== '') return false;
  let own = 0;
  for (let col = 1; col <= columnLimit(ws); col++) {
    if (mergedFromAbove(ws, row, col)) continue;
    const t = textAt(ws, row, col);
    if (t === '') continue;
    if (!isGenderUnderBirth(ws, kind, info.row, col, t) && fieldForHeader(kind, t) === null) return false;
    own++;
  }
  return nameContinues || own > 0;
}

function addSubHeader(ws: ExcelJS.Worksheet, kind: RegistryKind, row: number, info: HeaderInfo): void {
  const genderCols: { male?: number; female?: number } = {};
  for (let col = 1; col <= columnLimit(ws); col++) {
    if (mergedFromAbove(ws, row, col)) continue;
    const header = textAt(ws, row, col);
    if (header === '') continue;
    if (isGenderUnderBirth(ws, kind, info.row, col, header)) {
      genderCols[headerKey(header) === 'nam' ? 'male' : 'female'] = col;
      continue;
    }
    const def = fieldForHeader(kind, header);
    if (def && info.byField[def.key] === undefined) {
      info.columns.push({ col, header, field: def });
      info.byField[def.key] = col;
    }
  }
  if (genderCols.male !== undefined && genderCols.female !== undefined) {
    info.birthByGender = { male: genderCols.male, female: genderCols.female };
  }
}

/**
 * Finds the table's header in the first rows of the sheet: the first row that names the main
 * column (e.g. "Họ và tên") and at least one other known column; failing that, the first row that
 * names the main column alone. Null when no row does.
 */
export function findHeader(ws: ExcelJS.Worksheet, kind: RegistryKind): HeaderInfo | null {
  const last = Math.min(ws.rowCount, HEADER_SEARCH_ROWS);
  let chosen: { row: number; columns: HeaderColumn[] } | null = null;
  for (let row = 1; row <= last; row++) {
    const columns = matchRow(ws, kind, row);
    if (!columns.some((c) => c.field.key === 'name')) continue;
    if (columns.length >= 2) {
      chosen = { row, columns };
      break;
    }
    chosen ??= { row, columns };
  }
  if (!chosen) return null;

  const info: HeaderInfo = {
    row: chosen.row,
    dataStart: chosen.row + 1,
    columns: chosen.columns,
    byField: Object.fromEntries(chosen.columns.map((c) => [c.field.key, c.col])),
    birthByGender: null,
  };
  // At most a sub-header row and a numbering row, in either order.
  for (let step = 0; step < 2; step++) {
    const row = info.dataStart;
    if (isNumberingRow(ws, row)) info.dataStart++;
    else if (isSubHeaderRow(ws, kind, row, info)) {
      addSubHeader(ws, kind, row, info);
      info.dataStart++;
    } else break;
  }
  return info;
}
