// The statistics tables of a year or a range printed for a meeting (Thống kê → "In (PDF)"): the
// ward at the top left, the place-date line at the top right, the title and the years, then the six
// tables and their charts laid out as the yearly summary's appendix (statTablesPart), page numbers
// from page 2, no signature. A pure function from data to a pdfmake document.
import type { StatisticsCharts, StatisticsReport } from '../../../shared/domain/statistics';
import { formatPlaceDate } from '../../../shared/rules/dates';
import { upperVi } from './certificate-text';
import { BODY_FONT_SIZE, DECISION_MARGINS_MM, pageDecorations } from './decision';
import { HEADER_FONT, HEADER_LEFT_WIDTH, centredRule, estimateCapsWidth } from './decision-header';
import { mm, pageDimensions, type Content, type DocDefinition } from './doc';
import { NO_BORDERS } from './layout-nodes';
import { orientationOf, statTablesPart } from './yearly-report-appendix';
import { TEXT_WIDTHS } from './yearly-report';

export interface StatisticsDocumentData {
  /** "Phường Lê Chân". */
  wardName: string;
  /** "Lê Chân": the place of the date line. */
  placeName: string;
  /** ISO date the paper is printed (today). */
  madeOn: string;
  statistics: StatisticsReport;
  charts: StatisticsCharts;
}

export const STATISTICS_TITLE = 'SỐ LIỆU THỐNG KÊ CÔNG TÁC THI ĐUA, KHEN THƯỞNG';

/** "Năm 2026" / "Từ năm 2021 đến năm 2026". */
export const statisticsYearsLine = (s: Pick<StatisticsReport, 'fromYear' | 'toYear'>): string =>
  s.fromYear === s.toYear ? `Năm ${s.fromYear}` : `Từ năm ${s.fromYear} đến năm ${s.toYear}`;

/** "Thong-ke-2026.pdf" / "Thong-ke-2021-2026.pdf" (as the Excel export names its workbook). */
export const statisticsFileName = (s: Pick<StatisticsReport, 'fromYear' | 'toYear'>): string =>
  `Thong-ke-${s.fromYear === s.toYear ? s.fromYear : `${s.fromYear}-${s.toYear}`}.pdf`;

/** "ỦY BAN NHÂN DÂN" / "PHƯỜNG LÊ CHÂN" with its short rule on the left, the date line on the right. */
function headerTable(d: StatisticsDocumentData): Content {
  const ward = upperVi(d.wardName);
  return {
    table: {
      widths: [HEADER_LEFT_WIDTH, '*'],
      body: [
        [
          {
            stack: [
              { text: 'ỦY BAN NHÂN DÂN', fontSize: HEADER_FONT.body },
              { text: ward, fontSize: HEADER_FONT.body, bold: true },
              centredRule(Math.round(estimateCapsWidth(ward, HEADER_FONT.body) * 0.4)),
            ],
            alignment: 'center',
          },
          {
            text: formatPlaceDate(d.placeName, d.madeOn),
            fontSize: HEADER_FONT.body,
            italics: true,
            alignment: 'right',
          },
        ],
      ],
    },
    layout: NO_BORDERS,
  };
}

function heading(d: StatisticsDocumentData): Content[] {
  return [
    headerTable(d),
    { text: STATISTICS_TITLE, bold: true, alignment: 'center', margin: [0, 18, 0, 0] },
    { text: statisticsYearsLine(d.statistics), bold: true, alignment: 'center' },
    centredRule(90, 3),
  ];
}

export function buildStatisticsDocument(d: StatisticsDocumentData): DocDefinition {
  const M = DECISION_MARGINS_MM;
  // Page 1 takes the first table's orientation, so the heading stays with it.
  const first = d.statistics.tables[0];
  const startOn = first ? orientationOf(first) : 'portrait';
  return {
    pageSize: pageDimensions('A4', startOn),
    pageMargins: [mm(M.left), mm(M.top), mm(M.right), mm(M.bottom)],
    info: {
      title: `Số liệu thống kê công tác thi đua, khen thưởng ${statisticsYearsLine(d.statistics).toLocaleLowerCase('vi-VN')}`,
    },
    defaultStyle: { fontSize: BODY_FONT_SIZE, lineHeight: 1 },
    background: pageDecorations(false),
    content: statTablesPart(
      { statistics: d.statistics, charts: d.charts, heading: heading(d), startOn },
      TEXT_WIDTHS,
    ),
  };
}
