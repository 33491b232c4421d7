import { formatNumberVi } from '../../../../shared/rules/money';

/** Texts of the Gói báo cáo thành phố tab. */
export const cityPackageTexts = {
  year: 'Năm',

  // (a) what the ward sends
  sendTitle: 'Gửi thành phố',
  sendLead:
    'Gói báo cáo gồm tệp Excel theo mẫu cố định: cán bộ của thành phố mở và đọc được ngay mà không cần phần mềm này. Tệp JSON đi kèm chứa cùng số liệu để phần mềm ở cấp thành phố tự nhập và cộng gộp các phường; hãy gửi cả hai tệp.',
  exportXlsx: 'Xuất gói Excel',
  exportJson: 'Xuất tệp JSON đi kèm',
  exportingXlsx: 'Đang xuất gói Excel…',
  exportingJson: 'Đang xuất tệp JSON…',

  // (b) the city-level sum
  totalsTitle: 'Tổng hợp các phường',
  totalsLead:
    'Dành cho cơ quan cấp thành phố: nhập tệp JSON trong gói báo cáo của từng phường, phần mềm cộng số liệu các phường theo từng bảng.',
  importButton: 'Nhập gói báo cáo của phường',
  importPick: 'Chọn tệp JSON gói báo cáo của phường',
  importing: 'Đang nhập gói báo cáo…',
  importFailed: 'Không nhập được gói báo cáo',
  imported: (ward: string, year: number) => `Đã nhập gói báo cáo của ${ward} năm ${year}.`,
  conflictTitle: 'Gói báo cáo này đã được nhập',
  replace: 'Thay thế',
  replaceConfirmText: (fileName: string) =>
    `Tệp mới: “${fileName}”. Số liệu tổng hợp sẽ tính lại theo tệp này.`,
  cancel: 'Hủy',
  dismiss: 'Bỏ qua',

  packagesLabel: 'Các gói báo cáo đã nhập',
  packagesEmpty: (year: number) => `Chưa nhập gói báo cáo nào của năm ${year}.`,
  columns: {
    ward: 'Phường',
    city: 'Thành phố',
    generatedAt: 'Ngày tạo',
    importedAt: 'Ngày nhập',
    awardCount: 'Số lượt khen thưởng',
    money: 'Tổng tiền',
    actions: 'Thao tác',
  },
  remove: 'Xóa',
  removeLabel: (ward: string) => `Xóa gói báo cáo của ${ward}`,
  removeTitle: 'Xóa gói báo cáo đã nhập?',
  removeText: (ward: string, year: number) =>
    `Số liệu của ${ward} năm ${year} sẽ không còn được cộng vào tổng hợp. Có thể nhập lại tệp sau.`,
  removed: (ward: string) => `Đã xóa gói báo cáo của ${ward}.`,
  removeFailed: 'Không xóa được gói báo cáo',

  loading: 'Đang đọc các gói báo cáo…',
  loadFailed: 'Không đọc được các gói báo cáo đã nhập',
  retry: 'Thử lại',
  tablesTitle: (count: number, year: number) =>
    `Số liệu cộng gộp của ${formatNumberVi(count)} phường, năm ${year}`,
  exportTotals: 'Xuất Excel tổng hợp',
  exportingTotals: 'Đang xuất Excel tổng hợp…',
};
