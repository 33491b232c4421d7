import fs from 'node:fs';
import path from 'node:path';
import { DB_FILE_NAME } from '../db/connection';
import { COMPANIONS, freeFolder, fsyncDir, fsyncFile } from './durable';
import { timeStamp } from './layout';
import { moveToDamaged } from './open-data';
import type { BackupContext } from './policy';
import {
  fileSha256,
  INTENT_FILE_NAME,
  intentFile,
  readIntent,
  removeIntent,
  writeIntent,
  type SwapIntent,
} from './swap-intent';

/** How many sets of replaced live files (`<data>/backups/replaced-<time>`) a restore leaves behind. */
export const REPLACED_SETS_KEPT = 3;

/**
 * The points of a swap at which crash tests stop the process (SIGKILL), in order:
 * `intent-written`, `moved tdkt.sqlite`, `moved tdkt.sqlite-wal`, ..., `set-aside`, `installed`,
 * `opened`; when the new file fails to open: `rollback-marked`, `new-moved-aside`, `returned <name>`.
 */
export type SwapStep = string;

const liveNames = (databaseFile: string) =>
  COMPANIONS.map((s) => `${path.basename(databaseFile)}${s}`).filter((n) =>
    fs.existsSync(path.join(path.dirname(databaseFile), n)),
  );

const step = (ctx: BackupContext, name: SwapStep) => ctx.onSwapStep?.(name);

/** `setAside` of an intent as a path, refused if it points outside the backups folder (a tampered file). */
function setAsideDir(ctx: BackupContext, intent: SwapIntent): string | null {
  if (intent.setAside === null) return null;
  const dir = path.resolve(ctx.layout.dataDir, intent.setAside);
  if (path.dirname(dir) !== path.resolve(ctx.layout.backupDir)) throw new Error(`bad set-aside ${dir}`);
  return dir;
}

const incomingFile = (ctx: BackupContext, intent: SwapIntent) =>
  path.join(ctx.layout.dataDir, path.basename(intent.incoming));

/** Renames one file, never over another: an occupied target sends the file to `damaged/` instead. */
function moveOne(ctx: BackupContext, from: string, to: string): void {
  if (fs.existsSync(to)) {
    const folder = freeFolder(ctx.layout.damagedDir, `${timeStamp(ctx.clock.now())}-restore-conflict`);
    fs.mkdirSync(folder, { recursive: true });
    fs.renameSync(from, path.join(folder, path.basename(from)));
    ctx.log.warn(`${to} already existed; kept ${from} in ${folder}`);
    fsyncDir(folder);
  } else {
    fs.renameSync(from, to);
  }
  fsyncDir(path.dirname(to));
  fsyncDir(path.dirname(from));
}

/**
 * Starts a swap with the database closed: chooses where the live files go and durably records the
 * intent (what is replaced, where it goes, the digest of the checked file that comes in) before
 * anything moves.
 */
export function beginSwap(ctx: BackupContext, candidate: string, shownName: string): SwapIntent {
  const { databaseFile, dataDir, backupDir } = ctx.layout;
  const replaced = liveNames(databaseFile);
  const setAside =
    replaced.length > 0 ? freeFolder(backupDir, `replaced-${timeStamp(ctx.clock.now())}`) : null;
  fsyncFile(candidate);
  const intent: SwapIntent = {
    version: 1,
    phase: 'swap',
    startedAt: ctx.clock.now().toISOString(),
    shownName,
    database: path.basename(databaseFile),
    setAside: setAside === null ? null : path.relative(dataDir, setAside),
    replaced,
    incoming: path.basename(candidate),
    incomingBytes: fs.statSync(candidate).size,
    incomingSha256: fileSha256(candidate),
  };
  writeIntent(ctx.layout, intent);
  step(ctx, 'intent-written');
  return intent;
}

/** Whether every replaced file has reached the set-aside folder (true when there were none). */
function allSetAside(ctx: BackupContext, intent: SwapIntent): boolean {
  const dir = setAsideDir(ctx, intent);
  return intent.replaced.every((n) => dir !== null && fs.existsSync(path.join(dir, path.basename(n))));
}

/**
 * The file moves of a restore: the live file and its -wal/-shm are moved (not copied, not deleted)
 * into the set-aside folder, synced, and only then is the checked copy renamed onto the database
 * path (same folder: atomic). Also finishes a swap cut off before that rename.
 */
export function installCandidate(ctx: BackupContext, intent: SwapIntent): void {
  const { databaseFile, dataDir } = ctx.layout;
  const dir = setAsideDir(ctx, intent);
  // No live files when the swap began, yet some now: not ours to judge; kept in damaged/.
  if (dir === null && liveNames(databaseFile).length > 0) moveToDamaged(ctx, '-restore-conflict');
  if (dir !== null) {
    fs.mkdirSync(dir, { recursive: true });
    for (const name of liveNames(databaseFile)) {
      moveOne(ctx, path.join(dataDir, name), path.join(dir, name));
      step(ctx, `moved ${name}`);
    }
  }
  step(ctx, 'set-aside');
  const incoming = incomingFile(ctx, intent);
  if (fs.existsSync(databaseFile)) throw new Error(`${databaseFile} is still there; not replacing it`);
  fsyncFile(incoming);
  fs.renameSync(incoming, databaseFile);
  fsyncDir(dataDir);
  step(ctx, 'installed');
}

/** The swap is over (the new data opened, or the old came back): the intent goes. */
export function finishSwap(ctx: BackupContext): void {
  removeIntent(ctx.layout);
}

/**
 * Undoes a swap: whatever new data is on the database path goes to `<data>/damaged/<time>-restore`
 * (kept for whoever investigates) and the set-aside files come back, the database file first. Safe
 * to repeat after a power cut at any point: while every replaced file is still set aside, the live
 * files can only be new ones; once one has come back, the live files are old ones.
 */
export function rollBackSwap(ctx: BackupContext, intent: SwapIntent): void {
  if (intent.phase !== 'rollback') {
    writeIntent(ctx.layout, { ...intent, phase: 'rollback' });
    step(ctx, 'rollback-marked');
  }
  const dir = setAsideDir(ctx, intent);
  if (allSetAside(ctx, intent) && liveNames(ctx.layout.databaseFile).length > 0) {
    moveToDamaged(ctx, '-restore');
    step(ctx, 'new-moved-aside');
  }
  if (dir !== null && fs.existsSync(dir)) {
    const order = (n: string) => (n === intent.database ? 0 : 1);
    const back = intent.replaced.map((n) => path.basename(n)).sort((a, b) => order(a) - order(b));
    for (const name of back) {
      if (!fs.existsSync(path.join(dir, name))) continue;
      moveOne(ctx, path.join(dir, name), path.join(ctx.layout.dataDir, name));
      step(ctx, `returned ${name}`);
    }
    if (fs.readdirSync(dir).length === 0) fs.rmdirSync(dir);
  }
  finishSwap(ctx);
}

export type SettledSwap =
  | { outcome: 'completed'; shownName: string; setAside: string | null }
  | { outcome: 'rolled-back'; shownName: string; reason: string }
  | { outcome: 'unreadable'; keptIn: string };

/**
 * At start-up, before the database opens: a swap cut off by a power cut or a kill is finished when
 * the incoming file is complete (its digest matches the one recorded after its check), else undone.
 * Either way the folder ends with one consistent database, and nothing is deleted: the replaced files
 * stay in `backups/replaced-*`, anything uncertain goes to `damaged/`. Null when no swap was pending.
 */
export function settlePendingSwap(ctx: BackupContext): SettledSwap | null {
  const intent = readIntent(ctx.layout);
  if (intent === null) return null;
  if (intent === 'unreadable') {
    const folder = freeFolder(ctx.layout.damagedDir, `${timeStamp(ctx.clock.now())}-restore-intent`);
    fs.mkdirSync(folder, { recursive: true });
    fs.renameSync(intentFile(ctx.layout), path.join(folder, INTENT_FILE_NAME));
    fsyncDir(folder);
    fsyncDir(ctx.layout.dataDir);
    ctx.log.error(`Unreadable restore intent; kept in ${folder}, the data folder opens as it is`);
    return { outcome: 'unreadable', keptIn: folder };
  }
  const incoming = incomingFile(ctx, intent);
  const reason = whyUndo(ctx, intent, incoming);
  if (reason === null) {
    // Complete: the rename is done, or the checked copy is whole and only needs moving in.
    if (fs.existsSync(incoming)) installCandidate(ctx, intent);
    finishSwap(ctx);
    return { outcome: 'completed', shownName: intent.shownName, setAside: intent.setAside };
  }
  rollBackSwap(ctx, intent);
  if (fs.existsSync(incoming)) {
    const folder = moveIncomingToDamaged(ctx, incoming);
    ctx.log.warn(`Kept the incoming file of the undone restore in ${folder}`);
  }
  return { outcome: 'rolled-back', shownName: intent.shownName, reason };
}

/**
 * What to tell about a settled swap: a line for the log, and for the user a note in the history of
 * the data that opens (the banner shown once at start-up is worded in swap-notice.ts).
 */
export function describeSettledSwap(settled: SettledSwap): {
  log: string;
  history: { action: 'restore' | 'other'; note: string } | null;
} {
  if (settled.outcome === 'unreadable')
    return { log: `A restore intent could not be read; kept in ${settled.keptIn}`, history: null };
  const cut = `Việc khôi phục dữ liệu từ tệp “${settled.shownName}” bị gián đoạn (mất điện hoặc ứng dụng bị tắt giữa chừng)`;
  if (settled.outcome === 'completed') {
    const kept = settled.setAside
      ? ` Các tệp dữ liệu trước đó được giữ trong thư mục ${settled.setAside}.`
      : '';
    return {
      log: `Finished the restore from ${settled.shownName} cut off at the last run`,
      history: { action: 'restore', note: `${cut} và đã được hoàn tất khi mở lại ứng dụng.${kept}` },
    };
  }
  return {
    log: `Undid the restore from ${settled.shownName} cut off at the last run: ${settled.reason}`,
    history: {
      action: 'other',
      note: `${cut} nên chưa được thực hiện; dữ liệu được giữ như trước khi khôi phục.`,
    },
  };
}

/** Null when a cut-off swap can be finished; else why it must be undone (for the log). */
function whyUndo(ctx: BackupContext, intent: SwapIntent, incoming: string): string | null {
  if (intent.phase === 'rollback') return 'the swap was being undone';
  if (fs.existsSync(incoming)) {
    const whole =
      fs.statSync(incoming).size === intent.incomingBytes && fileSha256(incoming) === intent.incomingSha256;
    return whole ? null : 'the incoming file is not the one that was checked';
  }
  // Gone from its place: renamed onto the database path, which then holds the restored file.
  return allSetAside(ctx, intent) && fs.existsSync(ctx.layout.databaseFile)
    ? null
    : 'the incoming file is gone and the restored file is not in place';
}

function moveIncomingToDamaged(ctx: BackupContext, incoming: string): string {
  const folder = freeFolder(ctx.layout.damagedDir, `${timeStamp(ctx.clock.now())}-restore-incoming`);
  fs.mkdirSync(folder, { recursive: true });
  fs.renameSync(incoming, path.join(folder, path.basename(incoming)));
  fsyncDir(folder);
  fsyncDir(ctx.layout.dataDir);
  return folder;
}

/** Keeps the newest REPLACED_SETS_KEPT sets of replaced live files: each restore also made a verified `prerestore` copy. */
export function pruneReplacedSets(ctx: BackupContext): void {
  const { backupDir } = ctx.layout;
  if (!fs.existsSync(backupDir)) return;
  const sets = fs
    .readdirSync(backupDir)
    .filter((n) => n.startsWith('replaced-') && fs.existsSync(path.join(backupDir, n, DB_FILE_NAME)))
    .sort()
    .reverse();
  for (const old of sets.slice(REPLACED_SETS_KEPT))
    fs.rmSync(path.join(backupDir, old), { recursive: true, force: true });
}
