// The yearly summary PDF read back with poppler: the header lines, the title, the headings in
// order, the generated and typed text (every tone, NFC), Nơi nhận and the signature, the draft.
import { beforeAll, describe, expect, it } from 'vitest';
import { buildYearlyReportDocument } from './yearly-report';
import { renderPdf } from './render';
import { mm } from './doc';
import { HEADER_LEFT_WIDTH } from './decision-header';
import { linesOf, pdfFonts, pdfInfo, pdfText, pdfWords, type Word } from './pdf-inspect';
import { DRAFT_2026, REPORT_2026, TONE_TEXT } from './yearly-report-fixtures';
import type { YearlyReportDocumentData } from './yearly-report-data';

interface Rendered {
  pdf: Buffer;
  pages: string[][];
  words: Word[];
  /** Every line of the document, pages joined. */
  all: string[];
}

const render = async (d: YearlyReportDocumentData): Promise<Rendered> => {
  const pdf = await renderPdf(buildYearlyReportDocument(d), { wardName: d.wardName });
  const pages = pdfText(pdf).map(linesOf);
  return { pdf, pages, words: pdfWords(pdf), all: pages.flat() };
};

let report: Rendered;
let draft: Rendered;

beforeAll(async () => {
  [report, draft] = await Promise.all([render(REPORT_2026), render(DRAFT_2026)]);
});

/** The narrative (pages before the appendix) as one text, lines joined by spaces. */
const narrative = (r: Rendered): string => {
  const end = r.all.indexOf('PHỤ LỤC');
  return r.all.slice(0, end).join(' ');
};

const word = (r: Rendered, page: number, text: string): Word =>
  r.words.find((w) => w.page === page && w.text === text)!;

describe('yearly report PDF, header and title', () => {
  it('prints the header lines exactly, the issuing body left and the Quốc hiệu right', () => {
    expect(report.pages[0]!.slice(0, 6).sort()).toEqual(
      [
        'ỦY BAN NHÂN DÂN',
        'PHƯỜNG LÊ CHÂN',
        'Số: 12/BC-UBND',
        'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
        'Độc lập - Tự do - Hạnh phúc',
        'Lê Chân, ngày 12 tháng 12 năm 2026',
      ].sort(),
    );
    const split = mm(30) + HEADER_LEFT_WIDTH;
    for (const w of ['ỦY', 'PHƯỜNG', 'Số:']) expect(word(report, 1, w).xMax).toBeLessThan(split);
    for (const w of ['CỘNG', 'Độc', 'Lê']) expect(word(report, 1, w).xMin).toBeGreaterThan(split);
  });

  it('leaves the number and the date blank on a draft without them', () => {
    // The blanks are wide enough for pdftotext to split the line: read the words on its baseline.
    const split = mm(30) + HEADER_LEFT_WIDTH;
    const lineOf = (first: string) => {
      const start = word(draft, 1, first);
      const sameColumn = (w: Word) => (start.xMin < split ? w.xMax < split : w.xMin > split);
      return draft.words
        .filter((w) => w.page === 1 && Math.abs(w.yMin - start.yMin) < 1 && sameColumn(w))
        .sort((a, b) => a.xMin - b.xMin)
        .map((w) => w.text);
    };
    expect(lineOf('Số:')).toEqual(['Số:', '/BC-UBND']);
    expect(lineOf('Lê')).toEqual(['Lê', 'Chân,', 'ngày', 'tháng', 'năm', '2026']);
    expect(word(draft, 1, '/BC-UBND').xMin - word(draft, 1, 'Số:').xMax).toBeGreaterThan(15);
  });

  it('prints "BÁO CÁO" and the subject, centred, after the header', () => {
    const lines = report.pages[0]!;
    const title = lines.indexOf('BÁO CÁO');
    expect(title).toBe(6);
    expect(lines[title + 1]).toBe('Tổng kết công tác thi đua, khen thưởng năm 2026');
    const centre = (mm(30) + mm(210 - 15)) / 2;
    const w = word(report, 1, 'BÁO');
    const c = word(report, 1, 'CÁO');
    expect(Math.abs((w.xMin + c.xMax) / 2 - centre)).toBeLessThan(1);
  });
});

describe('yearly report PDF, body', () => {
  it('prints the part and section headings in order', () => {
    const text = narrative(report);
    const headings = [
      'I. KẾT QUẢ CÔNG TÁC THI ĐUA, KHEN THƯỞNG NĂM 2026',
      '1. Đặc điểm tình hình',
      '2. Công tác tổ chức các phong trào thi đua',
      '3. Công tác phát hiện, bồi dưỡng, tổng kết và nhân rộng điển hình tiên tiến',
      '4. Kết quả công tác khen thưởng',
      '5. Hoạt động của Hội đồng Thi đua - Khen thưởng, Quỹ thi đua, khen thưởng và đội ngũ làm công tác thi đua, khen thưởng',
      'II. ĐÁNH GIÁ CHUNG',
      '1. Ưu điểm',
      '2. Tồn tại, hạn chế và nguyên nhân',
      '3. Bài học kinh nghiệm',
      'III. PHƯƠNG HƯỚNG, NHIỆM VỤ CÔNG TÁC THI ĐUA, KHEN THƯỞNG NĂM 2027',
    ];
    let from = 0;
    for (const h of headings) {
      const at = text.indexOf(h, from);
      expect(at, h).toBeGreaterThanOrEqual(from);
      from = at + h.length;
    }
  });

  it('prints each generated paragraph before the typed text of its section', () => {
    // Page numbers sit in the top band: drop them before joining the text across pages.
    const text = narrative({ ...report, all: report.all.filter((l) => !/^\d+$/.test(l)) });
    const order = [
      'Năm 2026, phường đã phát động, tổ chức thực hiện 8 phong trào thi đua, gồm: 2 phong trào thường xuyên, 4 phong trào theo đợt, 2 phong trào chuyên đề.',
      'Các phong trào được phát động kịp thời, gắn với nhiệm vụ chính trị của địa phương.',
      'Năm 2026, phường đã phát hiện 12, bồi dưỡng 8, tổng kết 5, nhân rộng 2 điển hình tiên tiến thuộc 3 lĩnh vực.',
      'Nhiều mô hình hay được nhân rộng trong các tổ dân phố.',
      'Chủ tịch UBND phường đã ban hành 12 quyết định khen thưởng cho 245 lượt tập thể, cá nhân và hộ gia đình, trong đó: 30 tập thể, 180 cá nhân (người trực tiếp lao động, sản xuất, công tác: 95, chiếm 52,8%), 35 hộ gia đình; tổng số tiền thưởng 121.560.000 đồng.',
      'Có 28/30 đơn vị nộp báo cáo tổng kết đúng hạn, 1 đơn vị nộp muộn, 1 đơn vị chưa nộp.',
      'Công tác khen thưởng bảo đảm đúng đối tượng, kịp thời, công khai.',
      'Nguyên nhân: cán bộ kiêm nhiệm nhiều việc.',
      'Nâng cao chất lượng công tác khen thưởng.',
    ];
    let from = 0;
    for (const p of order) {
      const at = text.indexOf(p, from);
      expect(at, p).toBeGreaterThanOrEqual(from);
      from = at + p.length;
    }
  });

  it('reads back every vowel with every tone of the typed text (typed in NFD), in NFC', () => {
    const text = report.words.map((w) => w.text).join(' ');
    expect(text).toBe(text.normalize('NFC'));
    const printed = new Set(report.words.map((w) => w.text.replace(/[;.]$/, '')));
    for (const syllable of TONE_TEXT.replace(/[;.]/g, '').split(' '))
      expect(printed, syllable).toContain(syllable);
  });

  it('leaves empty sections and parts out of a draft, the numbering closed up', () => {
    const text = narrative(draft);
    expect(text).toContain('1. Đặc điểm tình hình Tình hình chung ổn định.');
    expect(text).toContain('2. Công tác tổ chức các phong trào thi đua');
    expect(text).toContain('4. Kết quả công tác khen thưởng');
    expect(text).not.toContain('5. Hoạt động');
    expect(text).not.toContain('II. ĐÁNH GIÁ CHUNG');
    expect(text).not.toContain('III.');
  });
});

describe('yearly report PDF, page breaks', () => {
  it('never leaves a heading last on a page: it moves on with the text it introduces', async () => {
    const HEADING = /^(\d+|I|II|III)\. /;
    // Overviews of 12 to 18 one-line paragraphs push each following heading in turn to the page end.
    const moved = new Set<string>();
    for (let k = 12; k <= 18; k++) {
      const overview = Array.from({ length: k }, (_, i) => `Dòng thứ ${i + 1}.`).join('\n');
      const pages = pdfText(
        await renderPdf(
          buildYearlyReportDocument({ ...REPORT_2026, sections: { ...REPORT_2026.sections, overview } }),
          {
            wardName: REPORT_2026.wardName,
          },
        ),
      ).map(linesOf);
      const [last, beforeLast] = [pages[0]!.at(-1)!, pages[0]!.at(-2)!];
      expect(last, `k = ${k}`).not.toMatch(HEADING);
      // Heading 3 takes two lines: its second line "tiến" must not end the page either.
      if (beforeLast.startsWith('3. ')) expect(last, `k = ${k}`).not.toBe('tiến');
      const next = pages[1]!.find((l) => !/^\d+$/.test(l))!;
      if (HEADING.test(next)) moved.add(next);
    }
    // The hook did move headings to the next page (otherwise this test proves nothing).
    expect(moved.size).toBeGreaterThanOrEqual(2);
  }, 30_000);
});

describe('yearly report PDF, Nơi nhận and signature', () => {
  /** The lines from "Nơi nhận:" to the appendix, without the next page's number and draft mark. */
  const block = (r: Rendered) => {
    const from = r.all.indexOf('Nơi nhận:');
    return r.all.slice(from, r.all.indexOf('PHỤ LỤC')).filter((l) => !/^(\d+|DỰ THẢO)$/.test(l));
  };

  it('lists the recipients, the archive line last, and the chairman signing for the committee', () => {
    expect(block(report)).toEqual([
      'Nơi nhận:',
      '- Ban Thi đua - Khen thưởng thành phố;',
      '- Thường trực Đảng ủy, HĐND phường;',
      '- Chủ tịch, các Phó Chủ tịch UBND phường;',
      '- Lưu: VT, VHXH.',
      'TM. ỦY BAN NHÂN DÂN',
      'CHỦ TỊCH',
      'Phạm Quốc Đạt',
    ]);
    // 35 mm for the signature and the seal between the title and the name.
    const title = report.words.filter((w) => w.text === 'TỊCH').at(-1)!;
    const name = report.words.find((w) => w.text === 'Phạm' && w.page === title.page)!;
    expect(name.yMin - title.yMax).toBeGreaterThan(mm(35) - 2);
  });

  it('signs a vice chairman on behalf of the chairman', () => {
    expect(block(draft).slice(-4)).toEqual([
      'TM. ỦY BAN NHÂN DÂN',
      'KT. CHỦ TỊCH',
      'PHÓ CHỦ TỊCH',
      'Trần Thị Hương',
    ]);
  });
});

describe('yearly report PDF, document', () => {
  it('marks a draft "DỰ THẢO" on every page, a sent report nowhere', () => {
    const pages = draft.pages.length;
    for (let p = 1; p <= pages; p++) {
      const band = draft.words.filter((w) => w.page === p && w.yMax < mm(20)).map((w) => w.text);
      expect(band).toContain('DỰ');
      expect(band).toContain('THẢO');
    }
    expect(report.words.some((w) => w.text === 'THẢO')).toBe(false);
    expect(pdfInfo(draft.pdf)).toMatch(/Title:\s+Báo cáo Số: \/BC-UBND \(dự thảo\)/);
    expect(pdfInfo(report.pdf)).toMatch(/Title:\s+Báo cáo Số: 12\/BC-UBND\n/);
  });

  it('embeds the Tinos fonts and nothing else', () => {
    const fonts = pdfFonts(report.pdf);
    expect(fonts.length).toBeGreaterThanOrEqual(3);
    for (const f of fonts) {
      expect(f.embedded).toBe(true);
      expect(f.name).toMatch(/Tinos/);
    }
  });
});
