import type { AppInfo } from '../../../shared/api/app';
import { DEFAULT_SETTINGS, type Settings } from '../../../shared/schemas/settings';

export const APP_INFO: AppInfo = {
  appVersion: '0.1.0',
  schemaVersion: 1,
  dataDir: '/tmp/tdkt-test/data',
  databaseFile: '/tmp/tdkt-test/data/tdkt.sqlite',
  wardName: 'Phường Lê Chân',
  counts: { units: 12, people: 1234, households: 0, movements: 3, decisions: 7 },
  startupNotice: null,
};

export const STORED_SETTINGS: Settings = {
  ...DEFAULT_SETTINGS,
  wardName: 'Phường Ngô Quyền',
  placeName: 'Ngô Quyền',
  chairman: { name: 'Nguyễn Văn Hùng', title: 'Chủ tịch' },
  viceChairmen: [{ name: 'Trần Thị Mai', title: 'Phó Chủ tịch' }],
  officerName: 'Lê Văn An',
};
