import ExcelJS from 'exceljs';
import { addStatTableSheet } from '../../../excel/stat-tables';
import { safeText } from '../../../excel/safe-text';
import type { ExportFile } from '../../registry-export';
import type { CityPackage } from '../../../../../shared/schemas/city-package';
import { STAT_TABLE_IDS } from '../../../../../shared/domain/statistics';
import {
  AWARD_COLUMNS,
  AWARDS_SHEET,
  INFO_HEADER,
  INFO_ROWS,
  INFO_SHEET,
  packageFileName,
  tableSheetName,
} from './layout';

const BOLD: Partial<ExcelJS.Font> = { bold: true };
const HEADER_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE9ECEF' } };
const THIN: Partial<ExcelJS.Border> = { style: 'thin', color: { argb: 'FF999999' } };

/** Text through the formula-injection guard; numbers stay numbers. */
const cellValue = (v: string | number | null): string | number | null =>
  typeof v === 'string' ? safeText(v) : v;

/** Bold, shaded, boxed header row. */
export function styleHeader(row: ExcelJS.Row): void {
  row.eachCell((c) => {
    c.font = BOLD;
    c.fill = HEADER_FILL;
    c.border = { top: THIN, bottom: THIN, left: THIN, right: THIN };
    c.alignment = { vertical: 'middle', wrapText: true };
  });
}

function addInfoSheet(workbook: ExcelJS.Workbook, pkg: CityPackage): void {
  const sheet = workbook.addWorksheet(INFO_SHEET);
  sheet.columns = [{ width: 16 }, { width: 40 }, { width: 36 }];
  styleHeader(sheet.addRow([...INFO_HEADER]));
  for (const row of INFO_ROWS) sheet.addRow([row.code, safeText(row.label), cellValue(row.value(pkg))]);
}

function addAwardsSheet(workbook: ExcelJS.Workbook, pkg: CityPackage): void {
  const sheet = workbook.addWorksheet(AWARDS_SHEET, { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = AWARD_COLUMNS.map((c) => ({ width: c.width }));
  styleHeader(sheet.addRow(AWARD_COLUMNS.map((c) => c.header)));
  const amount = AWARD_COLUMNS.findIndex((c) => c.code === 'amount') + 1;
  for (const award of pkg.awards) sheet.addRow(AWARD_COLUMNS.map((c) => cellValue(c.value(award))));
  sheet.getColumn(amount).numFmt = '#,##0';
}

/**
 * The package as an .xlsx (LAYOUT.md): "Thong tin", one sheet per statistics table, then
 * "Danh sach khen thuong".
 */
export async function packageWorkbook(pkg: CityPackage): Promise<ExportFile> {
  const workbook = new ExcelJS.Workbook();
  workbook.title = `Báo cáo thi đua, khen thưởng năm ${pkg.year} – ${pkg.ward.name}`;
  addInfoSheet(workbook, pkg);
  const heading = [`UBND ${pkg.ward.name.toLocaleUpperCase('vi')}`, `Năm ${pkg.year}`];
  for (const id of STAT_TABLE_IDS) {
    const table = pkg.tables.find((t) => t.id === id);
    if (table) addStatTableSheet(workbook, table, { sheetName: tableSheetName(id), heading });
  }
  addAwardsSheet(workbook, pkg);
  const buffer = await workbook.xlsx.writeBuffer();
  return {
    suggestedName: packageFileName(pkg.ward.name, pkg.year, 'xlsx'),
    bytes: new Uint8Array(buffer as ArrayBuffer),
  };
}
