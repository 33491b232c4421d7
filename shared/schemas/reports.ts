import { z } from 'zod';
import { id, isoDate, optionalLongText, optionalText, uploadedFile } from './common';
import { requiredText } from './fields';
import { deliverySchema } from './documents';
import { STAT_TABLE_IDS, type StatTable } from '../domain/statistics';
import {
  SUMMARY_SECTION_KEYS,
  type SummarySectionKey,
  type UnitReportStatus,
  type YearlyReportStatus,
} from '../domain/reports';

/** A calendar year of the reports (2000-2100). */
export const reportYear = z
  .number({ error: 'Năm phải là một số.' })
  .int('Năm phải là số nguyên.')
  .min(2000, 'Năm phải từ 2000 đến 2100.')
  .max(2100, 'Năm phải từ 2000 đến 2100.');

export const byYear = z.object({ year: reportYear }).strict();

/** A report PDF of a year, saved (`save`) or handed to the computer's PDF viewer to print (`open`). */
export const yearDeliverySchema = z.object({ year: reportYear, delivery: deliverySchema }).strict();

// The two rules of a year range, said on the last year's field (schemas cannot be extended once refined).
const inOrder = (r: { fromYear: number; toYear: number }) => r.fromYear <= r.toYear;
const IN_ORDER = { message: 'Năm bắt đầu không được sau năm kết thúc.', path: ['toYear'] };
const withinSpan = (r: { fromYear: number; toYear: number }) => r.toYear - r.fromYear < 30;
const WITHIN_SPAN = { message: 'Chỉ thống kê tối đa 30 năm một lần.', path: ['toYear'] };

/** One year or a range of years, at most 30 years, the first not after the last. */
export const yearRangeSchema = z
  .object({ fromYear: reportYear, toYear: reportYear })
  .strict()
  .refine(inOrder, IN_ORDER)
  .refine(withinSpan, WITHIN_SPAN);

/** The statistics PDF of a year or a range, saved (`save`) or handed to the PDF viewer to print (`open`). */
export const yearRangeDeliverySchema = z
  .object({ fromYear: reportYear, toYear: reportYear, delivery: deliverySchema })
  .strict()
  .refine(inOrder, IN_ORDER)
  .refine(withinSpan, WITHIN_SPAN);

// ---- Statistics -------------------------------------------------------------------------------

export const statCellSchema = z
  .object({
    fromYear: reportYear,
    toYear: reportYear,
    table: z.enum(STAT_TABLE_IDS, { error: 'Bảng thống kê không hợp lệ.' }),
    /** A row key of the table, or TOTAL_ROW for the total row. */
    row: z.string().min(1).max(200),
    column: z.string().min(1).max(100),
  })
  .strict()
  .refine(inOrder, IN_ORDER);

// ---- Unit reports -----------------------------------------------------------------------------

export const unitReportKey = z.object({ unitId: id, year: reportYear }).strict();

/** Records (or corrects) a unit's report: the day it was received, a note, optionally its file. */
export const unitReportRecordSchema = z
  .object({
    unitId: id,
    year: reportYear,
    receivedOn: isoDate('Ngày nhận báo cáo'),
    note: optionalLongText('Ghi chú', 1000).optional().default(null),
    /** A new file replaces the attached one; left out keeps it. */
    file: uploadedFile.optional(),
  })
  .strict();

export interface UnitReportRecord {
  id: number;
  receivedOn: string;
  /** Received on or before the year's deadline (settings). */
  onTime: boolean;
  note: string | null;
  attachment: { id: number; fileName: string; sizeBytes: number } | null;
  updatedAt: string;
}

export interface UnitReportRow {
  unitId: number;
  unitName: string;
  /** Cụm/khối thi đua of the unit in the year, names joined by ", " (null when none). */
  clusters: string | null;
  contactPerson: string | null;
  phone: string | null;
  /** Must report this year (active, taking part in a movement of the year); others appear only with a report. */
  expected: boolean;
  report: UnitReportRecord | null;
  status: UnitReportStatus;
}

export interface UnitReportsOverview {
  year: number;
  /** ISO date of the year's deadline (settings.unitReportDeadline in that year). */
  deadline: string;
  /** Rows in Vietnamese unit-name order. */
  rows: UnitReportRow[];
  /** Over the expected units only. */
  counts: { expected: number; onTime: number; late: number; pending: number; missing: number };
}

/** The most units recorded in one call (a ward has a few hundred). */
export const RECORD_MANY_MAX = 2000;

/**
 * Records the reports of several units received the same day (no file: files stay per unit).
 * Units that already have a report of the year are refused, never overwritten.
 */
export const unitReportRecordManySchema = z
  .object({
    year: reportYear,
    unitIds: z
      .array(id)
      .min(1, 'Chưa chọn đơn vị nào để ghi nhận.')
      .max(RECORD_MANY_MAX, 'Mỗi lần ghi nhận tối đa 2.000 đơn vị.')
      .refine(
        (ids) => new Set(ids).size === ids.length,
        'Danh sách có đơn vị bị chọn trùng; mỗi đơn vị chỉ chọn một lần.',
      ),
    receivedOn: isoDate('Ngày nhận báo cáo'),
    note: optionalLongText('Ghi chú', 1000).optional().default(null),
  })
  .strict();

export interface UnitReportsRecorded {
  recorded: number;
  /** The given units' rows after the change, in Vietnamese unit-name order. */
  rows: UnitReportRow[];
}

// ---- The ward's yearly summary ----------------------------------------------------------------

const sectionText = (label: string) => optionalLongText(label, 20000).transform((s) => s ?? '');

export const yearlyReportSaveSchema = z
  .object({
    year: reportYear,
    /** The number part of "Số: 12/BC-UBND" (digits, may stay empty until it is issued). */
    reportNumber: optionalText('Số báo cáo', 20).refine(
      (s) => s === null || /^[0-9]{1,6}$/.test(s),
      'Số báo cáo chỉ gồm chữ số (ví dụ 12).',
    ),
    reportDate: isoDate('Ngày báo cáo').nullable(),
    sections: z
      .object(
        Object.fromEntries(SUMMARY_SECTION_KEYS.map((k) => [k, sectionText('Nội dung')])) as Record<
          SummarySectionKey,
          ReturnType<typeof sectionText>
        >,
      )
      .partial()
      .strict(),
  })
  .strict();

export const yearlyReportSentSchema = z.object({ year: reportYear, sentOn: isoDate('Ngày gửi') }).strict();
export const yearlyReportReopenSchema = z
  .object({ year: reportYear, reason: requiredText('Lý do mở lại', 500) })
  .strict();

export interface YearlyReport {
  year: number;
  /** False until the first save: the screen shows the empty form with the figures. */
  saved: boolean;
  reportNumber: string | null;
  reportDate: string | null;
  /** Typed text per section ('' when empty). */
  sections: Record<SummarySectionKey, string>;
  /** The app's paragraphs of figures for the movements, models and awards sections. */
  generated: Partial<Record<SummarySectionKey, string>>;
  status: YearlyReportStatus;
  sentOn: string | null;
  updatedAt: string | null;
  /** ISO date the ward reports to the city that year (settings.wardReportDeadline, 15/12). */
  deadline: string;
}

// ---- City package -----------------------------------------------------------------------------

export const packageImportSchema = z
  .object({
    file: uploadedFile,
    /** Replace an already imported package of the same ward and year. */
    replace: z.boolean().optional().default(false),
  })
  .strict();

export interface ImportedPackage {
  id: number;
  wardName: string;
  city: string;
  year: number;
  schemaVersion: number;
  generatedAt: string;
  importedAt: string;
  awardCount: number;
  money: number;
}

export interface CityTotals {
  year: number;
  packages: ImportedPackage[];
  /** The statistics tables of every imported package of the year, cell by cell summed. */
  tables: StatTable[];
}
