import type {
  BackupInspection,
  BackupOverview,
  RestoreReport,
  StoredBackup,
} from '../../../shared/api/backup';
import type { RecoveryStatus } from '../../../shared/api/recovery';

/** A backup file sent by the page. */
export interface UploadedBackup {
  fileName: string;
  base64: string;
}

export interface ExportedBackup {
  fileName: string;
  /** Full path of the written file. */
  file: string;
  sizeBytes: number;
  createdAt: string;
}

/**
 * Everything about keeping the data file safe, for the backup and recovery handlers. It outlives the
 * database connection: a restore closes the database, swaps the file and reopens it, and the core's
 * router then serves the new services without the transports noticing.
 */
export interface DataKeeper {
  overview(): BackupOverview;
  /** A verified local backup now (reason `manual`). */
  createBackup(): StoredBackup;
  /** A verified backup written into `folder` (a USB stick), named after the ward and the time. */
  exportTo(folder: string): ExportedBackup;
  /** Checks a sent file; changes nothing. */
  inspect(file: UploadedBackup): BackupInspection;
  restoreUpload(file: UploadedBackup): RestoreReport;
  restoreStored(name: string): RestoreReport;
  recoveryStatus(): RecoveryStatus;
  /** Recovery only: the newest verified local backup. */
  restoreLatest(): RestoreReport;
  /** Recovery only: a new empty database (the damaged file stays aside). */
  startEmpty(): RecoveryStatus;
}
