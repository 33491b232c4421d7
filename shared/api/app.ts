import { channel } from './define';
import { emptyInput } from '../schemas/fields';
import type { SaveOutcome } from './files';

export interface AppInfo {
  appVersion: string;
  schemaVersion: number;
  dataDir: string;
  databaseFile: string;
  wardName: string;
  /** Record counts for the overview, read from the real tables. */
  counts: { units: number; people: number; households: number; movements: number; decisions: number };
}

export const appChannels = {
  'app.info': channel<AppInfo>()(emptyInput),
  /** Saves the technical log so it can be sent to whoever supports the office. */
  'app.exportLog': channel<SaveOutcome>()(emptyInput),
};
