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

export const notAvailableTexts = {
  notInThisVersion: 'Chức năng này chưa có trong phiên bản này.',
  willHold: 'Khi hoàn thành, phần này sẽ gồm:',
};

/** What each area not built yet will hold, from the domain (shown on its "chưa có" page). */
export const PLANNED: Partial<Record<AreaId, string[]>> = {
  units: [
    'Danh sách cơ quan, đoàn thể, trường học, trạm y tế, tổ dân phố, doanh nghiệp… của phường, với đơn vị cấp trên, cụm/khối thi đua và người liên hệ.',
    'Lịch sử đơn vị khi sáp nhập hoặc giải thể; đơn vị đã được khen thưởng không bị xóa.',
  ],
  people: [
    'Hồ sơ cá nhân: họ tên, giới tính, ngày hoặc năm sinh, đơn vị, chức vụ và đối tượng (lãnh đạo, công chức/viên chức, người trực tiếp lao động…).',
    'Tìm theo tên không cần gõ dấu.',
  ],
  households: [
    'Danh sách hộ gia đình: chủ hộ, địa chỉ, tổ dân phố; dùng để xét "Gia đình văn hóa" và khen thưởng hộ gia đình.',
  ],
  awards: [
    'Đề nghị khen thưởng, Quyết định khen thưởng (số, ngày, người ký) và danh sách kèm theo, tiền thưởng theo mức lương cơ sở, số sổ vàng.',
    'In Giấy khen trên trang trắng hoặc trên phôi in sẵn.',
  ],
};
