// The wording of the ward's yearly summary (báo cáo tổng kết công tác thi đua, khen thưởng): pure
// string functions, so the layout files only place text and the wording is testable alone.
import {
  REPORT_NUMBER_SUFFIX,
  SUMMARY_PARTS,
  sectionTitle,
  type SummarySectionKey,
} from '../../../shared/domain/reports';
import { formatDecisionNumber } from '../../../shared/rules/decision-number';
import { formatDate, formatPlaceDate } from '../../../shared/rules/dates';
import { normalizeMultiline, normalizeText } from '../../../shared/rules/text';
import { generatedParagraphs } from '../../../shared/rules/report-paragraphs';
import { upperVi } from './certificate-text';
import { roman } from './decision-text';
import type { YearlyReportDocumentData } from './yearly-report-data';

/** Blank space left for the number and the date before they are issued, filled in by hand. */
const BLANK = '\u00A0'.repeat(6);

/** "12/BC-UBND" (numbers below 10 with a leading zero, ND 30/2020), null when not issued yet. */
export function reportNumberText(reportNumber: string | null): string | null {
  const digits = reportNumber === null ? '' : normalizeText(reportNumber);
  return /^\d+$/.test(digits) && Number(digits) > 0
    ? formatDecisionNumber(Number(digits), REPORT_NUMBER_SUFFIX)
    : null;
}

/** "Số: 12/BC-UBND", or "Số:      /BC-UBND" before the number is issued. */
export function numberLine(d: Pick<YearlyReportDocumentData, 'reportNumber'>): string {
  const text = reportNumberText(d.reportNumber);
  return text === null ? `Số:${BLANK}/${REPORT_NUMBER_SUFFIX}` : `Số: ${text}`;
}

/** "Lê Chân, ngày 12 tháng 12 năm 2026", or "Lê Chân, ngày      tháng      năm 2026" undated. */
export function placeDateLine(
  d: Pick<YearlyReportDocumentData, 'placeName' | 'reportDate' | 'year'>,
): string {
  if (d.reportDate !== null) return formatPlaceDate(d.placeName, d.reportDate);
  const place = normalizeText(d.placeName);
  const blank = `ngày${BLANK}tháng${BLANK}năm ${d.year}`;
  return place === '' ? `N${blank.slice(1)}` : `${place}, ${blank}`;
}

export const REPORT_KIND = 'BÁO CÁO';

/** "Tổng kết công tác thi đua, khen thưởng năm 2026". */
export const subtitleLine = (year: number): string => `Tổng kết công tác thi đua, khen thưởng năm ${year}`;

/** The opening sentence before part I. */
export const introLine = (d: Pick<YearlyReportDocumentData, 'wardName' | 'year'>): string =>
  `Ủy ban nhân dân ${lowerKind(d.wardName)} báo cáo kết quả công tác thi đua, khen thưởng năm ${d.year} ` +
  `và phương hướng, nhiệm vụ năm ${d.year + 1} như sau:`;

/** "phường Lê Chân" inside a sentence. */
function lowerKind(wardName: string): string {
  const w = normalizeText(wardName);
  return w.charAt(0).toLocaleLowerCase('vi-VN') + w.slice(1);
}

/** "CÁC BIỂU THỐNG KÊ KÈM THEO BÁO CÁO SỐ 12/BC-UBND NGÀY 12/12/2026" (blanks before they are issued). */
export function appendixLine(
  d: Pick<YearlyReportDocumentData, 'reportNumber' | 'reportDate' | 'year'>,
): string {
  const number = reportNumberText(d.reportNumber) ?? `${BLANK}/${REPORT_NUMBER_SUFFIX}`;
  const date = d.reportDate === null ? `${BLANK}/${BLANK}/${d.year}` : formatDate(d.reportDate);
  return `CÁC BIỂU THỐNG KÊ KÈM THEO BÁO CÁO SỐ ${number} NGÀY ${date}`;
}

/** A section as printed: its numbered heading (none for the plans) and its paragraphs. */
export interface PrintedSection {
  key: SummarySectionKey;
  heading: string | null;
  paragraphs: string[];
}

export interface PrintedPart {
  heading: string;
  sections: PrintedSection[];
}

/** Non-empty lines of a text, each one paragraph. */
const paragraphsOf = (text: string | undefined): string[] =>
  normalizeMultiline(text ?? '')
    .split('\n')
    .filter((l) => l !== '');

/**
 * What the body prints, part by part: each section's generated paragraph (movements, models,
 * awards) then the typed text. A section with neither is left out and the numbering closes up (the
 * screen warns about empty sections instead), and a part left with no section is left out too, the
 * parts renumbered: the paper never shows "(chưa có nội dung)" or a gap in the numbering.
 */
export function reportParts(
  d: Pick<YearlyReportDocumentData, 'year' | 'sections' | 'statistics'>,
): PrintedPart[] {
  const generated = generatedParagraphs(d.year, d.statistics);
  const parts: PrintedPart[] = [];
  for (const part of SUMMARY_PARTS) {
    const filled = part.keys
      .map((key) => ({
        key,
        paragraphs: [...paragraphsOf(generated[key]), ...paragraphsOf(d.sections[key])],
      }))
      .filter((s) => s.paragraphs.length > 0);
    if (filled.length === 0) continue;
    parts.push({
      heading: `${roman(parts.length + 1)}. ${upperVi(part.title(d.year))}`,
      sections: filled.map((s, i) => ({
        ...s,
        heading: part.numbered ? `${i + 1}. ${sectionTitle(s.key, d.year)}` : null,
      })),
    });
  }
  return parts;
}

/** Nơi nhận of the yearly summary, the archive line last (ND 30/2020). */
export const RECIPIENTS = [
  '- Ban Thi đua - Khen thưởng thành phố;',
  '- Thường trực Đảng ủy, HĐND phường;',
  '- Chủ tịch, các Phó Chủ tịch UBND phường;',
  '- Lưu: VT, VHXH.',
] as const;

/** Signed for the People's Committee: "TM. ỦY BAN NHÂN DÂN", then "CHỦ TỊCH" or "KT. CHỦ TỊCH" / "PHÓ CHỦ TỊCH". */
export function signerTitleLines(signer: YearlyReportDocumentData['signer']): string[] {
  return signer?.kind === 'vice'
    ? ['TM. ỦY BAN NHÂN DÂN', 'KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH']
    : ['TM. ỦY BAN NHÂN DÂN', 'CHỦ TỊCH'];
}

export const signerName = (signer: YearlyReportDocumentData['signer']): string =>
  signer === null ? '' : normalizeText(signer.name);

/** "Bao-cao-tong-ket-TDKT-2026.pdf" / ".xlsx". */
export const yearlyReportFileName = (year: number, ext: 'pdf' | 'xlsx'): string =>
  `Bao-cao-tong-ket-TDKT-${year}.${ext}`;
