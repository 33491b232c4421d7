import { channel } from './define';
import { emptyInput } from '../schemas/fields';
import { backupFileInputSchema, storedBackupSchema } from '../schemas/backup';
import type { BackupReason } from '../domain/backup';
import type { BackupRetention } from '../schemas/settings';

/** A verified backup kept in `<data>/backups`. */
export interface StoredBackup {
  /** File name, e.g. `tdkt-20261126-160000-auto.sqlite`: what `backup.restoreStored` takes. */
  name: string;
  reason: BackupReason;
  /** Vietnamese label of the reason ("Tự động hằng ngày"). */
  reasonLabel: string;
  /** When it was made (ISO, from the file name, which is written in the computer's local time). */
  createdAt: string;
  sizeBytes: number;
}

export interface BackupOverview {
  /** Full path of `<data>/backups`. */
  folder: string;
  /** Newest first. */
  backups: StoredBackup[];
  retention: BackupRetention;
  /** The newest automatic backup's time; a new one is made at start-up once it is a day old. */
  lastAutoAt: string | null;
  /** The last automatic backup that failed since the app started (disk full...); null when none did. */
  lastFailure: { at: string; message: string } | null;
}

/** Record counts inside a backup (trashed records excluded). */
export interface BackupCounts {
  units: number;
  people: number;
  households: number;
  decisions: number;
}

/**
 * The date of a backup's contents. `last-change` is the newest change recorded inside the data (the
 * audit log, the rows' updated_at): the data is as of that moment. A file sent from the page carries
 * no trustworthy file time (copying to a USB stick or uploading resets it), so when the data records
 * no change at all, the time in the file's name is used (`file-name`) if it follows our naming.
 */
export interface BackupDate {
  at: string;
  source: 'last-change' | 'file-name';
}

/** What `backup.inspect` finds in a file, before anything changes. */
export interface BackupInspection {
  fileName: string;
  sizeBytes: number;
  /** The data format version inside the file; older ones are upgraded after the restore. */
  schemaVersion: number;
  needsUpgrade: boolean;
  date: BackupDate | null;
  counts: BackupCounts;
}

/** What a restore did. */
export interface RestoreReport {
  /** The file restored from (as the user named it, or the stored backup's name). */
  fileName: string;
  date: BackupDate | null;
  /** Counts in the restored data, after it was opened (and upgraded when it was older). */
  counts: BackupCounts;
  schemaVersion: { backup: number; now: number };
  /** The copy of the data as it was just before the restore (null when there was none to keep: recovery). */
  previousData: StoredBackup | null;
}

/** "Sao lưu ngay": where the file went. In the browser harness it is a download instead. */
export type BackupExportOutcome =
  | {
      saved: true;
      fileName: string;
      /** Full path of the file in the chosen folder (in the harness: the browser's Downloads). */
      location: string;
      sizeBytes: number;
      createdAt: string;
    }
  | { saved: false };

export const backupChannels = {
  /** The backups kept in `<data>/backups`, the retention settings and the last automatic failure. */
  'backup.list': channel<BackupOverview>()(emptyInput),
  /** Makes a verified backup in `<data>/backups` now (reason `manual`); older ones are pruned. */
  'backup.create': channel<StoredBackup>()(emptyInput),
  /**
   * "Sao lưu ngay": asks for a folder (a USB stick), writes one file named after the ward and the
   * time (`tdkt-phuong-le-chan-20261126-160000.sqlite`), reads it back to verify it; `saved: false`
   * when the user cancels the folder dialog.
   */
  'backup.saveToFolder': channel<BackupExportOutcome>()(emptyInput),
  /** Checks a backup file (SQLite, intact, ours, not newer than the app) and says what is in it; changes nothing. */
  'backup.inspect': channel<BackupInspection>()(backupFileInputSchema),
  /**
   * Replaces the current data with a backup file: checked first (refused with nothing changed when it
   * is not SQLite, truncated, damaged, not ours or newer than the app), then the current data is backed
   * up (`prerestore`), then swapped and reopened; an older backup is upgraded. Also works in recovery.
   */
  'backup.restore': channel<RestoreReport>()(backupFileInputSchema),
  /** The same from one of the backups of `backup.list`. Also works in recovery. */
  'backup.restoreStored': channel<RestoreReport>()(storedBackupSchema),
};
