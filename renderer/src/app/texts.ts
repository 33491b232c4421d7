import type { AreaId } from './areas';

export const APP_NAME = 'Thi đua – Khen thưởng';

export const shellTexts = {
  appName: APP_NAME,
  navLabel: 'Các chức năng',
  openNav: 'Mở danh sách chức năng',
  closeNav: 'Đóng danh sách chức năng',
};

/** Each area's name: the navigation label and the page heading. */
export const AREA_LABELS: Record<AreaId, string> = {
  overview: 'Tổng quan',
  units: 'Đơn vị',
  people: 'Cá nhân',
  households: 'Hộ gia đình',
  movements: 'Phong trào',
  exemplars: 'Điển hình tiên tiến',
  awards: 'Khen thưởng',
  reports: 'Báo cáo',
  data: 'Dữ liệu',
  settings: 'Cài đặt',
};
