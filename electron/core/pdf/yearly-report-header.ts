// The top of page 1 (ND 30/2020 Phụ lục I): the same two-column header as the decision, then
// "BÁO CÁO", the subject line and its short rule, and the opening sentence.
import type { Content } from './doc';
import { centredRule, documentHeaderTable } from './decision-header';
import { paragraph } from './decision-body';
import { upperVi } from './certificate-text';
import { REPORT_KIND, introLine, numberLine, placeDateLine, subtitleLine } from './yearly-report-text';
import type { YearlyReportDocumentData } from './yearly-report-data';

export function reportHeader(d: YearlyReportDocumentData): Content[] {
  return [
    documentHeaderTable({ ward: upperVi(d.wardName), number: numberLine(d), placeDate: placeDateLine(d) }),
    { text: REPORT_KIND, bold: true, alignment: 'center', margin: [0, 18, 0, 0] },
    { text: subtitleLine(d.year), bold: true, alignment: 'center', margin: [20, 0, 20, 0] },
    centredRule(90, 3),
    paragraph(introLine(d), { margin: [0, 14, 0, 6] }),
  ];
}
