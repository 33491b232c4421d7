// The yearly summary's appendix read back: the tables with their headers and totals, landscape
// pages for the wide tables, the charts, page numbers, margins, and a long table over several pages.
import { beforeAll, describe, expect, it } from 'vitest';
import { PDFDocument } from 'pdf-lib';
import { buildYearlyReportDocument } from './yearly-report';
import { renderPdf } from './render';
import { mm } from './doc';
import { pdfWords, type Word } from './pdf-inspect';
import { DRAFT_2026, MODELS_TABLE, REPORT_2026, STATISTICS_2026 } from './yearly-report-fixtures';
import type { YearlyReportDocumentData } from './yearly-report-data';
import type { StatTable } from '../../../shared/domain/statistics';

interface Rendered {
  words: Word[];
  sizes: { width: number; height: number }[];
}

const render = async (d: YearlyReportDocumentData): Promise<Rendered> => {
  const pdf = await renderPdf(buildYearlyReportDocument(d), { wardName: d.wardName });
  const sizes = (await PDFDocument.load(pdf)).getPages().map((p) => p.getSize());
  return { words: pdfWords(pdf), sizes };
};

/** The lines of a page rebuilt from word boxes (table cells of a row share their top). */
function lines(r: Rendered, page: number): string[] {
  const rows: { y: number; words: Word[] }[] = [];
  for (const w of r.words.filter((x) => x.page === page).sort((a, b) => a.yMin - b.yMin || a.xMin - b.xMin)) {
    const row = rows.find((x) => Math.abs(x.y - w.yMin) < 1.5);
    if (row) row.words.push(w);
    else rows.push({ y: w.yMin, words: [w] });
  }
  return rows.map((row) =>
    row.words
      .sort((a, b) => a.xMin - b.xMin)
      .map((w) => w.text)
      .join(' '),
  );
}

/** The page whose lines include `line` (1-based), and that page's lines. */
function pageWith(r: Rendered, line: string): { page: number; lines: string[] } {
  for (let p = 1; p <= r.sizes.length; p++) {
    const l = lines(r, p);
    if (l.includes(line)) return { page: p, lines: l };
  }
  throw new Error(`no page has the line "${line}"`);
}

const isLandscape = (r: Rendered, page: number) => r.sizes[page - 1]!.width > r.sizes[page - 1]!.height;

/** 70 fields: a models table that runs over several pages. */
const LONG_MODELS: StatTable = {
  ...MODELS_TABLE,
  rows: Array.from({ length: 70 }, (_, i) => ({
    key: `field:linh vuc ${i + 1}`,
    label: `Lĩnh vực số ${i + 1}`,
    cells: { total: 1, discovered: 1, nurtured: 0, summarized: 0, replicated: 0 },
  })),
  total: { total: 70, discovered: 70, nurtured: 0, summarized: 0, replicated: 0 },
};

let report: Rendered;
let draft: Rendered;
let long: Rendered;

beforeAll(async () => {
  [report, draft, long] = await Promise.all([
    render(REPORT_2026),
    render(DRAFT_2026),
    render({ ...REPORT_2026, statistics: { ...STATISTICS_2026, tables: [LONG_MODELS] } }),
  ]);
});

describe('yearly report PDF, appendix', () => {
  it('opens the appendix on a new page with its heading naming the report', () => {
    const { page, lines: l } = pageWith(report, 'PHỤ LỤC');
    expect(page).toBeGreaterThan(1);
    expect(l.slice(1, 4)).toEqual([
      'PHỤ LỤC',
      'CÁC BIỂU THỐNG KÊ KÈM THEO BÁO CÁO SỐ 12/BC-UBND',
      'NGÀY 12/12/2026',
    ]);
    expect(l).toContain('Biểu số 1');
    expect(l).toContain('PHONG TRÀO THI ĐUA THEO HÌNH THỨC VÀ THỜI GIAN THỰC HIỆN');
  });

  it('prints each table with its rows and total, wide tables on landscape pages', () => {
    const expected: [string, string[], boolean][] = [
      [
        'PHONG TRÀO THI ĐUA THEO HÌNH THỨC VÀ THỜI GIAN THỰC HIỆN',
        ['Theo đợt 4 3 1 0 0 0', 'Tổng cộng 8 3 2 1 1 1'],
        false,
      ],
      [
        'KẾT QUẢ KHEN THƯỞNG THEO DANH HIỆU, HÌNH THỨC VÀ ĐỐI TƯỢNG',
        [
          'Lao động tiên tiến 120 0 0 120 10 70 40 58,3% 91.200.000',
          'Tổng cộng 245 30 35 180 20 95 65 52,8% 121.560.000',
        ],
        true,
      ],
      [
        'KẾT QUẢ KHEN THƯỞNG THEO PHƯƠNG THỨC KHEN THƯỞNG',
        ['Theo chuyên đề 3 40 5 5 30 4 13 13 20.000.000', 'Tổng cộng 12 245 30 35 180 20 95 65 121.560.000'],
        true,
      ],
      [
        'TIỀN THƯỞNG ĐÃ CHI',
        ['Năm 2026 132 0 121.560.000 0 121.560.000', 'Tổng cộng 132 0 121.560.000 0 121.560.000'],
        false,
      ],
      [
        'ĐIỂN HÌNH TIÊN TIẾN THEO LĨNH VỰC VÀ GIAI ĐOẠN',
        ['Giáo dục 5 5 3 2 1', 'Tổng cộng 12 12 8 5 2'],
        false,
      ],
      [
        'TÌNH HÌNH NỘP BÁO CÁO CỦA CÁC ĐƠN VỊ',
        ['Năm 2026 30 28 1 1 93,3%', 'Tổng cộng 30 28 1 1 93,3%'],
        false,
      ],
    ];
    let lastPage = 0;
    expected.forEach(([title, rows, landscape], i) => {
      const { page, lines: l } = pageWith(report, title);
      expect(page, title).toBeGreaterThanOrEqual(lastPage);
      lastPage = page;
      expect(isLandscape(report, page), title).toBe(landscape);
      expect(l).toContain(`Biểu số ${i + 1}`);
      expect(l).toContain('Năm 2026');
      for (const row of rows) expect(l, title).toContain(row);
    });
  });

  it('prints the two-level header of the awards table', () => {
    const { lines: l } = pageWith(report, 'KẾT QUẢ KHEN THƯỞNG THEO DANH HIỆU, HÌNH THỨC VÀ ĐỐI TƯỢNG');
    const header = l.join(' ');
    for (const h of [
      'Danh hiệu, hình thức khen thưởng',
      'Tổng số',
      'Tập thể',
      'Cá nhân',
      'Lãnh đạo,',
      'Tiền thưởng',
    ]) {
      expect(header).toContain(h);
    }
    expect(l).toContain('Danh hiệu thi đua');
    expect(l).toContain('Hình thức khen thưởng');
  });

  it('draws the bar charts under awards, models and unit reports with their values', () => {
    const awards = pageWith(
      report,
      'Biểu đồ 1. Số lượt khen thưởng theo danh hiệu, hình thức khen thưởng năm 2026',
    );
    expect(isLandscape(report, awards.page)).toBe(true);
    const bars = awards.lines.slice(
      awards.lines.indexOf('Biểu đồ 1. Số lượt khen thưởng theo danh hiệu, hình thức khen thưởng năm 2026') +
        1,
    );
    expect(bars.slice(0, 5)).toEqual([
      'Lao động tiên tiến 120',
      'Giấy khen của Chủ tịch UBND phường 68',
      'Gia đình văn hóa 25',
      'Tập thể lao động tiên tiến 20',
      'Chiến sĩ thi đua cơ sở 12',
    ]);
    const models = pageWith(report, 'Biểu đồ 2. Điển hình tiên tiến theo giai đoạn năm 2026');
    for (const l of ['Phát hiện 12', 'Bồi dưỡng 8', 'Tổng kết 5', 'Nhân rộng 2'])
      expect(models.lines).toContain(l);
    const units = pageWith(report, 'Biểu đồ 3. Tình hình nộp báo cáo tổng kết của các đơn vị năm 2026');
    for (const l of ['Đúng hạn 28', 'Nộp muộn 1', 'Chưa nộp (còn hạn) 0', 'Chưa nộp (quá hạn) 1'])
      expect(units.lines).toContain(l);
  });

  it('runs a long table over several pages, its header on each, the total at the end', () => {
    const pages = long.sizes.length;
    const withRows = Array.from({ length: pages }, (_, i) => i + 1).filter((p) =>
      lines(long, p).some((l) => l.startsWith('Lĩnh vực số')),
    );
    expect(withRows.length).toBeGreaterThanOrEqual(2);
    for (const p of withRows) {
      const l = lines(long, p);
      const header = l.findIndex((x) => x.startsWith('Lĩnh vực Tổng số'));
      expect(header, `page ${p}`).toBeGreaterThanOrEqual(0);
      expect(l.findIndex((x) => x.startsWith('Lĩnh vực số'))).toBeGreaterThan(header);
    }
    const all = withRows.flatMap((p) => lines(long, p));
    for (let i = 1; i <= 70; i++) expect(all).toContain(`Lĩnh vực số ${i} 1 1 0 0 0`);
    expect(lines(long, withRows.at(-1)!)).toContain('Tổng cộng 70 70 0 0 0');
  });
});

describe('yearly report PDF, pages', () => {
  const M = { left: mm(30), right: mm(15), top: mm(20), bottom: mm(20) };
  const TOLERANCE = 0.5;

  it('numbers pages 2 onwards centred in the top margin, landscape pages included', () => {
    for (const r of [report, long]) {
      expect(r.words.filter((w) => w.page === 1 && w.yMax < M.top)).toEqual([]);
      for (let p = 2; p <= r.sizes.length; p++) {
        const band = r.words.filter((w) => w.page === p && w.yMax < M.top);
        expect(band.map((w) => w.text)).toEqual([String(p)]);
        const { width } = r.sizes[p - 1]!;
        const centre = (M.left + width - M.right) / 2;
        expect(Math.abs((band[0]!.xMin + band[0]!.xMax) / 2 - centre)).toBeLessThan(1);
      }
    }
  });

  it('keeps every word inside the margins of its page; only page numbers and the draft mark sit above', () => {
    for (const r of [report, draft, long]) {
      const outside = r.words.filter((w) => {
        const { width, height } = r.sizes[w.page - 1]!;
        return (
          w.xMin < M.left - TOLERANCE ||
          w.xMax > width - M.right + TOLERANCE ||
          w.yMin < 0 ||
          w.yMax > height - M.bottom + TOLERANCE
        );
      });
      expect(outside).toEqual([]);
      for (const w of r.words.filter((x) => x.yMin < M.top - TOLERANCE))
        expect(w.text).toMatch(/^(\d+|DỰ|THẢO)$/);
    }
  });
});
