import path from 'node:path';
import { openDatabase, DB_FILE_NAME } from './db/connection';
import { migrate } from './db/migrate';
import { MIGRATIONS } from './db/migrations';
import { createFileLogger } from './logging/logger';
import { systemClock, type Clock } from './clock';
import { createServices, type CoreServices } from './services';
import { createHandlers } from './api/handlers';
import { createRouter, type Router } from './api/router';

export interface CoreOptions {
  dataDir: string;
  appVersion: string;
  clock?: Clock;
}

export interface Core {
  router: Router;
  services: CoreServices;
  close(): void;
}

/**
 * Opens the data folder, brings the database up to date and builds the router: the whole
 * Node-side app, shared by the Electron shell and the browser harness. Throws AppError
 * (DB_OPEN_FAILED, DB_TOO_NEW) with a Vietnamese message when the data cannot be used.
 */
export function startCore(options: CoreOptions): Core {
  const dataDir = path.resolve(options.dataDir);
  const log = createFileLogger(dataDir);
  const databaseFile = path.join(dataDir, DB_FILE_NAME);
  let db;
  try {
    db = openDatabase(databaseFile);
    const { from, to } = migrate(db, MIGRATIONS);
    log.info(`Opened ${databaseFile} (schema ${from} -> ${to}, app ${options.appVersion})`);
  } catch (error) {
    log.error(`Start-up failed for ${databaseFile}`, error);
    db?.close();
    throw error;
  }
  const services = createServices({
    db,
    clock: options.clock ?? systemClock,
    log,
    paths: { dataDir, databaseFile, logFile: log.file },
    appVersion: options.appVersion,
  });
  const router = createRouter(createHandlers(services), log);
  return {
    router,
    services,
    close: () => {
      if (db.open) db.close();
    },
  };
}
