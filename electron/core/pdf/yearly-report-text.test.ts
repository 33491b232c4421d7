import { describe, expect, it } from 'vitest';
import {
  appendixLine,
  numberLine,
  placeDateLine,
  reportNumberText,
  reportParts,
  signerTitleLines,
  yearlyReportFileName,
} from './yearly-report-text';
import { DRAFT_2026, EMPTY_SECTIONS, REPORT_2026 } from './yearly-report-fixtures';

const NB = '\u00A0'.repeat(6);

describe('yearly report wording', () => {
  it('prints the number with the BC-UBND suffix, a leading zero below 10, blanks before it is issued', () => {
    expect(numberLine({ reportNumber: '12' })).toBe('Số: 12/BC-UBND');
    expect(numberLine({ reportNumber: '5' })).toBe('Số: 05/BC-UBND');
    expect(numberLine({ reportNumber: null })).toBe(`Số:${NB}/BC-UBND`);
    expect(reportNumberText('0')).toBeNull();
  });

  it('prints the place and date, or blanks with the year of the report', () => {
    expect(placeDateLine({ placeName: 'Lê Chân', reportDate: '2026-12-12', year: 2026 })).toBe(
      'Lê Chân, ngày 12 tháng 12 năm 2026',
    );
    expect(placeDateLine({ placeName: 'Lê Chân', reportDate: '2027-01-05', year: 2026 })).toBe(
      'Lê Chân, ngày 05 tháng 01 năm 2027',
    );
    expect(placeDateLine({ placeName: 'Lê Chân', reportDate: null, year: 2026 })).toBe(
      `Lê Chân, ngày${NB}tháng${NB}năm 2026`,
    );
  });

  it('names the report in the appendix heading', () => {
    expect(appendixLine({ reportNumber: '12', reportDate: '2026-12-12', year: 2026 })).toBe(
      'CÁC BIỂU THỐNG KÊ KÈM THEO BÁO CÁO SỐ 12/BC-UBND NGÀY 12/12/2026',
    );
    expect(appendixLine({ reportNumber: null, reportDate: null, year: 2026 })).toBe(
      `CÁC BIỂU THỐNG KÊ KÈM THEO BÁO CÁO SỐ ${NB}/BC-UBND NGÀY ${NB}/${NB}/2026`,
    );
  });

  it('signs for the People’s Committee as chairman, or on his behalf as vice chairman', () => {
    expect(signerTitleLines({ kind: 'chairman', name: 'A' })).toEqual(['TM. ỦY BAN NHÂN DÂN', 'CHỦ TỊCH']);
    expect(signerTitleLines({ kind: 'vice', name: 'B' })).toEqual([
      'TM. ỦY BAN NHÂN DÂN',
      'KT. CHỦ TỊCH',
      'PHÓ CHỦ TỊCH',
    ]);
    expect(signerTitleLines(null)).toEqual(['TM. ỦY BAN NHÂN DÂN', 'CHỦ TỊCH']);
  });

  it('names the files', () => {
    expect(yearlyReportFileName(2026, 'pdf')).toBe('Bao-cao-tong-ket-TDKT-2026.pdf');
    expect(yearlyReportFileName(2026, 'xlsx')).toBe('Bao-cao-tong-ket-TDKT-2026.xlsx');
  });
});

describe('reportParts', () => {
  it('prints the three parts with every section numbered, generated text before the typed text', () => {
    const parts = reportParts(REPORT_2026);
    expect(parts.map((p) => p.heading)).toEqual([
      'I. KẾT QUẢ CÔNG TÁC THI ĐUA, KHEN THƯỞNG NĂM 2026',
      'II. ĐÁNH GIÁ CHUNG',
      'III. PHƯƠNG HƯỚNG, NHIỆM VỤ CÔNG TÁC THI ĐUA, KHEN THƯỞNG NĂM 2027',
    ]);
    expect(parts[0]!.sections.map((s) => s.heading)).toEqual([
      '1. Đặc điểm tình hình',
      '2. Công tác tổ chức các phong trào thi đua',
      '3. Công tác phát hiện, bồi dưỡng, tổng kết và nhân rộng điển hình tiên tiến',
      '4. Kết quả công tác khen thưởng',
      '5. Hoạt động của Hội đồng Thi đua - Khen thưởng, Quỹ thi đua, khen thưởng và đội ngũ làm công tác thi đua, khen thưởng',
    ]);
    expect(parts[1]!.sections.map((s) => s.heading)).toEqual([
      '1. Ưu điểm',
      '2. Tồn tại, hạn chế và nguyên nhân',
      '3. Bài học kinh nghiệm',
    ]);
    expect(parts[2]!.sections).toEqual([
      {
        key: 'plans',
        heading: null,
        paragraphs: [
          'Tiếp tục đổi mới nội dung, hình thức tổ chức các phong trào thi đua.',
          'Nâng cao chất lượng công tác khen thưởng.',
        ],
      },
    ]);
    const awards = parts[0]!.sections[3]!;
    expect(awards.paragraphs).toEqual([
      'Chủ tịch UBND phường đã ban hành 12 quyết định khen thưởng cho 245 lượt tập thể, cá nhân và hộ gia đình, ' +
        'trong đó: 30 tập thể, 180 cá nhân (người trực tiếp lao động, sản xuất, công tác: 95, chiếm 52,8%), ' +
        '35 hộ gia đình; tổng số tiền thưởng 121.560.000 đồng.',
      'Có 28/30 đơn vị nộp báo cáo tổng kết đúng hạn, 1 đơn vị nộp muộn, 1 đơn vị chưa nộp.',
      'Công tác khen thưởng bảo đảm đúng đối tượng, kịp thời, công khai.',
    ]);
  });

  it('leaves out empty sections and parts, numbering what remains without gaps', () => {
    const parts = reportParts({
      ...DRAFT_2026,
      sections: { ...EMPTY_SECTIONS, lessons: 'Gắn thi đua với nhiệm vụ.', plans: '  \n ' },
    });
    expect(parts.map((p) => p.heading)).toEqual([
      'I. KẾT QUẢ CÔNG TÁC THI ĐUA, KHEN THƯỞNG NĂM 2026',
      'II. ĐÁNH GIÁ CHUNG',
    ]);
    // Overview and council typed nothing: left out; the three generated sections stay.
    expect(parts[0]!.sections.map((s) => s.heading)).toEqual([
      '1. Công tác tổ chức các phong trào thi đua',
      '2. Công tác phát hiện, bồi dưỡng, tổng kết và nhân rộng điển hình tiên tiến',
      '3. Kết quả công tác khen thưởng',
    ]);
    expect(parts[1]!.sections).toEqual([
      { key: 'lessons', heading: '1. Bài học kinh nghiệm', paragraphs: ['Gắn thi đua với nhiệm vụ.'] },
    ]);
  });
});
