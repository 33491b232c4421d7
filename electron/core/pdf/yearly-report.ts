// Báo cáo tổng kết công tác thi đua, khen thưởng năm N, laid out per ND 30/2020 Phụ lục I like the
// decision (same margins, header, 14 pt Tinos, page numbers from page 2, "DỰ THẢO" on a draft): a
// pure function from the report's data to a pdfmake document; render.ts turns it into bytes.
import { mm, pageDimensions, type Content, type DocDefinition } from './doc';
import { BODY_FONT_SIZE, DECISION_MARGINS_MM, DRAFT_MARK, pageDecorations } from './decision';
import { reportHeader } from './yearly-report-header';
import { reportBody } from './yearly-report-body';
import { reportSignature } from './yearly-report-signature';
import { reportAppendix } from './yearly-report-appendix';
import { numberLine, subtitleLine } from './yearly-report-text';
import type { YearlyReportDocumentData } from './yearly-report-data';

const M = DECISION_MARGINS_MM;

/** Text widths in points of an A4 page between the left and right margins. */
export const TEXT_WIDTHS = {
  portrait: mm(210 - M.left - M.right),
  landscape: mm(297 - M.left - M.right),
} as const;

interface NodeInfo {
  headlineLevel?: number;
}
interface NodeQueries {
  getFollowingNodesOnPage(): unknown[];
}

/** The document definition plus pdfmake's page-break hook (kept out of the shared DocDefinition type). */
export type ReportDocDefinition = DocDefinition & {
  pageBreakBefore: (node: NodeInfo, queries: NodeQueries) => boolean;
};

/** A heading left last on its page moves to the next page with the text it introduces. */
const keepHeadingsWithText = (node: NodeInfo, queries: NodeQueries): boolean =>
  node.headlineLevel === 1 && queries.getFollowingNodesOnPage().length === 0;

export function buildYearlyReportDocument(data: YearlyReportDocumentData): ReportDocDefinition {
  const content: Content[] = [
    ...reportHeader(data),
    ...reportBody(data),
    reportSignature(data),
    ...reportAppendix(data, TEXT_WIDTHS),
  ];
  return {
    pageSize: pageDimensions('A4', 'portrait'),
    pageMargins: [mm(M.left), mm(M.top), mm(M.right), mm(M.bottom)],
    info: {
      title: `Báo cáo ${numberLine(data).replace(/\s+/g, ' ')}${data.draft ? ` (${DRAFT_MARK.toLowerCase()})` : ''}`,
      subject: subtitleLine(data.year),
    },
    defaultStyle: { fontSize: BODY_FONT_SIZE, lineHeight: 1 },
    background: pageDecorations(data.draft),
    pageBreakBefore: keepHeadingsWithText,
    content,
  };
}
