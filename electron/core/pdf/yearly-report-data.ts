import type { StatisticsCharts, StatisticsReport } from '../../../shared/domain/statistics';
import type { SummarySectionKey } from '../../../shared/domain/reports';
import type { SignerKind } from '../../../shared/domain/decisions';

/**
 * Everything the yearly summary PDF prints; plain data so the builder needs no database. The
 * paragraphs of figures are written by the builder from `statistics`, so text and tables agree.
 */
export interface YearlyReportDocumentData {
  year: number;
  /** "Phường Lê Chân". */
  wardName: string;
  /** "Lê Chân": the place of the place-date line. */
  placeName: string;
  /** Digits ("12"); null prints "Số:      /BC-UBND". */
  reportNumber: string | null;
  /** ISO date; null prints "ngày      tháng      năm 2026". */
  reportDate: string | null;
  /** The officer's text per section ('' when empty). */
  sections: Record<SummarySectionKey, string>;
  /** The year's statistics tables (fromYear = toYear = year), attached as the appendix. */
  statistics: StatisticsReport;
  charts: StatisticsCharts;
  /** Who signs for the People's Committee; null leaves the name blank under "CHỦ TỊCH". */
  signer: { kind: SignerKind; name: string } | null;
  /** Not yet sent to the city: the PDF says "DỰ THẢO". */
  draft: boolean;
}
