// The body of the decision: căn cứ, "QUYẾT ĐỊNH:", the articles, then Nơi nhận beside the signature.
import type { DecisionDocumentData } from '../../../shared/domain/decision-document';
import { NO_BORDERS } from './layout-nodes';
import { mm, type Content } from './doc';
import * as t from './decision-text';

/** First-line indent of body paragraphs (ND 30/2020: 1 to 1.27 cm). */
export const FIRST_LINE_INDENT = mm(10);

/** Blank between the signer's title and name, for the signature and the seal. */
export const SIGNATURE_SPACE = mm(35);

/** A no-break space before " - " so a justified line never starts with the dash ("Văn hóa - Xã hội"). */
const keepDash = (s: string): string => s.replace(/ - /g, '\u00A0- ');

/** A justified body paragraph with the first-line indent. */
export const paragraph = (text: string | Content[], extra: Record<string, unknown> = {}): Content => ({
  text: typeof text === 'string' ? keepDash(text) : text,
  alignment: 'justify',
  leadingIndent: FIRST_LINE_INDENT,
  margin: [0, 0, 0, 6],
  ...extra,
});

export function legalBases(d: DecisionDocumentData): Content[] {
  return t.legalBasisLines(d.legalBases).map((line) => paragraph(line, { italics: true }));
}

export function articlesBlock(d: DecisionDocumentData): Content[] {
  const out: Content[] = [{ text: 'QUYẾT ĐỊNH:', bold: true, alignment: 'center', margin: [0, 6, 0, 10] }];
  for (const article of t.articles(d)) {
    const [first = '', ...rest] = article.paragraphs;
    out.push(paragraph([{ text: `Điều ${article.number}. `, bold: true }, keepDash(first)]));
    for (const p of rest) out.push(paragraph(p));
  }
  return out;
}

function recipientsColumn(recipients: readonly string[]): Content {
  return {
    stack: [
      { text: 'Nơi nhận:', fontSize: 12, bold: true, italics: true },
      ...recipients.map((line) => ({ text: line, fontSize: 11 })),
    ],
    margin: [0, 2, 0, 0],
  };
}

function signerColumn(titleLines: readonly string[], name: string): Content {
  return {
    stack: [
      { text: titleLines.join('\n'), bold: true },
      { text: name || ' ', bold: true, margin: [0, SIGNATURE_SPACE, 0, 0] },
    ],
    alignment: 'center',
  };
}

/** Nơi nhận (left) and a signature block (right), kept together on one page. */
export function signatureBlock(
  recipients: readonly string[],
  titleLines: readonly string[],
  name: string,
): Content {
  return {
    table: {
      widths: ['*', 250],
      dontBreakRows: true,
      body: [[recipientsColumn(recipients), signerColumn(titleLines, name)]],
    },
    layout: NO_BORDERS,
    margin: [0, 8, 0, 0],
  };
}

/** The decision's Nơi nhận and signature. */
export function signatureTable(d: DecisionDocumentData): Content {
  return signatureBlock(t.recipientsList(t.articles(d).length), t.signerTitleLines(d), t.signerName(d));
}
