import { beforeAll, describe, expect, it } from 'vitest';
import { buildCertificatePages, fullPageGeometry } from './certificate-full';
import { createTextMeasurer, renderPdf } from './render';
import { linesOf, pdfFonts, pdfPages, pdfText, pdfWords, type Word } from './pdf-inspect';
import { FIXTURES, LONG_ACHIEVEMENT } from './test-fixtures';
import type { Box } from './layout-nodes';

const geometry = fullPageGeometry();
let pdf: Buffer;
let pages: string[][];
let words: Word[];

beforeAll(async () => {
  pdf = await renderPdf(buildCertificatePages(FIXTURES, undefined, createTextMeasurer()), {
    wardName: 'Phường Lê Chân',
  });
  pages = pdfText(pdf).map(linesOf);
  words = pdfWords(pdf);
});

const inside = (w: Word, b: Box, tolerance = 0.5) =>
  w.xMin >= b.x - tolerance &&
  w.xMax <= b.x + b.width + tolerance &&
  w.yMin >= b.y - tolerance &&
  w.yMax <= b.y + b.height + tolerance;

const HEADER = [
  'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
  'Độc lập - Tự do - Hạnh phúc',
  'CHỦ TỊCH ỦY BAN NHÂN DÂN PHƯỜNG LÊ CHÂN',
  'TẶNG',
  'GIẤY KHEN',
];

describe('full-page Giấy khen', () => {
  it('has one page per certificate, in list order', () => {
    expect(pdfPages(pdf)).toBe(3);
    expect(pages[0]).toContain('Ông: NGUYỄN VĂN A');
    expect(pages[1]).toContain('Bà: LÊ THỊ THU HƯỜNG');
    expect(pages[2]).toContain('CHI HỘI PHỤ NỮ TỔ DÂN PHỐ SỐ 7');
  });

  it('prints the header lines in order, top of every page', () => {
    for (const page of pages) expect(page.slice(0, 5)).toEqual(HEADER);
  });

  it('prints recipient, position, decision, register, place-date and signer lines exactly', () => {
    expect(pages[0]).toEqual([
      ...HEADER,
      'Ông: NGUYỄN VĂN A',
      'Chức vụ, đơn vị: Tổ trưởng Tổ dân phố số 3',
      'Đã có thành tích xuất sắc trong công tác dân vận năm 2026',
      'Lê Chân, ngày 05 tháng 7 năm 2026',
      'KT. CHỦ TỊCH',
      'PHÓ CHỦ TỊCH',
      'Quyết định số 05/QĐ-UBND ngày 05/7/2026',
      'Số sổ vàng: 12',
      'Trần Thị Hương',
    ]);
    expect(pages[2]).toContain('Đã có thành tích hoàn thành xuất sắc nhiệm vụ năm 2026');
    expect(pages[2]).toContain('CHỦ TỊCH');
    expect(pages[2]).not.toContain('KT. CHỦ TỊCH');
    expect(pages[2]).not.toContain('PHÓ CHỦ TỊCH');
    expect(pages[2]!.some((l) => l.startsWith('Ông') || l.startsWith('Bà') || l.startsWith('Chức vụ'))).toBe(
      false,
    );
    expect(pages[2]).toContain('Số sổ vàng: 14');
    expect(pages[2]).toContain('Phạm Quốc Đạt');
  });

  it('keeps the diacritics in NFC', () => {
    const all = pdfText(pdf).join('');
    expect(all).toBe(all.normalize('NFC'));
    const layout = pdfText(pdf, true)[1]!;
    expect(layout).toMatch(/Bà: LÊ THỊ THU HƯỜNG/);
    expect(layout).toMatch(/Lê Chân, ngày 05 tháng 7 năm 2026/);
  });

  it('embeds Tinos and no other font', () => {
    const fonts = pdfFonts(pdf);
    expect(fonts.length).toBeGreaterThanOrEqual(3); // regular, bold, italic at least
    for (const f of fonts) {
      expect(f.name).toMatch(/^[A-Z]{6}\+Tinos/);
      expect(f.embedded).toBe(true);
    }
  });

  it('keeps every word inside the inner frame', () => {
    const outside = words.filter((w) => !inside(w, geometry.frame));
    expect(outside).toEqual([]);
  });

  it('shrinks the long achievement into its box: every word kept, none outside', () => {
    const box = geometry.achievement;
    const page2 = words.filter((w) => w.page === 2);
    const first = page2.findIndex((w) => w.text === 'Đã');
    const inBox = page2.filter((w) => w.yMin >= box.y - 2 && w.yMax <= box.y + box.height + 2);
    expect(first).toBeGreaterThanOrEqual(0);
    for (const w of inBox) expect(inside(w, box)).toBe(true);
    expect(inBox.map((w) => w.text).join(' ')).toBe(LONG_ACHIEVEMENT.replace(/\s+/g, ' '));
    // Shrunk, not kept at the starting size: its words are smaller than the short text's on page 1.
    const height = (w: Word) => w.yMax - w.yMin;
    const shortWord = words.find((w) => w.page === 1 && w.text === 'thành')!;
    expect(height(inBox[0]!)).toBeLessThan(height(shortWord));
  });
});
