// The statistics PDF (Thống kê → "In (PDF)") read back with poppler, built from the statistics
// fixture ward (electron/core/db/repos/statistics/fixture.ts, clock 26/11/2026): the ward and date
// lines, the title and years, the six tables in order, a known total, landscape pages for the wide
// tables, the charts, page numbers, the fonts.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PDFDocument } from 'pdf-lib';
import { startTestCore, type TestCore } from '../testing/core';
import { statisticsWard } from '../db/repos/statistics/fixture';
import { linesOf, pdfFonts, pdfInfo, pdfPages, pdfText } from './pdf-inspect';
import { STATISTICS_TITLE, statisticsFileName, statisticsYearsLine } from './statistics-report';

interface Rendered {
  fileName: string;
  pageCount: number;
  pdf: Buffer;
  pages: string[][];
  all: string[];
  landscape: boolean[];
}

let t: TestCore;
let one: Rendered;
let range: Rendered;

async function render(fromYear: number, toYear: number): Promise<Rendered> {
  const file = await t.call('statistics.pdfPreview', { fromYear, toYear });
  const pdf = Buffer.from(file.base64, 'base64');
  const pages = pdfText(pdf, true).map(linesOf);
  const landscape = (await PDFDocument.load(pdf)).getPages().map((p) => p.getWidth() > p.getHeight());
  return { fileName: file.fileName, pageCount: file.pageCount, pdf, pages, all: pages.flat(), landscape };
}

beforeAll(async () => {
  t = startTestCore();
  await statisticsWard(t);
  [one, range] = await Promise.all([render(2026, 2026), render(2025, 2026)]);
});
afterAll(() => t.close());

/** The 1-based page whose text includes a line starting with `start`. */
const pageOf = (r: Rendered, start: string): number =>
  r.pages.findIndex((p) => p.some((l) => l.startsWith(start))) + 1;

const HEADINGS = ['Biểu số 1', 'Biểu số 2', 'Biểu số 3', 'Biểu số 4', 'Biểu số 5', 'Biểu số 6'];

describe('statistics PDF of one year', () => {
  it('is named after the year and starts with the ward, the date, the title and the year', () => {
    expect(one.fileName).toBe('Thong-ke-2026.pdf');
    const first = one.pages[0]!;
    // The ward on the left and the date on the right share the header's first line.
    expect(first[0]).toBe('ỦY BAN NHÂN DÂN Lê Chân, ngày 26 tháng 11 năm 2026');
    expect(first[1]).toBe('PHƯỜNG LÊ CHÂN');
    expect(first).toContain(STATISTICS_TITLE);
    expect(first[first.indexOf(STATISTICS_TITLE) + 1]).toBe('Năm 2026');
    // No signature block.
    expect(one.all.some((l) => /CHỦ TỊCH|Nơi nhận/.test(l))).toBe(false);
  });

  it('prints the six tables in order, the first on page 1, with their titles and totals', () => {
    const order = HEADINGS.map((h) => one.all.findIndex((l) => l === h));
    expect(order.every((i) => i >= 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
    expect(pageOf(one, 'Biểu số 1')).toBe(1);
    expect(one.all).toContain('TIỀN THƯỞNG ĐÃ CHI');
    // The money table of 2026: 11 paid lines, 5.580.000 + 8.860.000 + 1.140.000 = 15.580.000 đ.
    expect(one.all).toContain('Tổng cộng 11 5.580.000 8.860.000 1.140.000 15.580.000');
  });

  it('puts the wide award tables on landscape pages, the others on portrait ones', () => {
    expect(one.landscape[pageOf(one, 'Biểu số 2') - 1]).toBe(true);
    expect(one.landscape[pageOf(one, 'Biểu số 3') - 1]).toBe(true);
    expect(one.landscape[pageOf(one, 'Biểu số 1') - 1]).toBe(false);
    expect(one.landscape[pageOf(one, 'Biểu số 4') - 1]).toBe(false);
    expect(one.landscape[pageOf(one, 'Biểu số 6') - 1]).toBe(false);
  });

  it('draws the charts of the year, numbers the pages from page 2 and embeds the fonts', () => {
    expect(one.all).toContain(
      'Biểu đồ 1. Số lượt khen thưởng theo danh hiệu, hình thức khen thưởng năm 2026',
    );
    expect(one.all).toContain('Biểu đồ 3. Tình hình nộp báo cáo tổng kết của các đơn vị năm 2026');
    expect(one.pageCount).toBe(pdfPages(one.pdf));
    expect(one.pageCount).toBeGreaterThanOrEqual(4);
    expect(one.pageCount).toBeLessThanOrEqual(6);
    expect(one.pages[0]).not.toContain('1');
    expect(one.pages[1]![0]).toBe('2');
    const fonts = pdfFonts(one.pdf);
    expect(fonts.length).toBeGreaterThan(0);
    expect(fonts.every((f) => f.embedded)).toBe(true);
    expect(pdfInfo(one.pdf)).toMatch(/Author:\s+UBND Phường Lê Chân/);
  });
});

describe('statistics PDF of a range', () => {
  it('says the range under the title and in the file name, and sums the years', () => {
    expect(range.fileName).toBe('Thong-ke-2025-2026.pdf');
    const first = range.pages[0]!;
    expect(first[first.indexOf(STATISTICS_TITLE) + 1]).toBe('Từ năm 2025 đến năm 2026');
    expect(range.all.filter((l) => l === 'Từ năm 2025 đến năm 2026')).toHaveLength(7); // title + 6 tables
    expect(range.all).toContain('Năm 2025 5 1.410.000 2.840.000 0 4.250.000');
    expect(range.all).toContain('Tổng cộng 16 6.990.000 11.700.000 1.140.000 19.830.000');
  });

  it('keeps the six tables in order, the wide ones on landscape pages, charts titled with the range', () => {
    const order = HEADINGS.map((h) => range.all.findIndex((l) => l === h));
    expect([...order].sort((a, b) => a - b)).toEqual(order);
    expect(order.every((i) => i >= 0)).toBe(true);
    expect(range.landscape[pageOf(range, 'Biểu số 2') - 1]).toBe(true);
    expect(range.landscape[pageOf(range, 'Biểu số 5') - 1]).toBe(false);
    expect(range.all).toContain('Biểu đồ 2. Điển hình tiên tiến theo giai đoạn từ năm 2025 đến năm 2026');
    // The report status chart counts the last year of the range.
    expect(range.all).toContain('Biểu đồ 3. Tình hình nộp báo cáo tổng kết của các đơn vị năm 2026');
    expect(range.pageCount).toBeLessThanOrEqual(6);
  });
});

describe('statistics PDF texts', () => {
  it('names the years and the file', () => {
    expect(statisticsYearsLine({ fromYear: 2026, toYear: 2026 })).toBe('Năm 2026');
    expect(statisticsYearsLine({ fromYear: 2021, toYear: 2026 })).toBe('Từ năm 2021 đến năm 2026');
    expect(statisticsFileName({ fromYear: 2021, toYear: 2026 })).toBe('Thong-ke-2021-2026.pdf');
  });
});
