// The chase list (danh sách đơn vị chưa nộp báo cáo): the expected units of a year without a report,
// with whom to call, as an A4 portrait page laid out like the ward's other papers (ND 30/2020
// margins, the issuing body at the top left). A pure function from data to a pdfmake document.
import { UNIT_REPORT_STATUS_LABELS } from '../../../shared/domain/reports';
import { formatDate } from '../../../shared/rules/dates';
import { normalizeText } from '../../../shared/rules/text';
import { upperVi } from './certificate-text';
import { HEADER_FONT, HEADER_LEFT_WIDTH, centredRule, estimateCapsWidth } from './decision-header';
import { mm, pageDimensions, type Content, type ContentNode, type DocDefinition } from './doc';
import { NO_BORDERS } from './layout-nodes';

export interface ChaseListRow {
  unitName: string;
  clusters: string | null;
  contactPerson: string | null;
  phone: string | null;
  status: 'pending' | 'missing';
}

export interface ChaseListData {
  /** "Phường Lê Chân". */
  wardName: string;
  year: number;
  /** ISO date of the year's deadline. */
  deadline: string;
  /** ISO date the list is made (today). */
  madeOn: string;
  /** How many units had to report (the rows are those of them without a report). */
  expected: number;
  rows: ChaseListRow[];
}

export const CHASE_HEADERS = ['STT', 'Đơn vị', 'Cụm, khối', 'Người liên hệ', 'Điện thoại', 'Tình trạng'];

/** Margins in mm, as the decision (ND 30/2020: top and bottom 20-25, left 30-35, right 15-20). */
const MARGINS_MM = { top: 20, bottom: 20, left: 30, right: 15 } as const;
const TABLE_FONT_SIZE = 11;
/** Column widths in points (the text width is 165 mm ≈ 467.7 pt); the unit's name takes the rest. */
const WIDTHS = [22, '*', 76, 78, 66, 58];

export const chaseFileName = (year: number): string => `Don-vi-chua-nop-bao-cao-${year}.pdf`;

export const chaseTitle = (year: number): string => `DANH SÁCH ĐƠN VỊ CHƯA NỘP BÁO CÁO NĂM ${year}`;

/** "Hạn nộp: 10/12/2026 — lập ngày 26/11/2026". */
export const chaseDatesLine = (d: ChaseListData): string =>
  `Hạn nộp: ${formatDate(d.deadline)} — lập ngày ${formatDate(d.madeOn)}`;

/** What the page says instead of a table when nobody is left to chase. */
export function nothingToChaseLine(d: ChaseListData): string {
  return d.expected === 0
    ? `Năm ${d.year} không có đơn vị nào phải nộp báo cáo.`
    : `Tất cả ${d.expected} đơn vị phải nộp báo cáo năm ${d.year} đều đã nộp.`;
}

/** "ỦY BAN NHÂN DÂN" / "PHƯỜNG LÊ CHÂN" with its short rule, at the top left (the right is left empty). */
function issuingBody(wardName: string): Content {
  const ward = upperVi(wardName);
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
          { text: '' },
        ],
      ],
    },
    layout: NO_BORDERS,
  };
}

const cell = (s: string | null): string => (s === null ? '' : normalizeText(s));

const gridLayout = {
  hLineWidth: () => 0.5,
  vLineWidth: () => 0.5,
  paddingLeft: () => 3,
  paddingRight: () => 3,
  paddingTop: () => 2,
  paddingBottom: () => 2,
};

/** The header row (repeated on every page), then one row per unit. */
export function chaseTableBody(rows: readonly ChaseListRow[]): ContentNode[][] {
  const header = CHASE_HEADERS.map((text) => ({ text, bold: true, alignment: 'center' }));
  return [
    header,
    ...rows.map((r, i) => [
      { text: String(i + 1), alignment: 'center' },
      { text: cell(r.unitName) },
      { text: cell(r.clusters) },
      { text: cell(r.contactPerson) },
      { text: cell(r.phone) },
      { text: UNIT_REPORT_STATUS_LABELS[r.status] },
    ]),
  ];
}

export function buildChaseListDocument(d: ChaseListData): DocDefinition {
  const m = MARGINS_MM;
  const list: Content[] =
    d.rows.length === 0
      ? [{ text: nothingToChaseLine(d), margin: [0, 6, 0, 0] }]
      : [
          {
            table: { headerRows: 1, dontBreakRows: true, widths: WIDTHS, body: chaseTableBody(d.rows) },
            layout: gridLayout,
            fontSize: TABLE_FONT_SIZE,
          },
          { text: `Tổng số: ${d.rows.length} đơn vị`, italics: true, margin: [0, 6, 0, 0] },
        ];
  return {
    pageSize: pageDimensions('A4', 'portrait'),
    pageMargins: [mm(m.left), mm(m.top), mm(m.right), mm(m.bottom)],
    info: { title: `Danh sách đơn vị chưa nộp báo cáo năm ${d.year}` },
    defaultStyle: { fontSize: 13, lineHeight: 1 },
    content: [
      issuingBody(d.wardName),
      { text: chaseTitle(d.year), bold: true, fontSize: 14, alignment: 'center', margin: [0, 18, 0, 0] },
      { text: chaseDatesLine(d), italics: true, alignment: 'center', margin: [0, 2, 0, 10] },
      ...list,
    ],
  };
}
