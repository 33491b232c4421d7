import path from 'node:path';
import { DB_FILE_NAME } from './db/connection';
import { MIGRATIONS } from './db/migrations';
import type { Migration } from './db/types';
import { createFileLogger, type Logger } from './logging/logger';
import { systemClock, type Clock } from './clock';
import type { CoreServices } from './services';
import { createRouter, type Router } from './api/router';
import { dataLayout } from './backup/layout';
import { startRuntime, type CoreRuntime } from './runtime';
import type { SwapStep } from './backup/swap';

export interface CoreOptions {
  dataDir: string;
  appVersion: string;
  clock?: Clock;
  /** The schema steps (tests pass fewer or more); the app's own by default. */
  migrations?: readonly Migration[];
  /**
   * How often a running app checks whether the daily automatic backup is due (office computers stay
   * on for days); 0 turns the check off (tests). Start-up always checks.
   */
  autoBackupCheckMs?: number;
  /** resources/fonts for the PDFs; the packaged app passes its unpacked copy (defaultFontsDir() otherwise). */
  fontsDir?: string;
  /** How long a restore waits for running requests (an export) before it is refused (tests shorten it). */
  restoreWaitMs?: number;
  /** Crash tests only: called at each step of a restore's file swap (see SwapStep). */
  onSwapStep?: (step: SwapStep) => void;
}

export interface Core {
  /** The same object for the whole run: a restore swaps what it serves, not the router. */
  router: Router;
  /** The open data's services; throws RECOVERY_REQUIRED while the data needs recovery. */
  readonly services: CoreServices;
  /** 'ready', or 'recovery' when the database was damaged or missing at start-up. */
  readonly mode: 'ready' | 'recovery' | 'closed';
  log: Logger;
  close(): void;
}

const HOUR = 60 * 60 * 1000;

/**
 * Opens the data folder, brings the database up to date and builds the router: the whole
 * Node-side app, shared by the Electron shell and the browser harness. A damaged or missing
 * database does not throw: the core starts in recovery (see recovery.status). Throws AppError
 * (DB_OPEN_FAILED, DB_TOO_NEW) with a Vietnamese message when the data cannot be used at all.
 */
export function startCore(options: CoreOptions): Core {
  const dataDir = path.resolve(options.dataDir);
  const log = createFileLogger(dataDir);
  const layout = dataLayout(dataDir, path.join(dataDir, DB_FILE_NAME));
  let runtime: CoreRuntime;
  try {
    runtime = startRuntime({
      layout,
      logFile: log.file,
      log,
      clock: options.clock ?? systemClock,
      appVersion: options.appVersion,
      migrations: options.migrations ?? MIGRATIONS,
      fontsDir: options.fontsDir,
      ...(options.restoreWaitMs !== undefined ? { restoreWaitMs: options.restoreWaitMs } : {}),
      ...(options.onSwapStep ? { onSwapStep: options.onSwapStep } : {}),
    });
  } catch (error) {
    log.error(`Start-up failed for ${layout.databaseFile}`, error);
    throw error;
  }
  const router = createRouter(() => runtime.handlers(), log);
  const every = options.autoBackupCheckMs ?? HOUR;
  const timer = every > 0 ? setInterval(() => runtime.autoBackupIfDue(), every) : null;
  timer?.unref();
  return new RunningCore(router, log, runtime, timer);
}

/**
 * A class, so that `services` and `mode` are getters on the prototype: copying a core with `{ ...core }`
 * (test wrappers do) must not read `services`, which throws while the data needs recovery.
 */
class RunningCore implements Core {
  constructor(
    readonly router: Router,
    readonly log: Logger,
    private readonly runtime: CoreRuntime,
    private readonly timer: ReturnType<typeof setInterval> | null,
  ) {}

  get services(): CoreServices {
    return this.runtime.services();
  }

  get mode(): 'ready' | 'recovery' | 'closed' {
    return this.runtime.mode();
  }

  /** An own property, so it can be passed around unbound (`cleanups.push(core.close)`). */
  readonly close = (): void => {
    if (this.timer) clearInterval(this.timer);
    this.runtime.close();
  };
}
