import { formatNumberVi } from '../../../../shared/rules/money';

/** Texts of the Thống kê tab, its charts (also on the dashboard) and the records behind a cell. */
export const statisticsTexts = {
  lead: 'Số liệu theo các biểu mẫu của Thông tư 02/2023/TT-BNV, tính lại từ dữ liệu mỗi lần mở. Bấm vào một con số để xem các bản ghi tạo nên nó.',
  rangeLabel: 'Khoảng thời gian thống kê',
  fromYear: 'Từ năm',
  toYear: 'Đến năm',
  loading: 'Đang tính số liệu thống kê…',
  loadFailed: 'Không tính được số liệu thống kê',
  retry: 'Thử lại',
  exportExcel: 'Xuất Excel',
  exporting: 'Đang xuất Excel…',
  printPdf: 'In (PDF)',
  pdfFailedTitle: 'Không tạo được tệp PDF',
  pdfSaved: (name: string) => `Đã lưu ${name}.`,
  tablesTitle: 'Các bảng thống kê',
  chartsTitle: 'Biểu đồ',
  tableNumber: (n: number, title: string) => `Biểu ${n}. ${title}`,

  // The generic table
  rowHeader: 'Chỉ tiêu',
  totalRow: 'Tổng cộng',
  /** The accessible name of a cell that opens its records. */
  cellButton: (row: string, column: string, value: string) => `${row} — ${column}: ${value}. Xem các bản ghi`,

  // The records behind a cell
  recordsLoading: 'Đang đọc các bản ghi…',
  recordsFailed: 'Không đọc được các bản ghi',
  recordsValue: 'Giá trị',
  recordsCount: (n: number) => `${formatNumberVi(n)} bản ghi`,
  recordsTruncated: (shown: number) => `chỉ hiện ${formatNumberVi(shown)} bản ghi đầu`,
  recordsEmpty: 'Không có bản ghi nào.',
  recordsList: 'Các bản ghi',
  close: 'Đóng',

  // Charts
  noData: 'Chưa có số liệu',
  chartAwardsByYear: 'Lượt khen thưởng theo năm',
  chartDirectShare: 'Tỷ lệ khen người trực tiếp lao động',
  chartModelsByStage: 'Điển hình tiên tiến theo giai đoạn',
  chartReportStatus: (year: number) => `Báo cáo của các đơn vị năm ${year}`,
  axisYear: 'Năm',
  axisAwards: 'Lượt khen thưởng',
  axisShare: 'Tỷ lệ (%)',
  axisModels: 'Số điển hình',
  axisStage: 'Giai đoạn',
  axisUnits: 'Số đơn vị',
  axisStatus: 'Tình trạng',
  columnYear: 'Năm',
  columnIndividuals: 'Cá nhân được khen',
  columnDirectWorkers: 'Người trực tiếp lao động',
  columnShare: 'Tỷ lệ',
  columnTotal: 'Tổng',
  columnStage: 'Giai đoạn',
  columnModels: 'Số điển hình',
  columnStatus: 'Tình trạng',
  columnUnits: 'Số đơn vị',
  chartsFailed: 'Không đọc được biểu đồ',

  // The dashboard panel
  dashboardTitle: (from: number, to: number) => `Biểu đồ ${from}–${to}`,
  dashboardLink: 'Xem thống kê chi tiết',
};
