import { wardSlug } from '../../../backup/layout';
import { formatDate } from '../../../../../shared/rules/dates';
import { statSheetName } from '../../../excel/stat-tables';
import { DECISION_METHOD_LABELS } from '../../../../../shared/domain/decisions';
import { CATALOGUE_KIND_LABELS, RECIPIENT_KIND_LABELS } from '../../../../../shared/domain/awards';
import { STAFF_CATEGORY_LABELS } from '../../../../../shared/domain/registry';
import type { CityPackage, PackageAward } from '../../../../../shared/schemas/city-package';

// The fixed layout of the package's workbook and of the city's totals workbook. LAYOUT.md (beside
// this file) documents it for whoever reads the files without our app: change both together.

export const INFO_SHEET = 'Thong tin';
export const AWARDS_SHEET = 'Danh sach khen thuong';
export const WARDS_SHEET = 'Cac phuong';

/** One sheet per statistics table: the statistics workbook's names ("1-Phong trao" …). */
export const tableSheetName = statSheetName;

/** "Thong tin": header in row 1, then one row per field in this order (A code, B label, C value). */
export const INFO_HEADER = ['Mã trường', 'Nội dung', 'Giá trị'] as const;
export const INFO_ROWS: { code: string; label: string; value: (p: CityPackage) => string | number }[] = [
  { code: 'format', label: 'Định dạng gói', value: (p) => p.format },
  { code: 'schemaVersion', label: 'Phiên bản cấu trúc', value: (p) => p.schemaVersion },
  { code: 'wardName', label: 'Tên phường', value: (p) => p.ward.name },
  { code: 'city', label: 'Tỉnh/thành phố', value: (p) => p.ward.city },
  { code: 'year', label: 'Năm báo cáo', value: (p) => p.year },
  { code: 'generatedAt', label: 'Thời điểm lập gói (ISO 8601, giờ UTC)', value: (p) => p.generatedAt },
  { code: 'appVersion', label: 'Phiên bản phần mềm', value: (p) => p.appVersion },
];

export interface AwardColumn {
  code: keyof PackageAward;
  header: string;
  width: number;
  value(a: PackageAward): string | number | null;
}

/** "Danh sach khen thuong": header in row 1, columns A..L in the order of the JSON awards' fields. */
export const AWARD_COLUMNS: AwardColumn[] = [
  { code: 'decisionNumber', header: 'Số quyết định', width: 15, value: (a) => a.decisionNumber },
  { code: 'decisionDate', header: 'Ngày quyết định', width: 14, value: (a) => formatDate(a.decisionDate) },
  {
    code: 'method',
    header: 'Phương thức khen thưởng',
    width: 16,
    value: (a) => DECISION_METHOD_LABELS[a.method],
  },
  { code: 'award', header: 'Danh hiệu, hình thức khen thưởng', width: 32, value: (a) => a.award },
  { code: 'awardKind', header: 'Loại', width: 22, value: (a) => CATALOGUE_KIND_LABELS[a.awardKind] },
  {
    code: 'recipientKind',
    header: 'Khen cho',
    width: 12,
    value: (a) => RECIPIENT_KIND_LABELS[a.recipientKind],
  },
  {
    code: 'staffCategory',
    header: 'Đối tượng',
    width: 26,
    value: (a) => (a.staffCategory === null ? null : STAFF_CATEGORY_LABELS[a.staffCategory]),
  },
  { code: 'name', header: 'Tên tập thể, cá nhân, hộ gia đình', width: 32, value: (a) => a.name },
  { code: 'positionUnit', header: 'Chức vụ, đơn vị', width: 32, value: (a) => a.positionUnit },
  { code: 'achievement', header: 'Thành tích', width: 40, value: (a) => a.achievement },
  { code: 'amount', header: 'Số tiền (đồng)', width: 14, value: (a) => a.amount },
  { code: 'registerNumber', header: 'Số sổ vàng', width: 11, value: (a) => a.registerNumber },
];

/** "Cac phuong" of the totals workbook: header in row 4 (title, a line and an empty row above). */
export const WARDS_HEADER = [
  'STT',
  'Phường',
  'Tỉnh/thành phố',
  'Ngày lập gói',
  'Số lượt khen thưởng',
  'Tiền thưởng (đồng)',
] as const;

/** "Bao-cao-TDKT-phuong-le-chan-2026.json" / ".xlsx". */
export const packageFileName = (wardName: string, year: number, ext: 'json' | 'xlsx'): string =>
  `Bao-cao-TDKT-${wardSlug(wardName)}-${year}.${ext}`;

export const totalsFileName = (year: number): string => `Tong-hop-TDKT-${year}.xlsx`;
