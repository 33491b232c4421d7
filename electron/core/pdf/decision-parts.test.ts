// The parts of a long decision's PDF: where a part ends, what each part holds, its page numbers,
// and the layout read back while pdfmake renders it.
import { describe, expect, it } from 'vitest';
import type { DecisionDocumentData, DecisionDocumentLine } from '../../../shared/domain/decision-document';
import { decisionParts, observeLayout } from './decision-parts';
import { decisionBody } from './decision';
import { listTitle } from './decision-list';
import type { Content, ContentNode, DocDefinition } from './doc';
import { renderPdf } from './render';
import { linesOf, pdfPages, pdfText } from './pdf-inspect';
import { DECISION, LONG_ACHIEVEMENT } from './test-fixtures';

const line = (
  recipientKind: DecisionDocumentLine['recipientKind'],
  name: string,
  achievement: string | null = null,
): DecisionDocumentLine => ({
  recipientKind,
  name,
  positionUnit: 'Tổ dân phố số 3',
  achievement,
  amount: 500_000,
});

/** 2 collectives, 3 individuals (one with a long achievement), 200 households: rows 0-2, 3-6, 7-207 with their titles. */
const DATA: DecisionDocumentData = {
  ...DECISION,
  lines: [
    line('household', 'Hộ đầu tiên'),
    line('collective', 'Chi bộ Tổ dân phố số 1'),
    line('individual', 'Nguyễn Văn An'),
    line('individual', 'Lê Thị Thu Hường', LONG_ACHIEVEMENT.slice(0, 400)),
    line('individual', 'Phạm Quốc Đạt'),
    line('collective', 'Chi bộ Tổ dân phố số 2'),
    ...Array.from({ length: 199 }, (_, i) => line('household', `Hộ số ${i + 2}`)),
  ],
};

const texts = (content: Content[]): unknown[] =>
  content.map((c) => (typeof c === 'object' && !Array.isArray(c) ? (c.text ?? (c.table ? 'table' : c)) : c));

/** The body of the list's table: the part's last table (the decision's header is one too). */
const tableBody = (doc: DocDefinition): ContentNode[][] => {
  const table = doc.content.findLast(
    (c) => typeof c === 'object' && !Array.isArray(c) && c.table,
  ) as ContentNode;
  return (table.table as { body: ContentNode[][] }).body;
};

describe('decisionParts', () => {
  const parts = decisionParts(DATA);

  it('counts the section titles and the lines as rows', () => {
    expect(parts.rowCount).toBe(3 + 205);
    expect(parts.rowsWhole).toBe(true);
  });

  it('ends a part after its budget of work, a long row weighing more, never on a section title', () => {
    expect(parts.end(0, 1)).toBe(1 + 1); // the title "I. TẬP THỂ" is followed by its first line
    expect(parts.end(0, 3)).toBe(3);
    // Rows 3-6: a title, An, Hường (400 characters: about 7 plain rows), Đạt.
    expect(parts.end(3, 3)).toBe(6);
    expect(parts.end(4, 3)).toBe(6);
    expect(parts.end(7, 1)).toBe(9);
    expect(parts.end(100, 50)).toBe(150);
    expect(parts.end(200, 50)).toBe(208);
    expect(parts.end(207, 0)).toBe(208);
  });

  it('opens the first part with the decision and the list title, and closes the last with the total and count', () => {
    const first = parts.part(0, 20, 1);
    const head = [...decisionBody(DATA), ...listTitle(DATA)];
    expect(first.content.slice(0, head.length)).toEqual(head);
    expect(texts(first.content.slice(head.length))).toEqual(['table']);
    expect(tableBody(first)).toHaveLength(1 + 20);

    const middle = parts.part(20, 60, 4);
    expect(texts(middle.content)).toEqual(['table']);
    const body = tableBody(middle);
    expect(body[0]!.map((c) => c.text)).toEqual([
      'STT',
      'Họ và tên / Tên tập thể',
      'Chức vụ, đơn vị',
      'Thành tích',
      'Số tiền (đồng)',
    ]);
    // STT runs on inside the households' section: row 20 is the 13th household.
    expect(body[1]![0]!.text).toBe('13');
    expect(body).toHaveLength(41);

    const last = parts.part(200, 208, 9);
    expect(texts(last.content)).toEqual(['table', '(Danh sách có 205 trường hợp)']);
    const rows = tableBody(last);
    expect(rows.at(-2)![0]!.text).toBe('200');
    expect(
      rows
        .at(-1)!
        .map((c) => c.text)
        .filter(Boolean),
    ).toEqual(['Tổng cộng', '102.500.000']);
  });

  it('numbers a part’s pages on from its first page, none on page 1 of the decision', () => {
    const size = { width: 595, height: 842 };
    const numberOf = (doc: DocDefinition, page: number) => {
      const nodes = typeof doc.background === 'function' ? doc.background(page, size) : null;
      return JSON.stringify(nodes).match(/"text":"(\d+)"/)?.[1] ?? null;
    };
    expect(numberOf(parts.part(0, 20, 1), 1)).toBeNull();
    expect(numberOf(parts.part(0, 20, 1), 2)).toBe('2');
    expect(numberOf(parts.part(20, 60, 4), 1)).toBe('4');
    expect(numberOf(parts.part(20, 60, 4), 3)).toBe('6');
  });
});

describe('observeLayout', () => {
  it('reads the page count and the page each row starts on from the render', async () => {
    const parts = decisionParts(DATA);
    const { doc, layout } = observeLayout(parts.part(40, 160, 7));
    const pdf = await renderPdf(doc, { wardName: DATA.wardName });
    const pages = pdfText(pdf, true).map(linesOf);
    expect(layout.pages).toBe(pdfPages(pdf));
    expect(pages.map((p) => p[0])).toEqual(Array.from({ length: pages.length }, (_, i) => String(7 + i)));
    expect([...layout.rowPages.keys()]).toEqual(Array.from({ length: 120 }, (_, i) => 40 + i));
    // Each page's first row (under the repeated header) is the first row the layout put there.
    for (let page = 1; page <= layout.pages; page++) {
      const first = [...layout.rowPages].find(([, p]) => p === page)![0];
      const stt = first - 7; // row 7 is the households' title, rows 8.. are households 1..
      expect(pages[page - 1]![3]).toMatch(new RegExp(`^${stt} Hộ số ${stt} `));
    }
  });
});
