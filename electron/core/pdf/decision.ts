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
 * signed by mistake.
 */
export function pageDecorations(draft: boolean) {
  return (currentPage: number, page: PageDimensions): Content | null => {
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

/** The decision (page 1 onwards) and, from a new page, its attached list. */
export function buildDecisionDocument(data: DecisionDocumentData): DocDefinition {
  const m = DECISION_MARGINS_MM;
  return {
    pageSize: pageDimensions('A4', 'portrait'),
    pageMargins: [mm(m.left), mm(m.top), mm(m.right), mm(m.bottom)],
    info: {
      title: `Quyết định ${numberLine(data).replace(/\s+/g, ' ')}${data.draft ? ` (${DRAFT_MARK.toLowerCase()})` : ''}`,
      subject: subjectLine(data),
    },
    defaultStyle: { fontSize: BODY_FONT_SIZE, lineHeight: 1 },
    background: pageDecorations(data.draft),
    content: [
      headerTable(data),
      ...titleBlock(data),
      ...legalBases(data),
      ...articlesBlock(data),
      signatureTable(data),
      ...listBlock(data),
    ],
  };
}
