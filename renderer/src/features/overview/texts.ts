import { formatNumberVi } from '../../../../shared/rules/money';

export const overviewTexts = {
  loading: 'Đang đọc dữ liệu…',
  loadFailed: 'Không đọc được thông tin tổng quan',
  retry: 'Thử lại',
  countsTitle: 'Số liệu đang lưu',
  counts: {
    units: 'Đơn vị',
    people: 'Cá nhân',
    households: 'Hộ gia đình',
    movements: 'Phong trào thi đua',
    decisions: 'Quyết định khen thưởng',
  },
  countsHint: 'Các con số trên đọc trực tiếp từ cơ sở dữ liệu (không tính bản ghi trong thùng rác).',
  storageTitle: 'Nơi lưu dữ liệu',
  dataDir: 'Thư mục dữ liệu',
  databaseFile: 'Tệp cơ sở dữ liệu',
  storageHint: 'Sao lưu tệp cơ sở dữ liệu này để giữ toàn bộ dữ liệu của phường.',
  versionTitle: 'Phiên bản',
  appVersion: 'Ứng dụng',
  schemaVersion: 'Cấu trúc dữ liệu',

  nowTitle: 'Việc cần theo dõi',
  open: 'Xem danh sách',
  movementsInProgress: 'Phong trào đang thực hiện',
  unitsNotRegistered: (year: number) => `Đơn vị chưa đăng ký thi đua năm ${year}`,
  unitsOf: (expected: number) => `trên ${formatNumberVi(expected)} đơn vị đang hoạt động`,
  allRegistered: 'Tất cả đơn vị đã đăng ký',
  models: 'Điển hình tiên tiến theo giai đoạn',
  deadlines: 'Hạn báo cáo',
  deadlineKinds: { unit: 'Đơn vị gửi phường', ward: 'Phường gửi thành phố' },
  daysLeft: (days: number) =>
    days === 0
      ? 'Hôm nay là hạn'
      : days > 0
        ? `còn ${formatNumberVi(days)} ngày`
        : `Đã quá hạn ${formatNumberVi(-days)} ngày`,
  deadlinesHint: 'Đổi ngày hạn trong Cài đặt',
  unitReports: (year: number) => `Báo cáo của đơn vị năm ${year}`,
  unitReportsReceived: (received: number, expected: number, late: number) =>
    `${formatNumberVi(received)}/${formatNumberVi(expected)} đơn vị đã nộp` +
    (late > 0 ? ` (${formatNumberVi(late)} nộp muộn)` : ''),
  unitReportsMissing: (n: number) => `${formatNumberVi(n)} đơn vị chưa nộp`,
  unitReportsAllIn: 'Tất cả đơn vị đã nộp',
  unitReportsNoneExpected: 'Chưa có đơn vị phải nộp báo cáo',
  unitReportsDeadline: (date: string, days: number) =>
    days === 0
      ? `Hạn nộp hôm nay (${date})`
      : days > 0
        ? `Hạn nộp ${date}, còn ${formatNumberVi(days)} ngày`
        : `Hạn nộp ${date}, đã quá hạn ${formatNumberVi(-days)} ngày`,
  awards: (year: number) => `Khen thưởng năm ${year}`,
  decisionsSigned: 'quyết định đã ký',
  decisionsDraft: (n: number) => `${formatNumberVi(n)} dự thảo`,
  awardLines: 'lượt khen thưởng',
  money: 'tiền thưởng',

  emptyTitle: 'Cơ sở dữ liệu đang trống',
  emptyText:
    'Chưa có đơn vị, cá nhân, hộ gia đình, phong trào hay quyết định nào. Có thể bắt đầu nhập dữ liệu của phường, hoặc tạo dữ liệu mẫu để xem thử ứng dụng.',
  demoButton: 'Tạo dữ liệu mẫu',
  demoConfirmTitle: 'Tạo dữ liệu mẫu?',
  demoConfirmText:
    'Ứng dụng sẽ nạp một phường mẫu của phường Lê Chân: khoảng 30 đơn vị, 300 cá nhân, 40 hộ gia đình, các phong trào thi đua (có Đợt thi đua giai đoạn 2026-2030), đăng ký thi đua, điển hình tiên tiến và quyết định khen thưởng 2023-2026. Dữ liệu mẫu không xóa riêng được: muốn bỏ nó phải khôi phục một bản sao lưu hoặc bắt đầu với một thư mục dữ liệu mới.',
  demoCancel: 'Hủy',
  demoBusy: 'Đang tạo dữ liệu mẫu…',
  demoFailed: 'Không tạo được dữ liệu mẫu',
  demoDone: (r: { units: number; people: number; movements: number; decisions: number }) =>
    `Đã tạo dữ liệu mẫu: ${formatNumberVi(r.units)} đơn vị, ${formatNumberVi(r.people)} cá nhân, ${formatNumberVi(r.movements)} phong trào, ${formatNumberVi(r.decisions)} quyết định.`,
};
