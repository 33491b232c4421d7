import type { z } from 'zod';
import type {
  StatCellRecords,
  StatisticsCharts,
  StatisticsReport,
} from '../../../../shared/domain/statistics';
import type {
  CityTotals,
  ImportedPackage,
  UnitReportRow,
  UnitReportsOverview,
  UnitReportsRecorded,
  YearlyReport,
  packageImportSchema,
  statCellSchema,
  unitReportRecordManySchema,
  unitReportRecordSchema,
  yearlyReportSaveSchema,
} from '../../../../shared/schemas/reports';
import type { PdfFile } from '../../../../shared/schemas/documents';
import type { OpenEvidenceResult } from '../../../../shared/schemas/exemplars';
import type { ExportFile } from '../registry-export';
import type { FileDialogs } from '../../files/dialogs';

export interface YearRange {
  fromYear: number;
  toYear: number;
}

/** The statistics tables, the records behind a cell and the charts (electron/core/db/repos/statistics/). */
export interface StatisticsService {
  tables(range: YearRange): StatisticsReport;
  records(cell: z.output<typeof statCellSchema>): StatCellRecords;
  charts(range: YearRange): StatisticsCharts;
  /** "Thong-ke-2026.xlsx" / "Thong-ke-2021-2026.xlsx": one sheet per table. */
  workbook(range: YearRange): Promise<ExportFile>;
  /** The six tables and their charts as a PDF to print ("Thong-ke-2026.pdf" / "Thong-ke-2021-2026.pdf"). */
  pdf(range: YearRange): Promise<PdfFile>;
}

/** The units' yearly reports (received date, file, on time against settings.unitReportDeadline). */
export interface UnitReportsService {
  list(year: number): UnitReportsOverview;
  record(input: z.output<typeof unitReportRecordSchema>): UnitReportRow;
  /** Several units' reports received the same day, in one transaction; CONFLICT if one is already recorded. */
  recordMany(input: z.output<typeof unitReportRecordManySchema>): UnitReportsRecorded;
  remove(unitId: number, year: number): UnitReportRow;
  removeFile(unitId: number, year: number): UnitReportRow;
  openFile(unitId: number, year: number, dialogs: FileDialogs): Promise<OpenEvidenceResult>;
  /** The chase list of the year's missing (or still pending) units as a PDF. */
  chasePdf(year: number): Promise<PdfFile>;
}

/** The ward's yearly summary: the typed narrative per year, its status, its PDF and workbook. */
export interface YearlyReportService {
  get(year: number): YearlyReport;
  save(input: z.output<typeof yearlyReportSaveSchema>): YearlyReport;
  markSent(year: number, sentOn: string): YearlyReport;
  reopen(year: number, reason: string): YearlyReport;
  pdf(year: number): Promise<PdfFile>;
  workbook(year: number): Promise<ExportFile>;
}

/** The package for the city and the city-level sum of imported packages. */
export interface CityPackageService {
  workbook(year: number): Promise<ExportFile>;
  json(year: number): ExportFile;
  import(input: z.output<typeof packageImportSchema>): ImportedPackage;
  list(year: number): ImportedPackage[];
  remove(id: number): { id: number };
  totals(year: number): CityTotals;
  totalsWorkbook(year: number): Promise<ExportFile>;
}
