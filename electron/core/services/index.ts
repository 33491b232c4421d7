import type { Db } from '../db/types';
import type { Clock } from '../clock';
import type { Logger } from '../logging/logger';
import { createSettingsService, type SettingsService } from './settings';
import { createUnitsService, type UnitsService } from './units';
import { createClustersService, type ClustersService } from './clusters';
import { createPeopleService, type PeopleService } from './people';
import { createHouseholdsService, type HouseholdsService } from './households';
import { createCatalogueService, type CatalogueService } from './catalogue';
import type { DataKeeper } from '../backup/keeper';

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
  units: UnitsService;
  clusters: ClustersService;
  people: PeopleService;
  households: HouseholdsService;
  /** The award catalogue and the base salary table. */
  catalogue: CatalogueService;
  /** Backups, restore and recovery: outlives this set of services (a restore builds a new one). */
  keeper: DataKeeper;
}

/** What the services are built from. */
export type ServiceBase = Pick<CoreServices, 'db' | 'clock' | 'log' | 'paths' | 'appVersion' | 'keeper'>;

export function createServices(base: ServiceBase): CoreServices {
  const settings = createSettingsService(base.db, base.clock);
  const deps = { db: base.db, clock: base.clock, settings };
  return {
    ...base,
    settings,
    units: createUnitsService(deps),
    clusters: createClustersService(deps),
    people: createPeopleService(deps),
    households: createHouseholdsService(deps),
    catalogue: createCatalogueService(deps),
  };
}
