import { formatNumberVi } from '../../../../shared/rules/money';

const quoted = (name: string) => `“${name}”`;

/** 300 ‰ → "0,3"; 1500 → "1,5" (integer arithmetic, no float). */
export function coefficientText(permille: number): string {
  const whole = Math.floor(permille / 1000);
  const fraction = String(permille % 1000)
    .padStart(3, '0')
    .replace(/0+$/, '');
  return fraction === '' ? formatNumberVi(whole) : `${formatNumberVi(whole)},${fraction}`;
}

export const awardsTexts = {
  lead: 'Quyết định khen thưởng và danh sách kèm theo, đề nghị của các đơn vị, tra cứu khen thưởng, danh mục, mức lương cơ sở và mẫu Giấy khen.',
  tabsLabel: 'Các phần của khen thưởng',
  tabDecisions: 'Quyết định',
  tabProposals: 'Đề nghị',
  tabLookup: 'Tra cứu',
  tabCatalogue: 'Danh mục khen thưởng',
  tabCertificates: 'Mẫu Giấy khen',
  tabSalaries: 'Mức lương cơ sở',
  loading: 'Đang đọc danh mục khen thưởng…',
  loadFailed: 'Không đọc được danh mục khen thưởng',
  retry: 'Thử lại',
  cancel: 'Hủy',
  save: 'Lưu',

  titlesSection: 'Danh hiệu thi đua',
  formsSection: 'Hình thức khen thưởng',
  emptySection: 'Chưa có mục nào.',
  add: 'Thêm vào danh mục',
  colName: 'Tên',
  colLevel: 'Cấp quyết định',
  colRecipients: 'Đối tượng được tặng',
  colMoney: 'Tiền thưởng',
  colStatus: 'Trạng thái',
  colActions: 'Thao tác',
  moneyAt: (salary: string) => `Tiền thưởng tính theo mức lương cơ sở hiện hành ${salary}.`,
  noSalaryToday: 'Chưa có mức lương cơ sở áp dụng cho hôm nay nên chưa tính được tiền thưởng.',
  noMoney: 'Không có tiền thưởng',
  times: (coefficient: string) => `hệ số ${coefficient}`,
  active: 'Đang dùng',
  retired: 'Ngừng sử dụng',
  used: (n: number) => `Đã dùng ${formatNumberVi(n)} lần`,

  edit: 'Sửa',
  editOf: (name: string) => `Sửa ${name}`,
  retire: 'Ngừng dùng',
  retireOf: (name: string) => `Ngừng sử dụng ${name}`,
  reactivate: 'Dùng lại',
  reactivateOf: (name: string) => `Dùng lại ${name}`,
  delete: 'Xóa',
  deleteOf: (name: string) => `Xóa ${name}`,
  retiredDone: (name: string) => `Đã ngừng sử dụng ${quoted(name)}.`,
  reactivatedDone: (name: string) => `Đã dùng lại ${quoted(name)}.`,
  actionFailedTitle: 'Chưa làm được',

  addTitle: 'Thêm vào danh mục khen thưởng',
  editTitle: (name: string) => `Sửa ${quoted(name)}`,
  name: 'Tên danh hiệu, hình thức',
  kind: 'Loại',
  level: 'Cấp quyết định',
  recipients: 'Đối tượng được tặng và hệ số tiền thưởng',
  recipientsHint:
    'Hệ số tính theo phần nghìn mức lương cơ sở: 300 = 0,3 lần. Để trống nếu không có tiền thưởng.',
  permilleOf: (kind: string) => `Hệ số ${kind.toLowerCase()} (‰)`,
  rank: 'Thứ bậc',
  rankHint: 'Số lớn hơn là danh hiệu cao hơn: nhiều danh hiệu cùng kỳ chỉ thưởng tiền danh hiệu cao nhất.',
  note: 'Ghi chú',
  created: (name: string) => `Đã thêm ${quoted(name)}.`,
  saved: (name: string) => `Đã lưu ${quoted(name)}.`,
  saveFailedTitle: 'Chưa lưu được',

  deleteTitle: (name: string) => `Xóa ${quoted(name)}?`,
  deleteExplain: 'Mục này chưa được dùng ở đâu nên có thể xóa hẳn khỏi danh mục.',
  deleteConfirm: 'Xóa',
  deleted: (name: string) => `Đã xóa ${quoted(name)}.`,
  deleteFailedTitle: 'Không xóa được',

  salariesLead:
    'Tiền thưởng tính theo mức lương cơ sở đang áp dụng vào ngày ký quyết định. Mức đã dùng để tính tiền thưởng thì không xóa được.',
  salariesLabel: 'Bảng mức lương cơ sở',
  colEffectiveFrom: 'Áp dụng từ ngày',
  colAmount: 'Mức lương cơ sở',
  colNote: 'Ghi chú',
  salaryEmpty: 'Chưa có mức lương cơ sở nào.',
  addSalary: 'Thêm mức lương cơ sở',
  effectiveFrom: 'Áp dụng từ ngày',
  amount: 'Mức lương cơ sở (đồng)',
  amountInvalid: 'Mức lương cơ sở phải là số đồng nguyên, ví dụ 2.530.000.',
  salaryAdded: (amount: string, date: string) => `Đã thêm mức ${amount} từ ngày ${date}.`,
  salaryDeleteOf: (date: string) => `Xóa mức lương cơ sở từ ngày ${date}`,
  salaryDeleted: (date: string) => `Đã xóa mức lương cơ sở từ ngày ${date}.`,
};
