import { formatNumberVi } from '../../../../shared/rules/money';

export const certificateTexts = {
  documentsLabel: 'In ấn',
  decisionPdf: 'Xem quyết định (PDF)',
  printCertificates: 'In Giấy khen',
  printAll: (n: number) => `In Giấy khen cho cả danh sách (${formatNumberVi(n)})`,
  printSelected: (n: number) => `In Giấy khen cho ${formatNumberVi(n)} dòng đã chọn`,
  alreadyPrinted: (n: number, last: string) =>
    `In lại: ${formatNumberVi(n)} giấy khen đã in trước đây (lần gần nhất ${last}); xem “Lịch sử in Giấy khen”.`,
  modeFull: 'In cả trang (giấy trắng)',
  modeBlank: 'In trên phôi in sẵn',
  modeLabel: 'Cách in',
  draftHint:
    'Quyết định còn là dự thảo: chỉ in được Giấy khen sau khi ký (số quyết định và số sổ vàng có khi ký).',
  cancelledHint: 'Quyết định đã bị hủy: không in Giấy khen.',
  noLines: 'Danh sách chưa có ai.',
  rendering: (done: number, total: number) =>
    `Đang tạo ${formatNumberVi(done)}/${formatNumberVi(total)} giấy khen…`,
  renderingTitle: 'Đang tạo Giấy khen',
  stop: 'Dừng',
  previewTitle: (fileName: string) => `Xem trước: ${fileName}`,
  saveOrPrint: 'Lưu / In',
  savePdf: 'Lưu tệp PDF',
  openToPrint: 'Mở để in',
  opened: (name: string) => `Đã mở ${name} để in.`,
  openedCertificates: (n: number, name: string) =>
    `Đã mở ${name} để in và ghi nhận ${formatNumberVi(n)} lần in Giấy khen.`,
  close: 'Đóng',
  saved: (name: string) => `Đã lưu ${name}.`,
  savedCertificates: (n: number, name: string) =>
    `Đã lưu ${name} và ghi nhận ${formatNumberVi(n)} lần in Giấy khen.`,
  failedTitle: 'Không tạo được tệp',
  saveFailed: 'Không lưu được tệp',
  history: 'Lịch sử in Giấy khen',
  historyHint: 'Chọn đúng một dòng để xem lịch sử in.',
  historyFor: (name: string) => `Lịch sử in Giấy khen: ${name}`,
  historyEmpty: 'Giấy khen này chưa được in lần nào.',
  historyWhen: 'Thời gian',
  historyWho: 'Người in',
  historyMode: 'Cách in',
  historyCopies: 'Số bản',
  loadingPdf: 'Đang hiển thị tệp PDF…',
  pdfError: 'Không hiển thị được tệp PDF.',
  page: (n: number, total: number) => `Trang ${formatNumberVi(n)}/${formatNumberVi(total)}`,
  previousPage: 'Trang trước',
  nextPage: 'Trang sau',

  // Settings panel (tab "Mẫu Giấy khen")
  settingsLead:
    'Giấy khen in cả trang do ứng dụng vẽ toàn bộ; in trên phôi thì chỉ in phần chữ thay đổi vào đúng vị trí (đo bằng mm từ góc trên bên trái tờ phôi).',
  fullTitle: 'In cả trang',
  pageSize: 'Khổ giấy',
  orientation: 'Hướng giấy',
  landscape: 'Ngang',
  portrait: 'Dọc',
  emblem: 'Quốc huy / biểu trưng (in ở đầu Giấy khen)',
  emblemHint: 'Tệp PNG hoặc JPEG, tối đa 2 MB.',
  emblemPick: 'Chọn ảnh…',
  emblemReplace: 'Thay ảnh…',
  emblemRemove: 'Bỏ ảnh',
  emblemNone: 'Chưa có ảnh.',
  emblemSaved: 'Đã lưu ảnh quốc huy/biểu trưng.',
  emblemRemoved: 'Đã bỏ ảnh quốc huy/biểu trưng.',
  blankTitle: 'In trên phôi',
  offset: 'Độ lệch máy in',
  offsetHint: 'Nếu mọi chữ in lệch cùng một khoảng, chỉ cần sửa độ lệch (dương: sang phải / xuống dưới).',
  offsetX: 'Lệch ngang (mm)',
  offsetY: 'Lệch dọc (mm)',
  fieldX: 'Cách trái (mm)',
  fieldY: 'Cách trên (mm)',
  fieldWidth: 'Rộng (mm)',
  fieldHeight: 'Cao (mm)',
  fieldFont: 'Cỡ chữ (pt)',
  field: 'Ô',
  save: 'Lưu',
  savedLayout: 'Đã lưu mẫu Giấy khen.',
  resetDefaults: 'Về mặc định',
  calibration: 'In trang căn chỉnh',
  calibrationHint: 'In trang có lưới mm và khung các ô lên giấy trắng, đặt chồng lên phôi để đo.',
  sample: 'Xem thử',
  sampleFull: 'Xem thử in cả trang',
  sampleBlank: 'Xem thử in trên phôi',
  loading: 'Đang tải mẫu Giấy khen…',
  loadFailed: 'Không tải được mẫu Giấy khen',
  retry: 'Thử lại',
} as const;

export const formatPrintedAt = (iso: string): string => {
  const d = new Date(iso);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${pad(d.getDate())}/${pad(d.getMonth() + 1)}/${d.getFullYear()} ${pad(d.getHours())}:${pad(d.getMinutes())}`;
};
