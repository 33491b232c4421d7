import { PDFDocument } from 'pdf-lib';
import type { Db } from '../../db/types';
import type { ServiceDeps } from '../audit-trail';
import type { StatisticsService, YearRange } from './types';
import {
  countedColumn,
  rangeText,
  yearOfRow,
  yearsOf,
  type CellRecords,
} from '../../db/repos/statistics/common';
import { movementRecords, movementsTable } from '../../db/repos/statistics/movements';
import { awardRecords, awardsTable } from '../../db/repos/statistics/awards';
import { awardMethodRecords, awardMethodsTable } from '../../db/repos/statistics/award-methods';
import { moneyRecords, moneyTable } from '../../db/repos/statistics/money';
import { modelRecords, modelsByStage, modelsTable } from '../../db/repos/statistics/models';
import {
  unitReportRecords,
  unitReportStatusOfYear,
  unitReportsTable,
  type YearDeadline,
} from '../../db/repos/statistics/unit-reports';
import { awardsByYear, directShareByYear } from '../../db/repos/statistics/charts';
import { statTablesWorkbook, STAT_TOTAL_LABEL } from '../../excel/stat-tables';
import { buildStatisticsDocument, statisticsFileName } from '../../pdf/statistics-report';
import { renderPdf } from '../../pdf/render';
import { deadlineInYear } from '../../../../shared/rules/deadlines';
import { todayIso } from '../../../../shared/rules/dates';
import type { PdfFile } from '../../../../shared/schemas/documents';
import { DEFAULT_SETTINGS } from '../../../../shared/schemas/settings';
import { AppError } from '../../../../shared/errors';
import {
  STAT_TABLE_IDS,
  TOTAL_ROW,
  type StatTable,
  type StatTableId,
} from '../../../../shared/domain/statistics';

const NO_CELL = 'Không tìm thấy ô này trong bảng thống kê; vui lòng tính lại bảng rồi thử lại.';

/** "năm 2026" → "Năm 2026"; "Từ năm 2021 đến năm 2026". */
export const rangeHeading = (r: YearRange): string =>
  r.fromYear === r.toYear ? `Năm ${r.fromYear}` : `Từ năm ${r.fromYear} đến năm ${r.toYear}`;

export interface StatisticsDeps extends ServiceDeps {
  /** resources/fonts (Tinos) for the PDF; render.ts finds them beside the sources when left out. */
  fontsDir?: string;
}

/**
 * The statistics of a year or a range (definitions in electron/core/db/repos/statistics/): every
 * table is one query, recomputed on each call; the records behind a cell come from the same
 * conditions, so they always add up to it.
 */
export function createStatisticsService(deps: StatisticsDeps): StatisticsService {
  const db: Db = deps.db;

  /** Each year's unit report deadline (settings.unitReportDeadline in that year). */
  const deadlines = (range: YearRange): YearDeadline[] => {
    const setting = deps.settings.get().unitReportDeadline;
    return yearsOf(range).map((year) => ({
      year,
      deadline: deadlineInYear(year, setting) ?? deadlineInYear(year, DEFAULT_SETTINGS.unitReportDeadline)!,
    }));
  };

  const builders: Record<StatTableId, (range: YearRange) => StatTable> = {
    movements: (r) => movementsTable(db, r),
    awards: (r) => awardsTable(db, r),
    awardMethods: (r) => awardMethodsTable(db, r),
    money: (r) => moneyTable(db, r),
    models: (r) => modelsTable(db, r),
    unitReports: (r) => unitReportsTable(db, deadlines(r)),
  };

  /** The records of a cell; `year` is the row's year in the year-row tables (null elsewhere and for the total). */
  const recordsOf = (
    id: StatTableId,
    range: YearRange,
    row: string | null,
    year: number | null,
    column: string,
  ): CellRecords => {
    switch (id) {
      case 'movements':
        return movementRecords(db, range, row, column);
      case 'awards':
        return awardRecords(db, range, row, column);
      case 'awardMethods':
        return awardMethodRecords(db, range, row, column);
      case 'money':
        return moneyRecords(db, range, year, column);
      case 'models':
        return modelRecords(db, range, row, column);
      case 'unitReports':
        return unitReportRecords(
          db,
          deadlines(year === null ? range : { fromYear: year, toYear: year }),
          column,
        );
    }
  };

  const tables = (range: YearRange): StatTable[] => STAT_TABLE_IDS.map((id) => builders[id](range));

  const charts = (range: YearRange) => {
    const today = todayIso(deps.clock.now());
    const last = deadlines({ fromYear: range.toYear, toYear: range.toYear })[0]!;
    return {
      fromYear: range.fromYear,
      toYear: range.toYear,
      awardsByYear: awardsByYear(db, range),
      directShareByYear: directShareByYear(db, range),
      modelsByStage: modelsByStage(db, range),
      reportStatus: { year: range.toYear, ...unitReportStatusOfYear(db, last, today) },
    };
  };

  return {
    tables(range) {
      return { fromYear: range.fromYear, toYear: range.toYear, tables: tables(range) };
    },

    records(cell) {
      const range = { fromYear: cell.fromYear, toYear: cell.toYear };
      const table = builders[cell.table](range);
      const column = countedColumn(table.columns, cell.column);
      const row = cell.row === TOTAL_ROW ? null : table.rows.find((r) => r.key === cell.row);
      if (!column || row === undefined) throw new AppError('NOT_FOUND', NO_CELL);
      const year = row === null ? null : yearOfRow(range, row.key);
      const found = recordsOf(cell.table, range, row?.key ?? null, year, column.key);
      const head = row === null ? STAT_TOTAL_LABEL : year === null ? row.label : null;
      const where = year === null ? rangeText(range) : `năm ${year}`;
      return {
        title: `${[head, column.label].filter((s) => s !== null).join(' — ')}, ${where}`,
        value: found.value,
        count: found.count,
        records: found.records,
        truncated: found.count > found.records.length,
      };
    },

    charts,

    async pdf(range): Promise<PdfFile> {
      const { wardName, placeName } = deps.settings.get();
      const statistics = { fromYear: range.fromYear, toYear: range.toYear, tables: tables(range) };
      const doc = buildStatisticsDocument({
        wardName,
        placeName,
        madeOn: todayIso(deps.clock.now()),
        statistics,
        charts: charts(range),
      });
      const bytes = await renderPdf(doc, { fontsDir: deps.fontsDir, wardName });
      const pageCount = (await PDFDocument.load(bytes)).getPageCount();
      return { base64: bytes.toString('base64'), pageCount, fileName: statisticsFileName(range) };
    },

    async workbook(range) {
      const ward = deps.settings.get().wardName;
      const years =
        range.fromYear === range.toYear ? `${range.fromYear}` : `${range.fromYear}-${range.toYear}`;
      const bytes = await statTablesWorkbook(tables(range), {
        title: `Thống kê thi đua, khen thưởng ${rangeText(range)}`,
        heading: [`UBND ${ward.toLocaleUpperCase('vi')}`, rangeHeading(range)],
      });
      return { suggestedName: `Thong-ke-${years}.xlsx`, bytes };
    },
  };
}
