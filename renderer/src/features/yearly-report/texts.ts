import { REPORT_NUMBER_SUFFIX } from '../../../../shared/domain/reports';

const quoted = (s: string) => `“${s}”`;

export const yearlyReportTexts = {
  loading: 'Đang đọc báo cáo tổng kết…',
  loadFailed: 'Không đọc được báo cáo tổng kết năm',
  retry: 'Thử lại',
  cancel: 'Hủy',
  close: 'Đóng',
  actionFailedTitle: 'Chưa làm được',
  pdfFailedTitle: 'Không tạo được tệp',

  year: 'Năm báo cáo',
  statusDraft: 'Đang soạn',
  deadlineLabel: 'Hạn gửi thành phố',
  deadlineHint: 'Hạn phường gửi báo cáo tổng kết cho thành phố; đổi trong Cài đặt (mục hạn báo cáo).',
  statusSent: (date: string) => `Đã gửi ngày ${date}`,
  neverSaved: 'Chưa lưu lần nào: các con số dưới đây tính từ dữ liệu hiện có.',
  unsaved: 'Có thay đổi chưa lưu.',
  save: 'Lưu',
  saveHint: 'Lưu (Ctrl+S)',
  saved: (year: number) => `Đã lưu báo cáo tổng kết năm ${year}.`,
  saveFailedTitle: 'Chưa lưu được báo cáo',
  preview: 'Xem báo cáo (PDF)',
  exportXlsx: 'Xuất Excel các biểu',
  fileSaved: (name: string) => `Đã lưu ${name}.`,
  markSent: 'Đánh dấu đã gửi',
  reopen: 'Mở lại để sửa',

  numberLabel: 'Số báo cáo',
  numberPlaceholder: 'Ví dụ: 12',
  numberShown: (number: string) => `In là: Số: ${number}/${REPORT_NUMBER_SUFFIX}`,
  numberEmpty: 'Chỉ gồm chữ số; để trống đến khi lấy số.',
  dateLabel: 'Ngày báo cáo',
  sectionsTitle: 'Nội dung báo cáo',
  generatedCaption: 'Số liệu do phần mềm tính từ dữ liệu',
  generatedEmpty: 'Chưa có số liệu của năm này.',
  typedLabel: 'Nội dung soạn thêm',
  typedPlaceholder: 'Nhập nội dung của mục này…',
  sentNote: (date: string) =>
    `Báo cáo đã gửi thành phố ngày ${date}: nội dung chỉ để xem. Bấm “Mở lại để sửa” nếu cần sửa (lý do được ghi vào lịch sử).`,

  markSentTitle: (year: number) => `Đánh dấu đã gửi báo cáo năm ${year}`,
  markSentText: 'Sau khi đánh dấu đã gửi, nội dung báo cáo chỉ để xem; muốn sửa phải mở lại và ghi lý do.',
  sentOn: 'Ngày gửi',
  sentOnRequired: 'Vui lòng nhập ngày gửi.',
  emptySectionsWarning: 'Các mục sau chưa có nội dung:',
  onlyFigures: ' (mới có số liệu do phần mềm tính)',
  emptySectionsHint: 'Vẫn có thể đánh dấu đã gửi nếu các mục này không cần viết.',
  willSaveFirst: 'Các thay đổi chưa lưu sẽ được lưu trước khi đánh dấu.',
  markedSent: (year: number, date: string) => `Đã đánh dấu báo cáo năm ${year} đã gửi ngày ${date}.`,

  reopenTitle: (year: number) => `Mở lại báo cáo năm ${year} để sửa`,
  reopenExplanation: 'Báo cáo sẽ trở lại trạng thái đang soạn. Lý do mở lại được ghi vào lịch sử thay đổi.',
  reopenReason: 'Lý do mở lại',
  reopenRequired: 'Vui lòng nhập lý do mở lại.',
  reopened: (year: number) => `Đã mở lại báo cáo năm ${year} để sửa.`,

  unsavedTitle: 'Có thay đổi chưa lưu',
  unsavedText: (year: number) =>
    `Báo cáo tổng kết năm ${year} có thay đổi chưa lưu. Lưu lại trước khi rời đi?`,
  stay: 'Ở lại',
  discard: 'Bỏ thay đổi',
  saveAndGo: 'Lưu rồi tiếp tục',
  sectionOf: (title: string) => `Mục ${quoted(title)}`,
};
