import type { Db, Migration } from './db/types';
import { latestVersion } from './db/migrate';
import { insertAudit } from './db/repos/audit';
import type { Clock } from './clock';
import type { Logger } from './logging/logger';
import { createServices, type CorePaths, type CoreServices } from './services';
import { createHandlers } from './api/handlers';
import { createRecoveryModeHandlers, refusingHandlers } from './api/handlers/recovery';
import type { Handlers } from './api/router';
import type { DataLayout } from './backup/layout';
import { defaultFontsDir } from './pdf/render';
import { checkBackupFile, type CheckedBackup } from './backup/check-file';
import { openData } from './backup/open-data';
import { autoBackupDue, makeLocalBackup, type BackupContext } from './backup/policy';
import {
  beginSwap,
  finishSwap,
  installCandidate,
  pruneReplacedSets,
  rollBackSwap,
  settlePendingSwap,
  describeSettledSwap,
  type SettledSwap,
  type SwapStep,
} from './backup/swap';
import type { SwapIntent } from './backup/swap-intent';
import { createStartupNoticeKeeper, swapNotice } from './backup/swap-notice';
import { createRestoreGate, RESTORING_MESSAGE } from './backup/restore-gate';
import { createDataKeeper } from './backup/data-keeper';
import type { DataKeeper } from './backup/keeper';
import { AppError } from '../../shared/errors';
import type { StoredBackup } from '../../shared/api/backup';
import type { RecoveryProblem } from '../../shared/api/recovery';

export type RuntimeState =
  | { mode: 'ready'; db: Db; services: CoreServices; handlers: Handlers }
  | {
      mode: 'recovery';
      problem: RecoveryProblem;
      detectedAt: string;
      movedTo: string | null;
      handlers: Handlers;
    }
  /** While a restore swaps files (requests answer BUSY), and after close(). */
  | { mode: 'closed'; handlers: Handlers };

/** What the data keeper needs from the runtime. */
export interface RuntimeHost {
  readonly ctx: BackupContext;
  state(): RuntimeState;
  lastAutoFailure(): { at: string; message: string } | null;
  /** Checks `candidate`, backs up the current data, swaps the file in and reopens. */
  replaceData(
    candidate: string,
    shownName: string,
  ): { checked: CheckedBackup; previous: StoredBackup | null; note: string };
  /** Recovery only: a new empty database. */
  startEmpty(): void;
}

export interface RuntimeOptions {
  layout: DataLayout;
  logFile: string;
  log: Logger;
  clock: Clock;
  appVersion: string;
  migrations: readonly Migration[];
  /** resources/fonts; defaultFontsDir() when not given (tests, harness). */
  fontsDir?: string;
  /** How long a restore waits for running requests (an export) before it is refused; 2 minutes by default. */
  restoreWaitMs?: number;
  /** Crash tests only: called at each step of a restore's file swap. */
  onSwapStep?: (step: SwapStep) => void;
}

const RECOVERY_MESSAGE =
  'Dữ liệu cần được khôi phục trước khi dùng chức năng này. Hãy làm theo hướng dẫn trên màn hình khôi phục.';
const CLOSED_MESSAGE = 'Dữ liệu đang được thay thế hoặc ứng dụng đang đóng; hãy thử lại sau giây lát.';

/**
 * The core's state across reopenings: the open database with its services and handlers (`ready`),
 * or the recovery state when the file was damaged or missing. The router asks `handlers()` on every
 * request, so a restore that reopens the database needs nothing from the transports.
 */
export function startRuntime(options: RuntimeOptions) {
  const { layout, log, clock, appVersion, migrations } = options;
  const ctx: BackupContext = {
    layout,
    clock,
    log,
    latestVersion: latestVersion(migrations),
    ...(options.onSwapStep ? { onSwapStep: options.onSwapStep } : {}),
  };
  const gate = createRestoreGate(options.restoreWaitMs ?? 2 * 60 * 1000);
  const paths: CorePaths = {
    dataDir: layout.dataDir,
    databaseFile: layout.databaseFile,
    logFile: options.logFile,
    fontsDir: options.fontsDir ?? defaultFontsDir(),
  };
  let state: RuntimeState = { mode: 'closed', handlers: refusingHandlers('INTERNAL', CLOSED_MESSAGE) };
  let lastAutoFailure: { at: string; message: string } | null = null;
  /** Outlives the services: a restore during the run keeps a notice the officer has not dismissed. */
  const startupNotice = createStartupNoticeKeeper();

  const host: RuntimeHost = {
    ctx,
    state: () => state,
    lastAutoFailure: () => lastAutoFailure,
    replaceData,
    startEmpty,
  };
  const keeper: DataKeeper = createDataKeeper(host);

  function enterReady(db: Db): CoreServices {
    const services = createServices({ db, clock, log, paths, appVersion, keeper, startupNotice });
    state = { mode: 'ready', db, services, handlers: gate.guard(createHandlers(services)) };
    return services;
  }

  function enterRecovery(problem: RecoveryProblem, movedTo: string | null): void {
    const handlers = gate.guard(
      createRecoveryModeHandlers(keeper, { logFile: options.logFile, clock }, RECOVERY_MESSAGE),
    );
    state = { mode: 'recovery', problem, detectedAt: clock.now().toISOString(), movedTo, handlers };
    log.warn(`Recovery needed (${problem})${movedTo ? `; damaged files in ${movedTo}` : ''}`);
  }

  /** Opens the file on the database path; damaged or missing data puts the core in recovery. */
  function open(allowCreate: boolean): { from: number } | null {
    const opened = openData(ctx, migrations, allowCreate);
    if (opened.kind === 'damaged') enterRecovery('damaged', opened.movedTo);
    if (opened.kind === 'missing') enterRecovery('missing', null);
    if (opened.kind !== 'ready') return null;
    log.info(`Opened ${layout.databaseFile} (schema ${opened.from} -> ${opened.to}, app ${appVersion})`);
    enterReady(opened.db);
    return { from: opened.from };
  }

  /** A daily copy when the newest is a day old; a failure is logged and shown, never fatal. */
  function autoBackupIfDue(): void {
    if (state.mode !== 'ready' || !autoBackupDue(ctx)) return;
    try {
      makeLocalBackup(state.db, 'auto', state.services.settings.get().backupRetention, ctx);
      lastAutoFailure = null;
    } catch (error) {
      log.error('Automatic backup failed', error);
      const reason =
        error instanceof AppError ? error.message : 'ổ đĩa có thể đã đầy hoặc không cho phép ghi';
      lastAutoFailure = {
        at: clock.now().toISOString(),
        message: `Không tạo được bản sao lưu tự động: ${reason}`,
      };
    }
  }

  /** The history of the data just opened records what happened to it; the data is in place either way. */
  function recordDataEvent(action: 'restore' | 'other', note: string): void {
    if (state.mode !== 'ready') return;
    const { db, services } = state;
    try {
      db.transaction(() => {
        const at = clock.now().toISOString();
        const actor = services.settings.actor();
        insertAudit(db, { at, actor, entity: 'database', entityId: null, action, note });
      })();
    } catch (error) {
      log.error(`Could not record in the history: ${note}`, error);
    }
  }

  function replaceData(candidate: string, shownName: string) {
    const checked = checkBackupFile(candidate, {
      shownName,
      latestVersion: ctx.latestVersion,
      privateCopy: true,
    });
    let previous: StoredBackup | null = null;
    if (state.mode === 'ready') {
      try {
        previous = makeLocalBackup(
          state.db,
          'prerestore',
          state.services.settings.get().backupRetention,
          ctx,
        );
      } catch (cause) {
        throw new AppError(
          'INTERNAL',
          'Không sao lưu được dữ liệu hiện tại nên chưa khôi phục; dữ liệu hiện tại không bị thay đổi. Hãy kiểm tra ổ đĩa còn chỗ trống rồi thử lại.',
          { cause },
        );
      }
      state.db.close();
    }
    const wasRecovery = state.mode === 'recovery' ? state : null;
    state = { mode: 'closed', handlers: refusingHandlers('BUSY', RESTORING_MESSAGE) };
    let intent: SwapIntent | null = null;
    try {
      intent = beginSwap(ctx, candidate, shownName);
      installCandidate(ctx, intent);
      if (open(false) === null) throw new Error('the restored file did not open as a sound database');
      ctx.onSwapStep?.('opened');
    } catch (error) {
      log.error(`Restore from ${shownName} failed; putting the previous data back`, error);
      putBack(intent, wasRecovery);
      throw new AppError(
        'INTERNAL',
        'Không mở được dữ liệu vừa khôi phục nên đã trả lại dữ liệu như trước khi khôi phục. Chi tiết được ghi trong nhật ký.',
        { cause: error },
      );
    }
    try {
      finishSwap(ctx);
    } catch (error) {
      // The restored data is open; at the next start the leftover intent is found complete.
      log.error('Could not remove the restore intent', error);
    }
    const setAside = intent.setAside;
    const note =
      `Khôi phục dữ liệu từ tệp “${shownName}”.` +
      (previous ? ` Dữ liệu trước khi khôi phục được sao lưu thành “${previous.name}”.` : '');
    recordDataEvent('restore', note);
    if (setAside !== null) pruneReplacedSets(ctx);
    log.info(`Restored from ${shownName}${setAside ? `; replaced files kept in ${setAside}` : ''}`);
    return { checked, previous, note };
  }

  /** After a failed swap: the previous files come back and are reopened, or the core stays in recovery. */
  function putBack(
    intent: SwapIntent | null,
    wasRecovery: Extract<RuntimeState, { mode: 'recovery' }> | null,
  ): void {
    try {
      if (intent !== null) rollBackSwap(ctx, intent);
      if (wasRecovery) {
        state = wasRecovery;
        return;
      }
      if (open(true) === null) return;
    } catch (error) {
      log.error('Could not reopen the previous data after a failed restore', error);
      enterRecovery('restore-failed', null);
    }
  }

  /**
   * A swap cut off at the last run: the log and the history of the data now open say what was done,
   * and the officer is told once in the app (app.info's startupNotice, until dismissed).
   */
  function reportSettledSwap(settled: SettledSwap): void {
    const { log: line, history } = describeSettledSwap(settled);
    log.warn(line);
    if (history) recordDataEvent(history.action, history.note);
    startupNotice.post(swapNotice(settled, clock.now().toISOString(), layout.dataDir));
  }

  function startEmpty(): void {
    if (state.mode !== 'recovery') {
      throw new AppError(
        'CONFLICT',
        'Dữ liệu đang dùng bình thường, không cần bắt đầu lại với dữ liệu trống.',
      );
    }
    const movedTo = state.movedTo;
    if (open(true) === null)
      throw new AppError('INTERNAL', 'Không tạo được tệp dữ liệu mới. Chi tiết được ghi trong nhật ký.');
    recordDataEvent(
      'other',
      `Bắt đầu với dữ liệu trống sau sự cố dữ liệu${movedTo ? `; tệp hỏng được giữ tại ${movedTo}` : ''}.`,
    );
  }

  const settled = settlePendingSwap(ctx);
  const started = open(false);
  if (settled !== null) reportSettledSwap(settled);
  if (started !== null && started.from >= 1) autoBackupIfDue();

  return {
    keeper,
    handlers: (): Handlers => state.handlers,
    /** The current services; RECOVERY_REQUIRED while the data needs recovery. */
    services(): CoreServices {
      if (state.mode === 'ready') return state.services;
      throw new AppError(
        state.mode === 'recovery' ? 'RECOVERY_REQUIRED' : 'INTERNAL',
        state.mode === 'recovery' ? RECOVERY_MESSAGE : CLOSED_MESSAGE,
      );
    },
    mode: () => state.mode,
    autoBackupIfDue,
    close(): void {
      if (state.mode === 'ready') state.db.close();
      state = { mode: 'closed', handlers: refusingHandlers('INTERNAL', CLOSED_MESSAGE) };
    },
  };
}

export type CoreRuntime = ReturnType<typeof startRuntime>;
