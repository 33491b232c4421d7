import { channel } from './define';
import { emptyInput } from '../schemas/fields';
import { startEmptySchema } from '../schemas/backup';
import type { RestoreReport, StoredBackup, BackupCounts, BackupDate } from './backup';

/** Why the app is in recovery. */
export type RecoveryProblem =
  /** The database failed its check at start-up (or could not be read): it was moved aside. */
  | 'damaged'
  /** There is no database file, although backups exist: it was deleted or moved by something else. */
  | 'missing'
  /** A restore could neither open the new data nor reopen the old: both were kept aside. */
  | 'restore-failed';

/** The newest backup that passed its check, offered for recovery. */
export interface RecoveryBackup extends StoredBackup {
  ageMs: number;
  /** "2 ngày trước". */
  ageText: string;
  date: BackupDate | null;
  counts: BackupCounts;
}

export type RecoveryStatus =
  | { state: 'ready' }
  | {
      state: 'recovery';
      problem: RecoveryProblem;
      /** When the problem was found (ISO). */
      detectedAt: string;
      /** What happened, in Vietnamese, for the recovery screen. */
      message: string;
      /** The folder the damaged files were moved to (`<data>/damaged/<time>`); null when there was no file. */
      movedTo: string | null;
      latestBackup: RecoveryBackup | null;
      /** Every backup found, newest first, verified or not (the page may offer `backup.restoreStored`). */
      backups: StoredBackup[];
    };

/**
 * Channels that answer while the app is in recovery; every other channel answers the error code
 * RECOVERY_REQUIRED, on which the page calls `recovery.status` and shows the recovery screen.
 */
export const CHANNELS_IN_RECOVERY = [
  'recovery.status',
  'recovery.restoreLatest',
  'recovery.startEmpty',
  'backup.list',
  'backup.inspect',
  'backup.restore',
  'backup.restoreStored',
  'app.exportLog',
] as const;

export const recoveryChannels = {
  /** Whether the data is usable (`ready`) or needs recovery, and what is offered. Always answers. */
  'recovery.status': channel<RecoveryStatus>()(emptyInput),
  /** Restores the newest verified backup (`latestBackup`). Only in recovery. */
  'recovery.restoreLatest': channel<RestoreReport>()(emptyInput),
  /** Starts a new, empty database; needs `{ confirm: true }`. Only in recovery; the damaged file stays aside. */
  'recovery.startEmpty': channel<RecoveryStatus>()(startEmptySchema),
};
