/** Texts of the Báo cáo area shell (each tab keeps its own texts). */
export const reportsTexts = {
  lead: 'Báo cáo của các đơn vị, báo cáo tổng kết năm của phường, thống kê theo Thông tư 02/2023 và gói báo cáo gửi thành phố.',
  tabsLabel: 'Các mục báo cáo',
  tabUnitReports: 'Báo cáo của đơn vị',
  tabSummary: 'Báo cáo tổng kết năm',
  tabStatistics: 'Thống kê',
  tabCity: 'Gói báo cáo thành phố',
};
