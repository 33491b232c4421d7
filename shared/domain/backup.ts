/** Why a backup in `<data>/backups` was made; part of its file name (`tdkt-YYYYMMDD-HHMMSS-<reason>.sqlite`). */
export const BACKUP_REASONS = ['auto', 'premigrate', 'prerestore', 'manual'] as const;
export type BackupReason = (typeof BACKUP_REASONS)[number];

export const BACKUP_REASON_LABELS: Record<BackupReason, string> = {
  auto: 'Tự động hằng ngày',
  premigrate: 'Trước khi nâng cấp dữ liệu',
  prerestore: 'Trước khi khôi phục',
  manual: 'Sao lưu thủ công',
};

/** The largest backup file that can be restored by sending it from the page (base64 grows it by a third). */
export const MAX_RESTORE_FILE_BYTES = 200 * 1024 * 1024;

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/** "vừa xong", "25 phút trước", "3 giờ trước", "2 ngày trước", "3 tháng trước", "hơn 1 năm trước". */
export function describeAge(ms: number): string {
  if (ms < MINUTE) return 'vừa xong';
  if (ms < HOUR) return `${Math.floor(ms / MINUTE)} phút trước`;
  if (ms < DAY) return `${Math.floor(ms / HOUR)} giờ trước`;
  const days = Math.floor(ms / DAY);
  if (days < 60) return `${days} ngày trước`;
  if (days < 365) return `${Math.floor(days / 30)} tháng trước`;
  return `hơn ${Math.floor(days / 365)} năm trước`;
}

/** Sizes as the office reads them: "850 KB", "12,4 MB". */
export function formatFileSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} byte`;
  if (bytes < 1024 * 1024) return `${Math.round(bytes / 1024)} KB`;
  const mb = bytes / (1024 * 1024);
  return `${mb.toFixed(mb < 100 ? 1 : 0).replace('.', ',')} MB`;
}
