import { formatNumberVi } from '../../../../shared/rules/money';
import type { BackupCounts } from '../../../../shared/api/backup';

/** "12 đơn vị, 1.234 cá nhân, 56 hộ gia đình, 7 quyết định". */
export function countsText(counts: BackupCounts): string {
  return [
    `${formatNumberVi(counts.units)} đơn vị`,
    `${formatNumberVi(counts.people)} cá nhân`,
    `${formatNumberVi(counts.households)} hộ gia đình`,
    `${formatNumberVi(counts.decisions)} quyết định`,
  ].join(', ');
}

export const dataTexts = {
  lead: 'Sao lưu và khôi phục dữ liệu, xem lịch sử thay đổi và các bản ghi đã xóa.',
  tabsLabel: 'Các phần của mục Dữ liệu',
  tabBackup: 'Sao lưu và khôi phục',
  tabHistory: 'Lịch sử thay đổi',
  tabTrash: 'Thùng rác',
};

export const backupTexts = {
  loading: 'Đang đọc danh sách bản sao lưu…',
  loadFailed: 'Không đọc được danh sách bản sao lưu',
  retry: 'Thử lại',

  nowTitle: 'Sao lưu ngay',
  nowText:
    'Lưu toàn bộ dữ liệu thành một tệp vào thư mục bạn chọn, ví dụ ổ USB. Nên cất bản sao lưu ở nơi khác máy tính này.',
  saveToFolder: 'Sao lưu ra thư mục…',
  saving: 'Đang sao lưu và kiểm tra tệp…',
  saved: (location: string, size: string) => `Đã lưu: ${location} (${size})`,
  saveCancelled: 'Chưa sao lưu: bạn đã đóng hộp thoại chọn thư mục.',
  saveFailedTitle: 'Chưa sao lưu được',

  storedTitle: 'Các bản sao lưu trên máy này',
  storedText: (folder: string) => `Ứng dụng tự sao lưu mỗi ngày vào thư mục ${folder}.`,
  retention: (daily: number, weekly: number, monthly: number) =>
    `Giữ lại bản mới nhất của ${daily} ngày, ${weekly} tuần và ${monthly} tháng gần nhất.`,
  retentionLink: 'Đổi trong Cài đặt',
  lastAuto: (when: string) => `Lần sao lưu tự động gần nhất: ${when}.`,
  noAutoYet: 'Chưa có bản sao lưu tự động nào trong thư mục.',
  lastFailureTitle: 'Lần sao lưu tự động gần nhất không thành công',
  lastFailure: (when: string, message: string) => `Lúc ${when}: ${message}`,
  create: 'Tạo bản sao lưu',
  creating: 'Đang tạo bản sao lưu…',
  created: (when: string) => `Đã tạo bản sao lưu lúc ${when}.`,
  createFailedTitle: 'Chưa tạo được bản sao lưu',
  storedEmpty: 'Chưa có bản sao lưu nào trên máy này.',
  storedLabel: 'Các bản sao lưu trên máy này',
  colDate: 'Thời điểm',
  colReason: 'Lý do',
  colSize: 'Kích thước',
  colActions: 'Thao tác',
  restoreThis: 'Khôi phục bản này',
  restoreThisOf: (when: string) => `Khôi phục bản sao lưu lúc ${when}`,

  fileTitle: 'Khôi phục từ tệp',
  fileText:
    'Chọn một tệp sao lưu (.sqlite), ví dụ trên ổ USB. Ứng dụng kiểm tra tệp và cho bạn xem nội dung trước khi thay đổi bất cứ điều gì.',
  pickFile: 'Khôi phục từ tệp…',
  inspecting: 'Đang kiểm tra tệp sao lưu…',
  restoring: 'Đang khôi phục dữ liệu. Vui lòng không tắt máy…',
  refusedTitle: (file: string) => `Không dùng được tệp “${file}”`,
  restoreFailedTitle: 'Chưa khôi phục được',
  tooBig: (file: string, mb: number) =>
    `Tệp “${file}” lớn hơn ${mb} MB, không phải tệp sao lưu của ứng dụng. Dữ liệu hiện tại không bị thay đổi.`,

  confirmTitle: 'Khôi phục dữ liệu từ bản sao lưu này?',
  confirmText:
    'Toàn bộ dữ liệu hiện tại sẽ được thay bằng dữ liệu trong bản sao lưu. Trước khi thay, ứng dụng tự sao lưu dữ liệu hiện tại vào thư mục sao lưu, nên vẫn có thể quay lại nếu cần.',
  confirmTextRecovery:
    'Dữ liệu trong bản sao lưu sẽ được dùng làm dữ liệu của ứng dụng. Tệp dữ liệu bị hỏng vẫn được giữ nguyên.',
  confirm: 'Khôi phục dữ liệu này',
  cancel: 'Hủy',
  fileName: 'Tệp',
  dataDate: 'Dữ liệu tính đến',
  dateFromName: (when: string) => `${when} (theo tên tệp)`,
  unknownDate: 'Không rõ',
  backupTime: 'Thời điểm sao lưu',
  reason: 'Lý do sao lưu',
  size: 'Kích thước',
  version: 'Phiên bản dữ liệu',
  versionText: (v: number, upgrade: boolean) =>
    upgrade ? `${v} (cũ hơn, sẽ được nâng cấp sau khi khôi phục)` : String(v),
  contents: 'Nội dung',

  resultTitle: 'Đã khôi phục dữ liệu',
  resultDated: (when: string, counts: string) => `Đã khôi phục dữ liệu ngày ${when}: ${counts}.`,
  resultUndated: (file: string, counts: string) => `Đã khôi phục dữ liệu từ tệp “${file}”: ${counts}.`,
  upgraded: (from: number, to: number) =>
    `Dữ liệu đã được nâng cấp từ phiên bản ${from} lên phiên bản ${to}.`,
  previousKept: (name: string, when: string) =>
    `Dữ liệu trước khi khôi phục được giữ trong bản sao lưu “${name}” (lúc ${when}), có trong danh sách “Các bản sao lưu trên máy này”.`,
  resultReopen: 'Mở lại với dữ liệu đã khôi phục',
  resultContinue: 'Vào ứng dụng',
};
