// The narrative of the yearly summary: parts I-III, each section's heading, its paragraph of
// figures and the officer's typed paragraphs (justified, first-line indent, ND 30/2020).
import type { Content } from './doc';
import { FIRST_LINE_INDENT, paragraph } from './decision-body';
import { reportParts } from './yearly-report-text';
import type { YearlyReportDocumentData } from './yearly-report-data';

/** Line spacing of the narrative (ND 30/2020 allows single to 1.5 lines). */
export const BODY_LINE_HEIGHT = 1.1;

const heading = (text: string, top: number): Content => ({
  text,
  bold: true,
  leadingIndent: FIRST_LINE_INDENT,
  margin: [0, top, 0, 6],
  lineHeight: BODY_LINE_HEIGHT,
  // A heading never ends a page alone: pdfmake moves it with the next paragraph.
  headlineLevel: 1,
});

export function reportBody(d: YearlyReportDocumentData): Content[] {
  const out: Content[] = [];
  for (const part of reportParts(d)) {
    out.push(heading(part.heading, 8));
    for (const section of part.sections) {
      if (section.heading !== null) out.push(heading(section.heading, 2));
      for (const p of section.paragraphs) out.push(paragraph(p, { lineHeight: BODY_LINE_HEIGHT }));
    }
  }
  return out;
}
