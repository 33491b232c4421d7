import { PDFDocument } from 'pdf-lib';
import { auditedWriter, sameFields, type ServiceDeps } from '../audit-trail';
import type { StatisticsService, YearlyReportService } from './types';
import {
  YEARLY_REPORT_ENTITY,
  emptySections,
  getYearlyReport,
  setYearlyReportStatus,
  upsertYearlyReport,
  type SummarySections,
  type YearlyReportRow,
} from '../../db/repos/reports/yearly-reports';
import { buildYearlyReportDocument } from '../../pdf/yearly-report';
import type { YearlyReportDocumentData } from '../../pdf/yearly-report-data';
import { reportNumberText, yearlyReportFileName } from '../../pdf/yearly-report-text';
import { renderPdf } from '../../pdf/render';
import { upperVi } from '../../pdf/certificate-text';
import { statTablesWorkbook } from '../../excel/stat-tables';
import { AppError } from '../../../../shared/errors';
import { formatDate, todayIso } from '../../../../shared/rules/dates';
import { normalizeText } from '../../../../shared/rules/text';
import { generatedParagraphs } from '../../../../shared/rules/report-paragraphs';
import { REPORT_NUMBER_SUFFIX, SUMMARY_SECTION_KEYS } from '../../../../shared/domain/reports';
import { DEFAULT_SETTINGS, type Settings } from '../../../../shared/schemas/settings';
import { deadlineInYear } from '../../../../shared/rules/deadlines';
import type { YearlyReport } from '../../../../shared/schemas/reports';

export interface YearlyReportDeps extends ServiceDeps {
  /** The statistics of the year (tables and charts), computed afresh for each preview and export. */
  statistics: () => Pick<StatisticsService, 'tables' | 'charts'>;
  /** resources/fonts (Tinos) for the PDF. */
  fontsDir: string;
}

function refused(field: string, message: string): never {
  throw new AppError('VALIDATION', message, { fields: { [field]: message } });
}

const yearRange = (year: number) => ({ fromYear: year, toYear: year });

/** "a, b và c". */
const joinVi = (parts: string[]): string =>
  parts.length <= 1 ? parts.join('') : `${parts.slice(0, -1).join(', ')} và ${parts[parts.length - 1]}`;

/**
 * What the audit row records: number and date, and of the sections only those that differ from
 * `other` (all filled ones when there is no other), so a long text is not copied into every row.
 */
function auditFields(
  r: Omit<YearlyReportRow, 'id' | 'status' | 'sentOn' | 'updatedAt'>,
  other: SummarySections | null,
) {
  const sections = Object.fromEntries(
    SUMMARY_SECTION_KEYS.filter((k) =>
      other === null ? r.sections[k] !== '' : r.sections[k] !== other[k],
    ).map((k) => [k, r.sections[k]]),
  );
  return { reportNumber: r.reportNumber, reportDate: r.reportDate, sections };
}

/** Who signs: the chairman when named, else the first named vice chairman (KT.), else nobody yet. */
export function reportSigner(s: Settings): YearlyReportDocumentData['signer'] {
  if (normalizeText(s.chairman.name) !== '') return { kind: 'chairman', name: s.chairman.name };
  const vice = s.viceChairmen.find((v) => normalizeText(v.name) !== '');
  return vice ? { kind: 'vice', name: vice.name } : null;
}

/**
 * The ward's yearly summary: the officer's text per section, kept per year; the figures (the
 * generated paragraphs, the tables and charts of the appendix) are computed from the data on every
 * call and never stored. Once marked sent to the city the text is read-only until reopened with a
 * reason; every change is one transaction with its audit row.
 */
export function createYearlyReportService(deps: YearlyReportDeps): YearlyReportService {
  const { db, clock, settings, fontsDir } = deps;
  const write = auditedWriter(deps, YEARLY_REPORT_ENTITY);

  const toReport = (year: number, row: YearlyReportRow | null): YearlyReport => ({
    year,
    saved: row !== null,
    reportNumber: row?.reportNumber ?? null,
    reportDate: row?.reportDate ?? null,
    sections: row?.sections ?? emptySections(),
    generated: generatedParagraphs(year, deps.statistics().tables(yearRange(year))),
    status: row?.status ?? 'draft',
    sentOn: row?.sentOn ?? null,
    updatedAt: row?.updatedAt ?? null,
    deadline:
      deadlineInYear(year, settings.get().wardReportDeadline) ??
      deadlineInYear(year, DEFAULT_SETTINGS.wardReportDeadline)!,
  });

  const get = (year: number): YearlyReport => toReport(year, getYearlyReport(db, year));

  const requireSent = (year: number): YearlyReportRow => {
    const row = getYearlyReport(db, year);
    if (row === null || row.status !== 'sent')
      throw new AppError('CONFLICT', `Báo cáo năm ${year} đang soạn (chưa gửi), không cần mở lại.`);
    return row;
  };

  const documentData = (year: number): YearlyReportDocumentData => {
    const row = getYearlyReport(db, year);
    const s = settings.get();
    const stats = deps.statistics();
    return {
      year,
      wardName: s.wardName,
      placeName: s.placeName,
      reportNumber: row?.reportNumber ?? null,
      reportDate: row?.reportDate ?? null,
      sections: row?.sections ?? emptySections(),
      statistics: stats.tables(yearRange(year)),
      charts: stats.charts(yearRange(year)),
      signer: reportSigner(s),
      draft: row?.status !== 'sent',
    };
  };

  return {
    get,

    save(input) {
      const { year } = input;
      const before = getYearlyReport(db, year);
      if (before?.status === 'sent')
        throw new AppError(
          'CONFLICT',
          `Báo cáo năm ${year} đã gửi thành phố ngày ${formatDate(before.sentOn!)}; mở lại để sửa.`,
        );
      const next = {
        year,
        reportNumber: input.reportNumber,
        reportDate: input.reportDate,
        // Sections left out of the input keep their stored text.
        sections: { ...(before?.sections ?? emptySections()), ...input.sections },
      };
      if (before !== null && sameFields(auditFields(before, null), auditFields(next, null)))
        return toReport(year, before);
      write((at) => {
        upsertYearlyReport(db, next, at);
        const id = getYearlyReport(db, year)!.id;
        return {
          result: null,
          audit:
            before === null
              ? { entityId: id, action: 'create', after: auditFields(next, null) }
              : {
                  entityId: id,
                  action: 'update',
                  before: auditFields(before, next.sections),
                  after: auditFields(next, before.sections),
                },
        };
      });
      return get(year);
    },

    markSent(year, sentOn) {
      const row = getYearlyReport(db, year);
      if (row?.status === 'sent')
        throw new AppError(
          'CONFLICT',
          `Báo cáo năm ${year} đã được đánh dấu gửi thành phố ngày ${formatDate(row.sentOn!)}.`,
        );
      const missing: Record<string, string> = {};
      if (!row?.reportNumber) missing['reportNumber'] = 'số báo cáo';
      if (!row?.reportDate) missing['reportDate'] = 'ngày báo cáo';
      if (row === null || Object.keys(missing).length > 0) {
        const problems = [
          ...(row === null ? [`báo cáo năm ${year} chưa được lưu`] : []),
          `còn thiếu ${joinVi(Object.values(missing))}`,
        ];
        throw new AppError('VALIDATION', `Chưa đánh dấu đã gửi được: ${problems.join('; ')}.`, {
          fields: Object.fromEntries(
            Object.entries(missing).map(([k, what]) => [k, `Vui lòng nhập ${what}.`]),
          ),
        });
      }
      const today = todayIso(clock.now());
      if (sentOn > today) refused('sentOn', `Ngày gửi không được sau hôm nay (${formatDate(today)}).`);
      if (sentOn < row.reportDate!)
        refused('sentOn', `Ngày gửi không được trước ngày báo cáo (${formatDate(row.reportDate!)}).`);
      write((at) => {
        setYearlyReportStatus(db, year, sentOn, at);
        return {
          result: null,
          audit: {
            entityId: row.id,
            action: 'update',
            before: { status: row.status, sentOn: row.sentOn },
            after: { status: 'sent', sentOn },
            note: 'Đánh dấu đã gửi báo cáo cho thành phố',
          },
        };
      });
      return get(year);
    },

    reopen(year, reason) {
      const row = requireSent(year);
      const why = normalizeText(reason);
      if (why === '') refused('reason', 'Vui lòng nhập lý do mở lại báo cáo.');
      write((at) => {
        setYearlyReportStatus(db, year, null, at);
        return {
          result: null,
          audit: {
            entityId: row.id,
            action: 'update',
            before: { status: 'sent', sentOn: row.sentOn },
            after: { status: 'draft', sentOn: null },
            note: `Mở lại báo cáo: ${why}`,
          },
        };
      });
      return get(year);
    },

    async pdf(year) {
      const bytes = await renderPdf(buildYearlyReportDocument(documentData(year)), {
        fontsDir,
        wardName: settings.get().wardName,
      });
      const pageCount = (await PDFDocument.load(bytes)).getPageCount();
      return { base64: bytes.toString('base64'), pageCount, fileName: yearlyReportFileName(year, 'pdf') };
    },

    async workbook(year) {
      const row = getYearlyReport(db, year);
      const s = settings.get();
      const number = reportNumberText(row?.reportNumber ?? null) ?? `.../${REPORT_NUMBER_SUFFIX}`;
      const date = row?.reportDate ? formatDate(row.reportDate) : '...';
      const bytes = await statTablesWorkbook(deps.statistics().tables(yearRange(year)).tables, {
        title: `Báo cáo tổng kết công tác thi đua, khen thưởng năm ${year}`,
        heading: [`UBND ${upperVi(s.wardName)}`, `Kèm theo Báo cáo số ${number} ngày ${date}`],
      });
      return { suggestedName: yearlyReportFileName(year, 'xlsx'), bytes };
    },
  };
}
