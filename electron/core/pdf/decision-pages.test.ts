// The decision PDF over several pages: page count, page numbers, the repeated header row, the
// margins, and every Vietnamese tone read back from the list.
import { beforeAll, describe, expect, it } from 'vitest';
import type { DecisionDocumentData } from '../../../shared/domain/decision-document';
import { buildDecisionDocument } from './decision';
import { mm } from './doc';
import { renderPdf } from './render';
import { linesOf, pdfPages, pdfText, pdfWords, type Word } from './pdf-inspect';
import { DRAFT_TITLE, TONE_DECISION, TONE_NAMES, decisionWithLines } from './test-fixtures';

interface Rendered {
  pdf: Buffer;
  pages: number;
  words: Word[];
}

const render = async (d: DecisionDocumentData): Promise<Rendered> => {
  const pdf = await renderPdf(buildDecisionDocument(d), { wardName: d.wardName });
  return { pdf, pages: pdfPages(pdf), words: pdfWords(pdf) };
};

const TEXT = { left: mm(30), right: mm(210 - 15), top: mm(20), bottom: mm(297 - 20) };
const TOLERANCE = 0.5;

/** Words in the top margin of a page: the page number and the draft mark live there, nothing else. */
const topBand = (r: Rendered, page: number) => r.words.filter((w) => w.page === page && w.yMax < TEXT.top);

let short: Rendered;
let long: Rendered;
let tones: Rendered;
let draft: Rendered;

beforeAll(async () => {
  [short, long, tones, draft] = await Promise.all([
    render(decisionWithLines(3)),
    render(decisionWithLines(120)),
    render(TONE_DECISION),
    render(DRAFT_TITLE),
  ]);
});

describe('decision PDF pages', () => {
  it('fits the decision on page 1 and a list of 3 lines on page 2', () => {
    expect(short.pages).toBe(2);
    const lines = pdfText(short.pdf).map(linesOf);
    expect(lines[0]).toContain('- Lưu: VT, VHXH.');
    expect(lines[0]!.slice(-2)).toEqual(['CHỦ TỊCH', 'Phạm Quốc Đạt']);
    expect(lines[1]).toContain('DANH SÁCH');
    expect(lines[1]).toContain('(Danh sách có 3 trường hợp)');
  });

  it('runs a list of 120 lines over several pages, every line and the total present', () => {
    expect(long.pages).toBeGreaterThanOrEqual(6);
    const text = pdfText(long.pdf).map(linesOf).flat().join('\n');
    for (let i = 1; i <= 120; i++) expect(text).toContain(`Nhung ${i}`);
    expect(long.words.filter((w) => w.text === '760.000')).toHaveLength(120);
    expect(long.words.some((w) => w.text === '91.200.000' && w.page === long.pages)).toBe(true);
    expect(text).toContain('(Danh sách có 120 trường hợp)');
  });

  it('numbers pages 2 onwards centred in the top margin, page 1 not at all', () => {
    for (const r of [short, long, tones]) {
      expect(topBand(r, 1)).toEqual([]);
      for (let p = 2; p <= r.pages; p++) {
        const band = topBand(r, p);
        expect(band.map((w) => w.text)).toEqual([String(p)]);
        const centre = (band[0]!.xMin + band[0]!.xMax) / 2;
        expect(Math.abs(centre - (TEXT.left + TEXT.right) / 2)).toBeLessThan(1);
      }
    }
  });

  it('repeats the table header row at the top of every list page', () => {
    for (let p = 2; p <= long.pages; p++) {
      const page = long.words.filter((w) => w.page === p && w.yMin >= TEXT.top);
      const stt = page.filter((w) => w.text === 'STT');
      expect(stt).toHaveLength(1);
      // The header row is the table's first row: "STT" sits above every numbered line of the page.
      const numbers = page.filter((w) => /^\d+$/.test(w.text) && w.xMax < TEXT.left + 30);
      expect(numbers.length).toBeGreaterThan(0);
      for (const n of numbers) expect(n.yMin).toBeGreaterThan(stt[0]!.yMax);
      const headerRow = page.filter((w) => Math.abs(w.yMin - stt[0]!.yMin) < 1).map((w) => w.text);
      for (const h of ['Họ', 'Chức', 'Thành', 'Số']) expect(headerRow).toContain(h);
    }
    // STT runs 1..120 in the single section, each number once, in the first column.
    const stts = long.words
      .filter((w) => w.page >= 2 && /^\d+$/.test(w.text) && w.xMax < TEXT.left + 30)
      .sort((a, b) => a.page - b.page || a.yMin - b.yMin);
    expect(stts.map((w) => Number(w.text))).toEqual(Array.from({ length: 120 }, (_, i) => i + 1));
  });

  it('keeps every word inside the margins; only page numbers and the draft mark sit in the top margin', () => {
    for (const r of [short, long, tones, draft]) {
      const outside = r.words.filter(
        (w) =>
          w.xMin < TEXT.left - TOLERANCE ||
          w.xMax > TEXT.right + TOLERANCE ||
          w.yMin < 0 ||
          w.yMax > TEXT.bottom + TOLERANCE,
      );
      expect(outside).toEqual([]);
      const inTopMargin = r.words.filter((w) => w.yMin < TEXT.top - TOLERANCE);
      for (const w of inTopMargin) expect(w.text).toMatch(/^(\d+|DỰ|THẢO)$/);
    }
  });

  it('reads back every vowel with every tone, lower and upper case, in NFC', () => {
    const listWords = tones.words.filter((w) => w.page >= 2).map((w) => w.text);
    const all = listWords.join(' ');
    expect(all).toBe(all.normalize('NFC'));
    for (const name of [...TONE_NAMES.lower, ...TONE_NAMES.upper]) {
      for (const syllable of name.normalize('NFC').split(' ')) expect(listWords).toContain(syllable);
    }
    // Each individual's name appears three times (name, position and achievement columns).
    for (const name of TONE_NAMES.lower) {
      const syllable = name.normalize('NFC').split(' ')[3]!;
      expect(listWords.filter((w) => w === syllable)).toHaveLength(3);
    }
    const text = pdfText(tones.pdf).map(linesOf).flat();
    expect(text).toContain('I. TẬP THỂ');
    expect(text).toContain('II. CÁ NHÂN');
    expect(text).toContain('(Danh sách có 24 trường hợp)');
  });
});
