// Quyết định khen thưởng with its attached list, laid out per ND 30/2020 Phụ lục I: a pure
// function from the decision's data to a pdfmake document; render.ts turns it into bytes.
import type { DecisionDocumentData } from '../../../shared/domain/decision-document';
import { mm, pageDimensions, type Content, type DocDefinition, type PageDimensions } from './doc';
import { textAt } from './layout-nodes';
import { articlesBlock, legalBases, signatureTable } from './decision-body';
import { headerTable, titleBlock } from './decision-header';
import { listBlock } from './decision-list';
import { numberLine, subjectLine } from './decision-text';

/** Margins in mm (ND 30/2020: top and bottom 20-25, left 30-35, right 15-20). */
export const DECISION_MARGINS_MM = { top: 20, bottom: 20, left: 30, right: 15 } as const;

export const BODY_FONT_SIZE = 14;

export const DRAFT_MARK = 'DỰ THẢO';

/** Where the page number and the draft mark sit: inside the top margin, within the text width. */
const TOP_BAND_Y = mm(9);

/**
 * Drawn on every page under the content: the page number centred in the top margin from page 2 on
 * (none on page 1, ND 30/2020), and on a draft a grey "DỰ THẢO" at the top right so it is not
 * signed by mistake. A document rendered in parts numbers each part's pages from its `firstPage`.
 */
export function pageDecorations(draft: boolean, firstPage = 1) {
  return (pageInPart: number, page: PageDimensions): Content | null => {
    const currentPage = firstPage + pageInPart - 1;
    const x = mm(DECISION_MARGINS_MM.left);
    const width = page.width - x - mm(DECISION_MARGINS_MM.right);
    const nodes: Content[] = [];
    if (currentPage > 1) {
      nodes.push(textAt(x, TOP_BAND_Y, width, String(currentPage), { fontSize: 13, alignment: 'center' }));
    }
    if (draft) {
      nodes.push(
        textAt(x, TOP_BAND_Y - 1, width, DRAFT_MARK, {
          fontSize: 14,
          bold: true,
          color: '#8C8C8C',
          alignment: 'right',
        }),
      );
    }
    return nodes.length > 0 ? nodes : null;
  };
}

/** The PDF's title: "Quyết định Số: 05/QĐ-UBND", "(dự thảo)" added on a draft. */
export const decisionTitle = (data: DecisionDocumentData): string =>
  `Quyết định ${numberLine(data).replace(/\s+/g, ' ')}${data.draft ? ` (${DRAFT_MARK.toLowerCase()})` : ''}`;

/** A4 with the decision's margins, metadata and page decorations, pages numbered from `firstPage`. */
export function decisionPageSetup(data: DecisionDocumentData, firstPage = 1): Omit<DocDefinition, 'content'> {
  const m = DECISION_MARGINS_MM;
  return {
    pageSize: pageDimensions('A4', 'portrait'),
    pageMargins: [mm(m.left), mm(m.top), mm(m.right), mm(m.bottom)],
    info: { title: decisionTitle(data), subject: subjectLine(data) },
    defaultStyle: { fontSize: BODY_FONT_SIZE, lineHeight: 1 },
    background: pageDecorations(data.draft, firstPage),
  };
}

/** The decision itself, from page 1 to the signature. */
export function decisionBody(data: DecisionDocumentData): Content[] {
  return [
    headerTable(data),
    ...titleBlock(data),
    ...legalBases(data),
    ...articlesBlock(data),
    signatureTable(data),
  ];
}

/** The decision (page 1 onwards) and, from a new page, its attached list. */
export function buildDecisionDocument(data: DecisionDocumentData): DocDefinition {
  return { ...decisionPageSetup(data), content: [...decisionBody(data), ...listBlock(data)] };
}
