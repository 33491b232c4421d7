// Certificates used by the PDF tests and by anyone rendering samples to look at.
import type { CertificateData } from '../../../shared/domain/certificate';

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
