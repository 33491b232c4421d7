// The top of page 1 (ND 30/2020 Phụ lục I, ô 1-5): issuing body and number on the left, Quốc hiệu,
// Tiêu ngữ and place-date on the right, then the document kind, the subject and the authority.
import type { DecisionDocumentData } from '../../../shared/domain/decision-document';
import { NO_BORDERS } from './layout-nodes';
import type { Content, ContentNode } from './doc';
import { QUOC_HIEU, TIEU_NGU, authorityLine } from './certificate-text';
import * as t from './decision-text';

/** Header column widths in points; the right one takes the rest of the 165 mm text width. */
export const HEADER_LEFT_WIDTH = 185;

export const HEADER_FONT = { body: 13, quocHieu: 12, tieuNgu: 13 } as const;

/** Width of the Tiêu ngữ at 13 pt bold in Tinos: its rule is exactly as long (ND 30/2020). */
export const TIEU_NGU_WIDTH = 159.14;

/**
 * Width of an upper-case bold line, estimated from Times metrics (letters about 0.7 em, spaces
 * 0.25 em): the builder is pure and does not load fonts, and the rule under the ward name only
 * needs to be 1/3 to 1/2 of it.
 */
export function estimateCapsWidth(text: string, fontSize: number): number {
  const spaces = (text.match(/ /g) ?? []).length;
  return fontSize * (0.7 * (text.length - spaces) + 0.25 * spaces);
}

/** A centred horizontal rule of `length` points, `gap` points below the previous line. */
export const centredRule = (length: number, gap = 2.5): ContentNode => ({
  canvas: [{ type: 'line', x1: 0, y1: 0, x2: length, y2: 0, lineWidth: 0.6 }],
  alignment: 'center',
  margin: [0, gap, 0, 0],
});

/** The three variable lines of the header: ward (upper case), number line, place-date line. */
export interface HeaderLines {
  ward: string;
  number: string;
  placeDate: string;
}

function leftColumn(h: HeaderLines): Content {
  const ruleLength = Math.round(estimateCapsWidth(h.ward, HEADER_FONT.body) * 0.4);
  return {
    stack: [
      { text: 'ỦY BAN NHÂN DÂN', fontSize: HEADER_FONT.body },
      { text: h.ward, fontSize: HEADER_FONT.body, bold: true },
      centredRule(ruleLength),
      { text: h.number, fontSize: HEADER_FONT.body, margin: [0, 6, 0, 0] },
    ],
    alignment: 'center',
  };
}

function rightColumn(h: HeaderLines): Content {
  return {
    stack: [
      { text: QUOC_HIEU, fontSize: HEADER_FONT.quocHieu, bold: true, margin: [0, 1, 0, 0] },
      { text: TIEU_NGU, fontSize: HEADER_FONT.tieuNgu, bold: true },
      centredRule(TIEU_NGU_WIDTH),
      { text: h.placeDate, fontSize: HEADER_FONT.tieuNgu, italics: true, margin: [0, 6, 0, 0] },
    ],
    alignment: 'center',
  };
}

/** The two-column header of any document of the ward's People's Committee (decision, report). */
export function documentHeaderTable(h: HeaderLines): Content {
  return {
    table: { widths: [HEADER_LEFT_WIDTH, '*'], body: [[leftColumn(h), rightColumn(h)]] },
    layout: NO_BORDERS,
  };
}

/** The two-column header without borders. */
export function headerTable(d: DecisionDocumentData): Content {
  return documentHeaderTable({ ward: t.wardLine(d), number: t.numberLine(d), placeDate: t.placeDateLine(d) });
}

/** "QUYẾT ĐỊNH", the subject with its short rule, and the signing authority. */
export function titleBlock(d: DecisionDocumentData): Content[] {
  return [
    { text: 'QUYẾT ĐỊNH', bold: true, alignment: 'center', margin: [0, 18, 0, 0] },
    { text: t.subjectLine(d), bold: true, alignment: 'center', margin: [20, 0, 20, 0] },
    centredRule(90, 3),
    { text: authorityLine(d.wardName), bold: true, alignment: 'center', margin: [0, 14, 0, 8] },
  ];
}
