// Certificates used by the PDF tests and by anyone rendering samples to look at.
import type { CertificateData } from '../../../shared/domain/certificate';
import type { DecisionDocumentData, DecisionDocumentLine } from '../../../shared/domain/decision-document';

const common = {
  decisionNumberText: '05/QĐ-UBND',
  decisionDate: '2026-07-05',
  placeName: 'Lê Chân',
  wardName: 'Phường Lê Chân',
} as const;

/** About 900 characters: must be shrunk to fit the achievement box, never cut. */
export const LONG_ACHIEVEMENT =
  'Đã có thành tích xuất sắc trong phong trào thi đua "Toàn dân đoàn kết xây dựng đời sống văn hóa" ' +
  'và công tác chăm sóc sức khỏe ban đầu cho nhân dân trên địa bàn phường năm 2025-2026: tổ chức ' +
  'thành công mười hai đợt khám sàng lọc miễn phí cho người cao tuổi, trẻ em có hoàn cảnh khó khăn ' +
  'và hộ nghèo; vận động quyên góp được hơn ba trăm triệu đồng cho Quỹ Vì người nghèo; trực tiếp ' +
  'hướng dẫn các tổ dân phố triển khai mô hình "Khu dân cư xanh, sạch, đẹp, an toàn"; tham gia ' +
  'phòng, chống dịch bệnh, tiêm chủng mở rộng đạt tỷ lệ chín mươi tám phần trăm; kiên trì tuyên ' +
  'truyền, vận động người dân thực hiện nếp sống văn minh đô thị, giữ gìn trật tự an toàn giao thông; ' +
  'hỗ trợ xây dựng hai nhà tình nghĩa, sửa chữa năm nhà ở cho gia đình chính sách; là tấm gương ' +
  'sáng về tinh thần trách nhiệm, đoàn kết, tận tụy, được nhân dân và đồng nghiệp tin yêu, góp phần ' +
  'hoàn thành xuất sắc nhiệm vụ chính trị của địa phương.';

export const MALE: CertificateData = {
  ...common,
  recipientKind: 'individual',
  gender: 'male',
  name: 'Nguyễn Văn A',
  positionUnit: 'Tổ trưởng Tổ dân phố số 3',
  achievement: 'Đã có thành tích xuất sắc trong công tác dân vận năm 2026',
  registerNumber: 12,
  signer: { title: 'vice', name: 'Trần Thị Hương' },
};

export const FEMALE_LONG: CertificateData = {
  ...common,
  recipientKind: 'individual',
  gender: 'female',
  name: 'Lê Thị Thu Hường',
  positionUnit: 'Trạm trưởng Trạm y tế phường',
  achievement: LONG_ACHIEVEMENT,
  registerNumber: 13,
  signer: { title: 'vice', name: 'Trần Thị Hương' },
};

export const COLLECTIVE: CertificateData = {
  ...common,
  recipientKind: 'collective',
  gender: null,
  name: 'Chi hội Phụ nữ Tổ dân phố số 7',
  positionUnit: null,
  achievement: 'hoàn thành xuất sắc nhiệm vụ năm 2026',
  registerNumber: 14,
  signer: { title: 'chairman', name: 'Phạm Quốc Đạt' },
};

export const FIXTURES: CertificateData[] = [MALE, FEMALE_LONG, COLLECTIVE];

// Decisions (Quyết định khen thưởng) used by the decision PDF tests and for sample renders.

const VOWELS = ['a', 'ă', 'â', 'e', 'ê', 'i', 'o', 'ô', 'ơ', 'u', 'ư', 'y'];
const TONES = ['', '\u0301', '\u0300', '\u0309', '\u0303', '\u0323']; // ngang, sắc, huyền, hỏi, ngã, nặng

/**
 * One name per vowel holding that vowel with every tone ("Mư Mứ Mừ Mử Mữ Mự"), built in NFD so
 * the PDF path must normalise; lower case for individuals, upper case for collectives.
 */
export const TONE_NAMES: { lower: string[]; upper: string[] } = {
  lower: VOWELS.map((v) =>
    TONES.map((t) => `M${v}${t}`)
      .join(' ')
      .normalize('NFD'),
  ),
  upper: VOWELS.map((v) =>
    TONES.map((t) => `M${v}${t}`.toUpperCase())
      .join(' ')
      .normalize('NFD'),
  ),
};

const line = (
  recipientKind: DecisionDocumentLine['recipientKind'],
  name: string,
  positionUnit: string | null,
  achievement: string | null,
  amount: number,
): DecisionDocumentLine => ({ recipientKind, name, positionUnit, achievement, amount });

/** Signed, vice-chairman, 2 collectives and 3 individuals: 5.320.000 đồng. */
export const DECISION: DecisionDocumentData = {
  wardName: 'Phường Lê Chân',
  placeName: 'Lê Chân',
  numberText: '05/QĐ-UBND',
  decisionSuffix: 'QĐ-UBND',
  decisionDate: '2026-07-05',
  subject: 'Về việc tặng Giấy khen cho các tập thể, cá nhân đã có thành tích xuất sắc năm 2026',
  legalBases: [
    'Căn cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025',
    'Căn cứ Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022;',
    'Căn cứ Nghị định số 152/2025/NĐ-CP ngày 14 tháng 6 năm 2025 của Chính phủ quy định chi tiết một số điều của Luật Thi đua, khen thưởng',
    'Xét đề nghị của Trưởng phòng Văn hóa - Xã hội phường.',
  ],
  awardName: 'Giấy khen của Chủ tịch UBND phường',
  awardKind: 'form',
  defaultAchievement: 'đã có thành tích xuất sắc trong thực hiện nhiệm vụ năm 2026',
  signer: { kind: 'vice', name: 'Trần Thị Hương' },
  lines: [
    line(
      'individual',
      'Nguyễn Văn An',
      'Tổ trưởng Tổ dân phố số 3',
      'Hoàn thành xuất sắc nhiệm vụ năm 2026',
      760_000,
    ),
    line(
      'collective',
      'Chi hội Phụ nữ Tổ dân phố số 7',
      null,
      'Dẫn đầu phong trào thi đua năm 2026',
      1_520_000,
    ),
    line('individual', 'Lê Thị Thu Hường', 'Trạm trưởng Trạm y tế phường', LONG_ACHIEVEMENT, 760_000),
    line(
      'collective',
      'Trường Mầm non Hoa Sữa',
      null,
      'Hoàn thành xuất sắc nhiệm vụ năm học 2025-2026',
      1_520_000,
    ),
    line('individual', 'Phạm Quốc Đạt', 'Công chức Văn hóa - Xã hội', null, 760_000),
  ],
  draft: false,
};

/** An unnumbered, undated, unsigned draft of the Lao động tiên tiến title: individuals and households only. */
export const DRAFT_TITLE: DecisionDocumentData = {
  ...DECISION,
  numberText: null,
  decisionDate: null,
  subject: 'Về việc công nhận danh hiệu “Lao động tiên tiến” năm 2026',
  awardName: 'Lao động tiên tiến',
  awardKind: 'title',
  defaultAchievement: null,
  signer: null,
  lines: [
    line('household', 'Hộ ông Đỗ Văn Bình', 'Tổ dân phố số 2', 'Gương mẫu chấp hành chủ trương', 1_140_000),
    line('individual', 'Vũ Thị Ánh', 'Công chức Tư pháp - Hộ tịch', 'Hoàn thành tốt nhiệm vụ', 760_000),
  ],
  draft: true,
};

/** `n` individuals (the chairman signs): a list long enough to run over several pages. */
export function decisionWithLines(n: number): DecisionDocumentData {
  return {
    ...DECISION,
    signer: { kind: 'chairman', name: 'Phạm Quốc Đạt' },
    lines: Array.from({ length: n }, (_, i) =>
      line(
        'individual',
        `Nguyễn Thị Hồng Nhung ${i + 1}`,
        'Giáo viên Trường Tiểu học Lê Chân',
        i % 7 === 0 ? LONG_ACHIEVEMENT.slice(0, 300) : 'Hoàn thành xuất sắc nhiệm vụ năm học 2025-2026',
        760_000,
      ),
    ),
  };
}

/** Every vowel with every tone: 12 collectives in upper case, 12 individuals in lower case. */
export const TONE_DECISION: DecisionDocumentData = {
  ...DECISION,
  lines: [
    ...TONE_NAMES.upper.map((name) => line('collective', name, null, null, 1_520_000)),
    ...TONE_NAMES.lower.map((name) => line('individual', name, name, name, 760_000)),
  ],
};
