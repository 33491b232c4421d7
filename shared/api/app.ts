import { channel } from './define';
import { emptyInput } from '../schemas/fields';
import type { SaveOutcome } from './files';

/**
 * What the app tells the officer once at start-up: a restore cut off at the last run (power cut,
 * app killed) was finished, undone, or its record could not be read. Kept in memory for the run.
 */
export interface StartupNotice {
  kind: 'restore-completed' | 'restore-rolled-back' | 'restore-intent-unreadable';
  /** Vietnamese, for the banner's heading. */
  title: string;
  /** Vietnamese: what was done and where the set-aside files are. */
  message: string;
  /** When the app found it (ISO). */
  at: string;
}

export interface AppInfo {
  appVersion: string;
  schemaVersion: number;
  dataDir: string;
  databaseFile: string;
  wardName: string;
  /** Record counts for the overview, read from the real tables. */
  counts: { units: number; people: number; households: number; movements: number; decisions: number };
  /** The start-up notice not yet dismissed in this run; null when there is none. */
  startupNotice: StartupNotice | null;
}

export const appChannels = {
  'app.info': channel<AppInfo>()(emptyInput),
  /** Saves the technical log so it can be sent to whoever supports the office. */
  'app.exportLog': channel<SaveOutcome>()(emptyInput),
  /** The officer has read the start-up notice: it is gone for the rest of the run. */
  'app.dismissStartupNotice': channel<{ dismissed: boolean }>()(emptyInput),
};
