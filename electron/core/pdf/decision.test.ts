// The decision PDF read back with poppler: exact lines of page 1 and of the list, positions of the
// header parts and the rules' lengths.
import { beforeAll, describe, expect, it } from 'vitest';
import { buildDecisionDocument } from './decision';
import { TIEU_NGU_WIDTH, estimateCapsWidth, HEADER_FONT, HEADER_LEFT_WIDTH } from './decision-header';
import { mm } from './doc';
import { renderPdf } from './render';
import { linesOf, pdfFonts, pdfInfo, pdfPages, pdfText, pdfWords, type Word } from './pdf-inspect';
import { DECISION, DRAFT_TITLE } from './test-fixtures';
import type { DecisionDocumentData } from '../../../shared/domain/decision-document';

const render = (d: DecisionDocumentData) => renderPdf(buildDecisionDocument(d), { wardName: d.wardName });

let pdf: Buffer;
let pages: string[][];
let words: Word[];

beforeAll(async () => {
  pdf = await render(DECISION);
  pages = pdfText(pdf).map(linesOf);
  words = pdfWords(pdf);
});

/** The lines from `first` (inclusive) to `last` (exclusive), joined back into one text. */
const between = (lines: string[], first: string, last: string): string[] => {
  const from = lines.findIndex((l) => l.startsWith(first));
  const to = lines.indexOf(last, from);
  expect(from).toBeGreaterThanOrEqual(0);
  expect(to).toBeGreaterThan(from);
  return lines.slice(from, to);
};

/** Splits joined paragraph lines at the starts given. */
const paragraphs = (lines: string[], starts: RegExp): string[] =>
  lines
    .join(' ')
    .split(starts)
    .map((p) => p.trim())
    .filter((p) => p !== '');

const word = (page: number, text: string, nth = 0): Word =>
  words.filter((w) => w.page === page && w.text === text)[nth]!;

describe('decision PDF, page 1', () => {
  it('prints the header lines exactly, the issuing body left and the Quốc hiệu right', () => {
    const head = pages[0]!.slice(0, 6);
    expect(head.sort()).toEqual(
      [
        'ỦY BAN NHÂN DÂN',
        'PHƯỜNG LÊ CHÂN',
        'Số: 05/QĐ-UBND',
        'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
        'Độc lập - Tự do - Hạnh phúc',
        'Lê Chân, ngày 05 tháng 7 năm 2026',
      ].sort(),
    );
    const split = mm(30) + HEADER_LEFT_WIDTH;
    for (const w of ['ỦY', 'PHƯỜNG', 'Số:']) expect(word(1, w).xMax).toBeLessThan(split);
    for (const w of ['CỘNG', 'Độc', 'Lê']) expect(word(1, w).xMin).toBeGreaterThan(split);
    // Top to bottom in each column.
    expect(word(1, 'ỦY').yMin).toBeLessThan(word(1, 'PHƯỜNG').yMin);
    expect(word(1, 'PHƯỜNG').yMin).toBeLessThan(word(1, 'Số:').yMin);
    expect(word(1, 'CỘNG').yMin).toBeLessThan(word(1, 'Độc').yMin);
    expect(word(1, 'Độc').yMin).toBeLessThan(word(1, 'Lê').yMin);
  });

  it('sizes the rules: Tiêu ngữ rule as long as its line, the ward rule 1/3 to 1/2 of its line', () => {
    const tieuNgu = word(1, 'phúc').xMax - word(1, 'Độc').xMin;
    expect(Math.abs(tieuNgu - TIEU_NGU_WIDTH)).toBeLessThan(0.5);
    const ward = word(1, 'CHÂN').xMax - word(1, 'PHƯỜNG').xMin;
    const rule = Math.round(estimateCapsWidth('PHƯỜNG LÊ CHÂN', HEADER_FONT.body) * 0.4);
    expect(rule / ward).toBeGreaterThanOrEqual(1 / 3);
    expect(rule / ward).toBeLessThanOrEqual(1 / 2);
  });

  it('prints the title, subject, authority, căn cứ and "QUYẾT ĐỊNH:" in order', () => {
    const body = between(pages[0]!, 'QUYẾT ĐỊNH', 'QUYẾT ĐỊNH:');
    expect(body[0]).toBe('QUYẾT ĐỊNH');
    const authority = body.indexOf('CHỦ TỊCH ỦY BAN NHÂN DÂN PHƯỜNG LÊ CHÂN');
    expect(authority).toBeGreaterThan(1);
    expect(body.slice(1, authority).join(' ')).toBe(
      'Về việc tặng Giấy khen cho các tập thể, cá nhân đã có thành tích xuất sắc năm 2026',
    );
    expect(paragraphs(body.slice(authority + 1), /(?=Căn cứ |Xét đề nghị )/)).toEqual([
      'Căn cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025;',
      'Căn cứ Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022;',
      'Căn cứ Nghị định số 152/2025/NĐ-CP ngày 14 tháng 6 năm 2025 của Chính phủ quy định chi tiết một ' +
        'số điều của Luật Thi đua, khen thưởng;',
      'Xét đề nghị của Trưởng phòng Văn hóa - Xã hội phường.',
    ]);
  });

  it('prints the căn cứ in italics with a 1 cm first-line indent', () => {
    const left = mm(30);
    const firstCanCu = word(1, 'Căn');
    expect(firstCanCu.xMin - left).toBeCloseTo(mm(10), 0);
    const dieu = word(1, 'Điều');
    expect(dieu.xMin - left).toBeCloseTo(mm(10), 0);
  });

  it('prints the three articles with the total and the effect sentence', () => {
    const body = between(pages[0]!, 'Điều 1.', 'Nơi nhận:');
    expect(paragraphs(body, /(?=Điều \d\. |Quyết định này có hiệu lực)/)).toEqual([
      'Điều 1. Tặng Giấy khen của Chủ tịch UBND phường cho 2 tập thể và 3 cá nhân (có danh sách kèm theo) ' +
        'đã có thành tích xuất sắc trong thực hiện nhiệm vụ năm 2026.',
      'Điều 2. Tiền thưởng kèm theo được chi từ Quỹ thi đua, khen thưởng của phường theo quy định hiện hành. ' +
        'Tổng số tiền: 5.320.000 đồng.',
      'Điều 3. Chánh Văn phòng HĐND và UBND phường, Trưởng phòng Văn hóa - Xã hội, Thủ trưởng các cơ quan, ' +
        'đơn vị có liên quan và các tập thể, cá nhân có tên tại Điều 1 chịu trách nhiệm thi hành Quyết định này.',
      'Quyết định này có hiệu lực kể từ ngày ký.',
    ]);
  });

  it('prints Nơi nhận and the vice-chairman signature block, with room for the seal', () => {
    expect(pages[0]!.slice(-7)).toEqual([
      'Nơi nhận:',
      '- Như Điều 3;',
      '- Chủ tịch, các PCT UBND phường;',
      '- Lưu: VT, VHXH.',
      'KT. CHỦ TỊCH',
      'PHÓ CHỦ TỊCH',
      'Trần Thị Hương',
    ]);
    const gap = word(1, 'Trần').yMin - word(1, 'PHÓ').yMax;
    expect(gap).toBeGreaterThanOrEqual(mm(35) - 1);
    expect(word(1, 'Nơi').xMax).toBeLessThan(word(1, 'KT.').xMin);
  });

  it('has no page number and no draft mark when signed', () => {
    expect(words.filter((w) => w.page === 1 && w.yMax < mm(20))).toEqual([]);
    expect(words.some((w) => w.text === 'DỰ' || w.text === 'THẢO')).toBe(false);
    expect(pdfInfo(pdf)).toMatch(/^Title:\s+Quyết định Số: 05\/QĐ-UBND$/m);
  });

  it('embeds only Tinos and extracts NFC text', () => {
    for (const f of pdfFonts(pdf)) {
      expect(f.name).toMatch(/^[A-Z]{6}\+Tinos/);
      expect(f.embedded).toBe(true);
    }
    const all = pdfText(pdf).join('');
    expect(all).toBe(all.normalize('NFC'));
  });
});

describe('decision PDF, the attached list', () => {
  it('starts on page 2 with its title and the decision it belongs to', () => {
    expect(pdfPages(pdf)).toBe(3);
    expect(pages[0]).not.toContain('DANH SÁCH');
    expect(pages[1]!.slice(0, 4)).toEqual([
      '2',
      'DANH SÁCH',
      'ĐƯỢC TẶNG GIẤY KHEN CỦA CHỦ TỊCH UBND PHƯỜNG',
      '(Kèm theo Quyết định số 05/QĐ-UBND ngày 05/7/2026 của Chủ tịch UBND',
    ]);
    expect(pages[1]![4]).toBe('phường Lê Chân)');
  });

  it('lists sections with Roman numerals and ends with the total and the count', () => {
    const text = pages.slice(1).flat();
    expect(text).toContain('I. TẬP THỂ');
    expect(text).toContain('II. CÁ NHÂN');
    expect(text.some((l) => l.includes('HỘ GIA ĐÌNH'))).toBe(false);
    const list = words.filter((w) => w.page >= 2).map((w) => w.text);
    expect(list.filter((w) => w === '1.520.000')).toHaveLength(2);
    expect(list.filter((w) => w === '760.000')).toHaveLength(3);
    const total = words.find((w) => w.text === '5.320.000' && w.page >= 2)!;
    const label = words.find((w) => w.text === 'Tổng' && w.page === total.page)!;
    expect(Math.abs(total.yMin - label.yMin)).toBeLessThan(1);
    expect(pages.at(-1)).toContain('(Danh sách có 5 trường hợp)');
    expect(words.find((w) => w.text === '(Danh' && w.page === total.page)!.yMin).toBeGreaterThan(total.yMax);
  });
});

describe('decision PDF, a draft', () => {
  let draft: Buffer;
  let draftWords: Word[];
  beforeAll(async () => {
    draft = await render(DRAFT_TITLE);
    draftWords = pdfWords(draft);
  });

  it('leaves blanks for the number and the date', () => {
    const layout = pdfText(draft, true)[0]!;
    expect(layout).toMatch(/Số:\s{2,}\/QĐ-UBND/);
    expect(layout).toMatch(/Lê Chân, ngày\s{2,}tháng\s{2,}năm 20…/);
    expect(pdfText(draft, true)[1]!).toMatch(/\(Kèm theo Quyết định số\s+\/QĐ-UBND ngày\s+\/\s+\/20…/);
  });

  it('marks every page "DỰ THẢO" in the top margin', () => {
    const pagesCount = pdfPages(draft);
    for (let p = 1; p <= pagesCount; p++) {
      const top = draftWords.filter((w) => w.page === p && w.yMax < mm(20)).map((w) => w.text);
      expect(top.sort()).toEqual((p === 1 ? ['DỰ', 'THẢO'] : [String(p), 'DỰ', 'THẢO']).sort());
    }
    expect(pdfInfo(draft)).toMatch(/^Title:\s+Quyết định Số: \/QĐ-UBND \(dự thảo\)$/m);
  });

  it('words a title and numbers sections over the non-empty ones', () => {
    const lines = pdfText(draft).map(linesOf);
    expect(lines[0]!.join(' ')).toContain(
      'Điều 1. Công nhận danh hiệu “Lao động tiên tiến” cho 1 cá nhân và 1 hộ gia đình (có danh sách kèm theo).',
    );
    expect(lines[1]).toContain('ĐƯỢC CÔNG NHẬN DANH HIỆU “LAO ĐỘNG TIÊN TIẾN”');
    expect(lines[1]).toContain('I. CÁ NHÂN');
    expect(lines[1]).toContain('II. HỘ GIA ĐÌNH');
    expect(lines[1]!.some((l) => l.includes('TẬP THỂ'))).toBe(false);
  });

  it('leaves the signer lines blank when nobody signs yet', () => {
    const lines = pdfText(draft).map(linesOf)[0]!;
    expect(lines.at(-1)).toBe('- Lưu: VT, VHXH.');
    expect(lines.some((l) => /CHỦ TỊCH$/.test(l) && l !== 'CHỦ TỊCH ỦY BAN NHÂN DÂN PHƯỜNG LÊ CHÂN')).toBe(
      false,
    );
  });
});

describe('decision PDF without money', () => {
  it('has no money article, cites Điều 2 in Nơi nhận, and the chairman signs', async () => {
    const d: DecisionDocumentData = {
      ...DECISION,
      signer: { kind: 'chairman', name: 'Phạm Quốc Đạt' },
      lines: DECISION.lines.map((l) => ({ ...l, amount: 0 })),
    };
    const lines = pdfText(await render(d)).map(linesOf);
    const page1 = lines[0]!.join(' ');
    expect(page1).not.toMatch(/Tổng số tiền|Điều 3/);
    expect(page1).toMatch(/Điều 2\. Chánh Văn phòng/);
    expect(lines[0]!.slice(-6)).toEqual([
      'Nơi nhận:',
      '- Như Điều 2;',
      '- Chủ tịch, các PCT UBND phường;',
      '- Lưu: VT, VHXH.',
      'CHỦ TỊCH',
      'Phạm Quốc Đạt',
    ]);
    expect(lines[0]).not.toContain('KT. CHỦ TỊCH');
    expect(lines.slice(1).flat().join(' ')).not.toMatch(/Số tiền|Tổng cộng/);
  });
});

describe('decision PDF, list without own achievements', () => {
  it('leaves out the achievement column when no line has its own text, and lowers "Đã có thành tích" mid-sentence', async () => {
    const d: DecisionDocumentData = {
      ...DECISION,
      defaultAchievement: 'Đã có thành tích xuất sắc năm 2026',
      lines: DECISION.lines.map((l) => ({ ...l, achievement: null })),
    };
    const lines = pdfText(await render(d)).map(linesOf);
    expect(lines[0]!.join(' ')).toContain('(có danh sách kèm theo) đã có thành tích xuất sắc năm 2026.');
    const list = lines.slice(1).flat().join(' ');
    expect(list).toContain('Chức vụ, đơn vị');
    expect(list).not.toContain('Thành tích');
    expect(list).toContain('Tổng cộng');
  });
});
