import type { Clock } from '../clock';
import type { Db } from '../db/types';
import type { RegistryWriters } from './writers';

/** What preview and commit need from the running app. */
export interface ImportContext {
  db: Db;
  clock: Clock;
  /** Who the audit log names for the import. */
  actor(): string;
  writers: RegistryWriters;
}
