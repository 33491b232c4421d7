import ExcelJS from 'exceljs';
import type { Db } from '../../../db/types';
import type { ExportFile } from '../../registry-export';
import { addStatTableSheet } from '../../../excel/stat-tables';
import { safeText } from '../../../excel/safe-text';
import { listWardPackagePayloads } from '../../../db/repos/reports/ward-packages';
import { styleHeader } from './workbook';
import { tableSheetName, totalsFileName, WARDS_HEADER, WARDS_SHEET } from './layout';
import { sumStatTables } from '../../../../../shared/rules/statistics';
import { formatDate, todayIso } from '../../../../../shared/rules/dates';
import { STAT_TABLE_IDS } from '../../../../../shared/domain/statistics';
import { packageTablesSchema } from '../../../../../shared/schemas/city-package';
import { AppError } from '../../../../../shared/errors';
import type { CityTotals, ImportedPackage } from '../../../../../shared/schemas/reports';

/**
 * The city's totals of a year: for each table id, the tables of every package (in the list's
 * order) added cell by cell with sumStatTables. Tables are read back from the stored JSON twins,
 * checked when imported and checked again here, so a row edited by hand cannot add up wrongly.
 */
export function cityTotals(db: Db, year: number, packages: ImportedPackage[]): CityTotals {
  const payloads = new Map(listWardPackagePayloads(db, year).map((p) => [p.id, p.payloadJson]));
  const tablesOf = packages.map((p) => {
    const stored = JSON.parse(payloads.get(p.id) ?? '{}') as { tables?: unknown };
    const parsed = packageTablesSchema.safeParse(stored.tables);
    if (!parsed.success)
      throw new AppError(
        'CONFLICT',
        `Gói báo cáo của ${p.wardName} đã lưu bị hỏng; hãy xóa và nhập lại gói này.`,
      );
    return parsed.data;
  });
  const tables = STAT_TABLE_IDS.flatMap((id) => {
    const same = tablesOf.flatMap((ts) => ts.filter((t) => t.id === id));
    return same.length > 0 ? [sumStatTables(same)] : [];
  });
  return { year, packages, tables };
}

function addWardsSheet(workbook: ExcelJS.Workbook, totals: CityTotals, today: string): void {
  const sheet = workbook.addWorksheet(WARDS_SHEET, { views: [{ state: 'frozen', ySplit: 4 }] });
  sheet.columns = [{ width: 7 }, { width: 32 }, { width: 20 }, { width: 14 }, { width: 14 }, { width: 18 }];
  sheet.addRow([`Tổng hợp báo cáo thi đua, khen thưởng năm ${totals.year}`]).getCell(1).font = {
    bold: true,
    size: 14,
  };
  sheet.addRow([`Gồm ${totals.packages.length} phường; lập ngày ${formatDate(today)}.`]);
  sheet.addRow([]);
  styleHeader(sheet.addRow([...WARDS_HEADER]));
  totals.packages.forEach((p, i) => {
    sheet.addRow([
      i + 1,
      safeText(p.wardName),
      safeText(p.city),
      formatDate(todayIso(new Date(p.generatedAt))),
      p.awardCount,
      p.money,
    ]);
  });
  const sum = (pick: (p: ImportedPackage) => number) => totals.packages.reduce((s, p) => s + pick(p), 0);
  const total = sheet.addRow([null, 'Cộng', null, null, sum((p) => p.awardCount), sum((p) => p.money)]);
  total.font = { bold: true };
  sheet.getColumn(6).numFmt = '#,##0';
}

/** "Tong-hop-TDKT-2026.xlsx": the wards included, then one sheet per summed table. */
export async function totalsWorkbook(totals: CityTotals, now: Date): Promise<ExportFile> {
  if (totals.packages.length === 0)
    throw new AppError('NOT_FOUND', `Chưa nhập gói báo cáo nào của năm ${totals.year} để tổng hợp.`);
  const workbook = new ExcelJS.Workbook();
  workbook.title = `Tổng hợp báo cáo thi đua, khen thưởng năm ${totals.year}`;
  addWardsSheet(workbook, totals, todayIso(now));
  const heading = [`Tổng hợp ${totals.packages.length} phường`, `Năm ${totals.year}`];
  for (const table of totals.tables)
    addStatTableSheet(workbook, table, { sheetName: tableSheetName(table.id), heading });
  const buffer = await workbook.xlsx.writeBuffer();
  return { suggestedName: totalsFileName(totals.year), bytes: new Uint8Array(buffer as ArrayBuffer) };
}
