import fs from 'node:fs';
import path from 'node:path';
import { DB_FILE_NAME } from '../db/connection';
import { COMPANIONS, freeFolder, fsyncDir, fsyncFile, moveDatabaseFiles } from './durable';
import { timeStamp } from './layout';
import { moveToDamaged } from './open-data';
import type { BackupContext } from './policy';

/** How many sets of replaced live files (`<data>/backups/replaced-<time>`) a restore leaves behind. */
export const REPLACED_SETS_KEPT = 3;

const liveFilesExist = (databaseFile: string) => COMPANIONS.some((s) => fs.existsSync(`${databaseFile}${s}`));

/** Where the live files will go, chosen before anything moves (so a failure half-way can be undone); null when there are none. */
export function planSetAside(ctx: BackupContext): string | null {
  return liveFilesExist(ctx.layout.databaseFile)
    ? freeFolder(ctx.layout.backupDir, `replaced-${timeStamp(ctx.clock.now())}`)
    : null;
}

/**
 * The file moves of a restore, done with the database closed. The live file and its -wal/-shm are
 * moved (not copied, not deleted) into `setAside`; the checked candidate, a private copy in the data
 * folder, is synced and renamed onto the database path (same folder: atomic).
 */
export function installCandidate(ctx: BackupContext, candidate: string, setAside: string | null): void {
  const { databaseFile, dataDir } = ctx.layout;
  if (setAside !== null) moveDatabaseFiles(databaseFile, setAside);
  fsyncFile(candidate);
  fs.renameSync(candidate, databaseFile);
  fsyncDir(dataDir);
}

/**
 * Undoes a swap whose new file would not open: whatever is on the database path goes to
 * `<data>/damaged/<time>-restore` (kept for whoever investigates) and the set-aside files come back.
 */
export function undoSwap(ctx: BackupContext, setAside: string | null): void {
  if (liveFilesExist(ctx.layout.databaseFile)) moveToDamaged(ctx, '-restore');
  if (setAside === null || !fs.existsSync(setAside)) return;
  for (const name of fs.readdirSync(setAside)) {
    fs.renameSync(path.join(setAside, name), path.join(ctx.layout.dataDir, name));
  }
  fs.rmdirSync(setAside);
  fsyncDir(ctx.layout.dataDir);
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
