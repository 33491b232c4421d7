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
  countsHint:
    'Các màn hình nhập đơn vị, cá nhân, hộ gia đình, phong trào và quyết định khen thưởng sẽ có trong các phiên bản sau; các con số trên đọc trực tiếp từ cơ sở dữ liệu.',
  storageTitle: 'Nơi lưu dữ liệu',
  dataDir: 'Thư mục dữ liệu',
  databaseFile: 'Tệp cơ sở dữ liệu',
  storageHint: 'Sao lưu tệp cơ sở dữ liệu này để giữ toàn bộ dữ liệu của phường.',
  versionTitle: 'Phiên bản',
  appVersion: 'Ứng dụng',
  schemaVersion: 'Cấu trúc dữ liệu',
};
