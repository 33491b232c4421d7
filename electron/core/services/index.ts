import type { Db } from '../db/types';
import type { Clock } from '../clock';
import type { Logger } from '../logging/logger';
import { createSettingsService, type SettingsService } from './settings';

export interface CorePaths {
  dataDir: string;
  databaseFile: string;
  logFile: string;
}

/** Everything a handler may use: the services and the few facts about where they run. */
export interface CoreServices {
  db: Db;
  clock: Clock;
  log: Logger;
  paths: CorePaths;
  appVersion: string;
  settings: SettingsService;
}

export function createServices(base: Omit<CoreServices, 'settings'>): CoreServices {
  return { ...base, settings: createSettingsService(base.db, base.clock) };
}
