import type {
  BackupInspection,
  BackupOverview,
  RestoreReport,
  StoredBackup,
} from '../../../../shared/api/backup';
import type { RecoveryStatus } from '../../../../shared/api/recovery';

/** Local times, so the screens show them as written whatever the test machine's time zone. */
const at = (y: number, mo: number, d: number, h: number, mi: number) =>
  new Date(y, mo - 1, d, h, mi).toISOString();

export const AUTO_BACKUP: StoredBackup = {
  name: 'tdkt-20261126-080000-auto.sqlite',
  reason: 'auto',
  reasonLabel: 'Tự động hằng ngày',
  createdAt: at(2026, 11, 26, 8, 0),
  sizeBytes: 13_002_342,
};

export const MANUAL_BACKUP: StoredBackup = {
  name: 'tdkt-20261125-163000-manual.sqlite',
  reason: 'manual',
  reasonLabel: 'Sao lưu thủ công',
  createdAt: at(2026, 11, 25, 16, 30),
  sizeBytes: 870_400,
};

export const PRERESTORE_BACKUP: StoredBackup = {
  name: 'tdkt-20261127-093000-prerestore.sqlite',
  reason: 'prerestore',
  reasonLabel: 'Trước khi khôi phục',
  createdAt: at(2026, 11, 27, 9, 30),
  sizeBytes: 13_100_000,
};

export const BACKUP_OVERVIEW: BackupOverview = {
  folder: 'C:\\Users\\vhxh\\AppData\\Roaming\\tdkt\\backups',
  backups: [AUTO_BACKUP, MANUAL_BACKUP],
  retention: { daily: 7, weekly: 4, monthly: 12 },
  lastAutoAt: AUTO_BACKUP.createdAt,
  lastFailure: null,
};

export const INSPECTION: BackupInspection = {
  fileName: 'tdkt-phuong-le-chan-20261120-170000.sqlite',
  sizeBytes: 12_999_000,
  schemaVersion: 4,
  needsUpgrade: false,
  date: { at: at(2026, 11, 20, 16, 45), source: 'last-change' },
  counts: { units: 41, people: 1234, households: 56, decisions: 7 },
};

export const REPORT: RestoreReport = {
  fileName: INSPECTION.fileName,
  date: INSPECTION.date,
  counts: INSPECTION.counts,
  schemaVersion: { backup: 4, now: 4 },
  previousData: PRERESTORE_BACKUP,
};

export const DAMAGED: Extract<RecoveryStatus, { state: 'recovery' }> = {
  state: 'recovery',
  problem: 'damaged',
  detectedAt: at(2026, 11, 28, 7, 55),
  message: 'Tệp dữ liệu bị hỏng (không qua được bước kiểm tra khi mở).',
  movedTo: 'C:\\Users\\vhxh\\AppData\\Roaming\\tdkt\\damaged\\20261128-075500',
  latestBackup: {
    ...AUTO_BACKUP,
    ageMs: 2 * 24 * 3600 * 1000,
    ageText: '2 ngày trước',
    date: { at: at(2026, 11, 26, 7, 40), source: 'last-change' },
    counts: { units: 40, people: 1230, households: 55, decisions: 7 },
  },
  backups: [AUTO_BACKUP, MANUAL_BACKUP],
};
