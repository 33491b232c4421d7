import { formatNumberVi } from '../../../../shared/rules/money';

const quoted = (s: string) => `“${s}”`;
const n = formatNumberVi;

/** "còn 14 ngày" / "hôm nay là hạn" / "đã quá hạn 3 ngày" (lower case, to follow a dash). */
export function daysLeftText(days: number): string {
  if (days === 0) return 'hôm nay là hạn';
  return days > 0 ? `còn ${n(days)} ngày` : `đã quá hạn ${n(-days)} ngày`;
}

export const unitReportsTexts = {
  loading: 'Đang đọc báo cáo của các đơn vị…',
  loadFailed: 'Không đọc được danh sách báo cáo của đơn vị',
  retry: 'Thử lại',
  cancel: 'Hủy',
  close: 'Đóng',
  actionFailedTitle: 'Chưa làm được',

  year: 'Năm báo cáo',
  deadline: (date: string, days: number) => `Hạn nộp: ${date} — ${daysLeftText(days)}`,
  /** A deadline of a past year: how long ago says nothing useful. */
  deadlinePast: (date: string) => `Hạn nộp: ${date} (đã qua)`,
  deadlineHint: 'Hạn nộp đổi trong Cài đặt (mục hạn báo cáo).',
  search: 'Tìm đơn vị, người liên hệ',
  clearSearch: 'Xóa từ khóa',
  countsLabel: 'Lọc theo tình trạng',
  countExpected: 'Phải nộp',
  countOnTime: 'Đúng hạn',
  countLate: 'Nộp muộn',
  countNotReceived: 'Chưa nộp',
  countFilterOf: (label: string, count: number) => `${label}: ${n(count)} đơn vị`,

  chase: 'In danh sách đơn vị chưa nộp',
  chaseNone: 'Tất cả đơn vị phải nộp đã nộp báo cáo.',
  chaseSaved: (name: string) => `Đã lưu ${name}.`,
  pdfFailedTitle: 'Không tạo được tệp PDF',

  listLabel: 'Báo cáo của các đơn vị',
  empty: (year: number) => `Năm ${year} chưa có đơn vị nào phải nộp báo cáo.`,
  emptyHint:
    'Đơn vị phải nộp là đơn vị đang hoạt động và tham gia phong trào thi đua của năm. Báo cáo của đơn vị khác vẫn ghi nhận được khi đơn vị đó có trong danh sách.',
  emptyFiltered: 'Không có đơn vị nào phù hợp với bộ lọc.',
  colUnit: 'Đơn vị',
  colClusters: 'Cụm/khối',
  colContact: 'Người liên hệ',
  colPhone: 'Điện thoại',
  colReceived: 'Ngày nhận',
  colStatus: 'Tình trạng',
  colFile: 'Tệp',
  colActions: 'Thao tác',
  notExpected: 'Không thuộc diện phải nộp',
  lateBy: (days: number) => `sau hạn ${n(days)} ngày`,
  noFile: '—',

  record: 'Ghi nhận',
  recordOf: (unit: string) => `Ghi nhận báo cáo của ${unit}`,
  edit: 'Sửa',
  editOf: (unit: string) => `Sửa ghi nhận báo cáo của ${unit}`,
  openFileOf: (file: string) => `Mở tệp ${file}`,
  removeFile: 'Gỡ tệp',
  removeFileOf: (unit: string) => `Gỡ tệp báo cáo của ${unit}`,
  removeFileTitle: 'Gỡ tệp báo cáo?',
  removeFileText: (file: string, unit: string) =>
    `Gỡ tệp ${quoted(file)} khỏi báo cáo của ${unit}? Ngày nhận vẫn được giữ; tệp bị xóa khỏi dữ liệu.`,
  fileRemoved: (file: string) => `Đã gỡ tệp ${quoted(file)}.`,
  remove: 'Xóa ghi nhận',
  removeOf: (unit: string) => `Xóa ghi nhận báo cáo của ${unit}`,
  removeTitle: 'Xóa ghi nhận báo cáo?',
  removeText: (unit: string, year: number) =>
    `Xóa ghi nhận báo cáo năm ${year} của ${unit} (cả tệp đính kèm)? Đơn vị sẽ lại tính là chưa nộp.`,
  removed: (unit: string) => `Đã xóa ghi nhận báo cáo của ${unit}.`,
  fileOpened: (file: string, location: string) => `Đã mở ${quoted(file)} (${location}).`,
  fileNotOpened: (location: string) =>
    `Máy chưa có chương trình mở được loại tệp này. Bản sao nằm ở: ${location}`,

  dialogTitle: (unit: string, year: number) => `Báo cáo năm ${year}: ${unit}`,
  receivedOn: 'Ngày nhận',
  receivedRequired: 'Vui lòng nhập ngày nhận báo cáo.',
  note: 'Ghi chú',
  notePlaceholder: 'Ví dụ: nhận bản giấy qua văn thư',
  file: 'Tệp báo cáo',
  fileHint: 'Không bắt buộc. PDF, Word, Excel hoặc ảnh; tối đa 20 MB.',
  pickFile: 'Chọn tệp…',
  replaceFile: 'Chọn tệp khác…',
  dropPicked: 'Bỏ tệp đã chọn',
  keptFile: (file: string) => `Đang đính kèm: ${file} (giữ nguyên nếu không chọn tệp mới)`,
  pickedFile: (file: string, size: string) => `Sẽ đính kèm: ${file} (${size})`,
  fileTooBig: (file: string) => `Tệp ${quoted(file)} quá giới hạn 20 MB.`,
  willBeOnTime: (deadline: string) => `Tính là nộp đúng hạn (hạn ${deadline}).`,
  willBeLate: (days: number, deadline: string) => `Tính là nộp muộn ${n(days)} ngày (hạn ${deadline}).`,
  save: 'Lưu',
  recorded: (unit: string) => `Đã ghi nhận báo cáo của ${unit}.`,
  updated: (unit: string) => `Đã lưu ghi nhận báo cáo của ${unit}.`,
};
