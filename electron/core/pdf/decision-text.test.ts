import { describe, expect, it } from 'vitest';
import type { DecisionDocumentData } from '../../../shared/domain/decision-document';
import * as t from './decision-text';
import { listTableBody, rowsKeptWhole } from './decision-list';
import { DECISION, DRAFT_TITLE, LONG_ACHIEVEMENT } from './test-fixtures';

const texts = (rows: ReturnType<typeof listTableBody>) => rows.map((r) => r.map((c) => c.text ?? null));

describe('decision wording', () => {
  it('ends every căn cứ with ";" and the last with ".", never doubling or keeping stray punctuation', () => {
    expect(t.legalBasisLines(['Căn cứ A', 'Căn cứ B;', '  ', 'Căn cứ C,', 'Xét đề nghị D;'])).toEqual([
      'Căn cứ A;',
      'Căn cứ B;',
      'Căn cứ C;',
      'Xét đề nghị D.',
    ]);
    expect(t.legalBasisLines(['Căn cứ A.'])).toEqual(['Căn cứ A.']);
    expect(t.legalBasisLines([])).toEqual([]);
  });

  it('prints the number, or a blank before the suffix on a draft', () => {
    expect(t.numberLine(DECISION)).toBe('Số: 05/QĐ-UBND');
    expect(t.numberLine(DRAFT_TITLE).replace(/\s+/g, ' ')).toBe('Số: /QĐ-UBND');
    expect(t.numberLine(DRAFT_TITLE)).toMatch(/^Số:\s{4,}\/QĐ-UBND$/);
  });

  it('prints the place-date line, with blanks on an undated draft', () => {
    expect(t.placeDateLine(DECISION)).toBe('Lê Chân, ngày 05 tháng 7 năm 2026');
    expect(t.placeDateLine({ ...DECISION, decisionDate: '2026-01-15' })).toBe(
      'Lê Chân, ngày 15 tháng 01 năm 2026',
    );
    expect(t.placeDateLine(DRAFT_TITLE)).toMatch(/^Lê Chân, ngày\s{4,}tháng\s{4,}năm 20…$/);
  });

  it('names only the non-empty groups in Điều 1', () => {
    expect(t.countsPhrase(DECISION.lines)).toBe('2 tập thể và 3 cá nhân');
    expect(t.countsPhrase(DRAFT_TITLE.lines)).toBe('1 cá nhân và 1 hộ gia đình');
    const three = [...DECISION.lines, ...DRAFT_TITLE.lines];
    expect(t.countsPhrase(three)).toBe('2 tập thể, 4 cá nhân và 1 hộ gia đình');
  });

  it('writes Điều 1 for a form with the default achievement, and for a title in quotes', () => {
    expect(t.articles(DECISION)[0]!.paragraphs).toEqual([
      'Tặng Giấy khen của Chủ tịch UBND phường cho 2 tập thể và 3 cá nhân (có danh sách kèm theo) ' +
        'đã có thành tích xuất sắc trong thực hiện nhiệm vụ năm 2026.',
    ]);
    expect(t.articles({ ...DRAFT_TITLE, awardName: '"Lao động tiên tiến"' })[0]!.paragraphs).toEqual([
      'Công nhận danh hiệu “Lao động tiên tiến” cho 1 cá nhân và 1 hộ gia đình (có danh sách kèm theo).',
    ]);
  });

  it('puts the total in Điều 2 and the execution in Điều 3', () => {
    const a = t.articles(DECISION);
    expect(a.map((x) => x.number)).toEqual([1, 2, 3]);
    expect(a[1]!.paragraphs[0]).toMatch(/Quỹ thi đua, khen thưởng của phường/);
    expect(a[1]!.paragraphs[0]).toMatch(/Tổng số tiền: 5\.320\.000 đồng\.$/);
    expect(a[2]!.paragraphs).toEqual([
      'Chánh Văn phòng HĐND và UBND phường, Trưởng phòng Văn hóa - Xã hội, Thủ trưởng các cơ quan, ' +
        'đơn vị có liên quan và các tập thể, cá nhân có tên tại Điều 1 chịu trách nhiệm thi hành Quyết định này.',
      'Quyết định này có hiệu lực kể từ ngày ký.',
    ]);
  });

  it('drops the money article when nothing is paid and numbers the rest consecutively', () => {
    const unpaid: DecisionDocumentData = {
      ...DECISION,
      lines: DECISION.lines.map((l) => ({ ...l, amount: 0 })),
    };
    const a = t.articles(unpaid);
    expect(a.map((x) => x.number)).toEqual([1, 2]);
    expect(a.flatMap((x) => x.paragraphs).join(' ')).not.toMatch(/Tổng số tiền|Quỹ thi đua/);
    expect(a[1]!.paragraphs[0]).toMatch(/^Chánh Văn phòng/);
    expect(t.recipientsList(a.length)).toEqual([
      '- Như Điều 2;',
      '- Chủ tịch, các PCT UBND phường;',
      '- Lưu: VT, VHXH.',
    ]);
    // No money column and no total row in the list.
    const body = texts(listTableBody(unpaid));
    expect(body[0]).toEqual(['STT', 'Họ và tên / Tên tập thể', 'Chức vụ, đơn vị', 'Thành tích']);
    expect(body.flat()).not.toContain('Tổng cộng');
  });

  it('gives the signer title lines, blank ones when nobody signs yet', () => {
    expect(t.signerTitleLines(DECISION)).toEqual(['KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH']);
    expect(t.signerTitleLines({ ...DECISION, signer: { kind: 'chairman', name: 'X' } })).toEqual([
      'CHỦ TỊCH',
    ]);
    expect(t.signerTitleLines(DRAFT_TITLE).every((l) => l.trim() === '')).toBe(true);
    expect(t.signerName(DRAFT_TITLE)).toBe('');
  });

  it('titles the list for a form and for a title', () => {
    expect(t.listSubtitle(DECISION)).toBe('ĐƯỢC TẶNG GIẤY KHEN CỦA CHỦ TỊCH UBND PHƯỜNG');
    expect(t.listSubtitle(DRAFT_TITLE)).toBe('ĐƯỢC CÔNG NHẬN DANH HIỆU “LAO ĐỘNG TIÊN TIẾN”');
  });

  it('dates the attached list with two-digit days and months 1-2 padded', () => {
    expect(t.attachedToLine(DECISION)).toBe(
      '(Kèm theo Quyết định số 05/QĐ-UBND ngày 05/7/2026 của Chủ tịch UBND phường Lê Chân)',
    );
    expect(t.attachedToLine({ ...DECISION, decisionDate: '2026-02-09' })).toMatch(/ngày 09\/02\/2026 /);
    expect(t.attachedToLine({ ...DECISION, decisionDate: '2026-12-31' })).toMatch(/ngày 31\/12\/2026 /);
    expect(t.attachedToLine(DRAFT_TITLE).replace(/\s+/g, ' ')).toBe(
      '(Kèm theo Quyết định số /QĐ-UBND ngày / /20… của Chủ tịch UBND phường Lê Chân)',
    );
  });

  it('numbers sections with Roman numerals over the non-empty ones only; STT restarts per section', () => {
    const body = texts(listTableBody(DECISION));
    expect(body[1]![0]).toBe('I. TẬP THỂ');
    expect(body[2]!.slice(0, 2)).toEqual(['1', 'Chi hội Phụ nữ Tổ dân phố số 7']);
    expect(body[3]!.slice(0, 2)).toEqual(['2', 'Trường Mầm non Hoa Sữa']);
    expect(body[4]![0]).toBe('II. CÁ NHÂN');
    expect(body.slice(5, 8).map((r) => r[0])).toEqual(['1', '2', '3']);
    expect(body[8]).toEqual(['Tổng cộng', null, null, null, '5.320.000']);
    const draft = texts(listTableBody(DRAFT_TITLE)).map((r) => r[0]);
    expect(draft).toEqual(['STT', 'I. CÁ NHÂN', '1', 'II. HỘ GIA ĐÌNH', '1', 'Tổng cộng']);
  });

  it('keeps rows whole unless one is long', () => {
    expect(rowsKeptWhole(DRAFT_TITLE)).toBe(true);
    const medium = { ...DECISION.lines[0]!, achievement: LONG_ACHIEVEMENT.slice(0, 300) };
    expect(rowsKeptWhole({ ...DECISION, lines: [medium] })).toBe(true);
    expect(rowsKeptWhole(DECISION)).toBe(false); // one achievement of about 900 characters
  });
});
