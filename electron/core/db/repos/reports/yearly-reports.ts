// The ward's yearly summary (yearly_reports, migration 001): one row per year holding the number,
// the date, the officer's text per section (sections_json) and the status. The figures are never
// stored: they are computed from the data each time the report is shown or printed.
import type { Db } from '../../types';
import { prepared } from '../prepared';
import {
  SUMMARY_SECTION_KEYS,
  type SummarySectionKey,
  type YearlyReportStatus,
} from '../../../../../shared/domain/reports';

/** The audit entity (table name) of the yearly summary. */
export const YEARLY_REPORT_ENTITY = 'yearly_reports';

export type SummarySections = Record<SummarySectionKey, string>;

export interface YearlyReportRow {
  id: number;
  year: number;
  reportNumber: string | null;
  reportDate: string | null;
  sections: SummarySections;
  status: YearlyReportStatus;
  sentOn: string | null;
  updatedAt: string;
}

interface RawRow {
  id: number;
  year: number;
  report_number: string | null;
  report_date: string | null;
  sections_json: string;
  status: YearlyReportStatus;
  sent_on: string | null;
  updated_at: string;
}

/** Every section present ('' when empty); keys the app does not know (any more) are dropped. */
export function parseSections(json: string | null): SummarySections {
  let stored: unknown;
  try {
    stored = json === null ? {} : JSON.parse(json);
  } catch {
    stored = {};
  }
  const obj = typeof stored === 'object' && stored !== null ? (stored as Record<string, unknown>) : {};
  return Object.fromEntries(
    SUMMARY_SECTION_KEYS.map((k) => [k, typeof obj[k] === 'string' ? obj[k] : '']),
  ) as SummarySections;
}

export const emptySections = (): SummarySections => parseSections(null);

const toRow = (r: RawRow): YearlyReportRow => ({
  id: r.id,
  year: r.year,
  reportNumber: r.report_number,
  reportDate: r.report_date,
  sections: parseSections(r.sections_json),
  status: r.status,
  sentOn: r.sent_on,
  updatedAt: r.updated_at,
});

export function getYearlyReport(db: Db, year: number): YearlyReportRow | null {
  const r = prepared(
    db,
    `SELECT id, year, report_number, report_date, sections_json, status, sent_on, updated_at
     FROM yearly_reports WHERE year = ?`,
  ).get(year) as RawRow | undefined;
  return r === undefined ? null : toRow(r);
}

export interface YearlyReportValues {
  year: number;
  reportNumber: string | null;
  reportDate: string | null;
  sections: SummarySections;
}

/** Inserts the year's row or replaces its number, date and text (the status is left alone). */
export function upsertYearlyReport(db: Db, v: YearlyReportValues, at: string): void {
  prepared(
    db,
    `INSERT INTO yearly_reports (year, report_number, report_date, sections_json, created_at, updated_at)
     VALUES (@year, @reportNumber, @reportDate, @sections, @at, @at)
     ON CONFLICT (year) DO UPDATE SET report_number = excluded.report_number,
       report_date = excluded.report_date, sections_json = excluded.sections_json, updated_at = excluded.updated_at`,
  ).run({
    year: v.year,
    reportNumber: v.reportNumber,
    reportDate: v.reportDate,
    sections: JSON.stringify(v.sections),
    at,
  });
}

/** Marks the year's report sent on `sentOn`, or back to draft (`sentOn` null). */
export function setYearlyReportStatus(db: Db, year: number, sentOn: string | null, at: string): void {
  prepared(
    db,
    `UPDATE yearly_reports SET status = @status, sent_on = @sentOn, updated_at = @at WHERE year = @year`,
  ).run({ year, status: sentOn === null ? 'draft' : 'sent', sentOn, at });
}
