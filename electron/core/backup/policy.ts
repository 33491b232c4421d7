import type { Db } from '../db/types';
import type { Clock } from '../clock';
import type { Logger } from '../logging/logger';
import { readSettingsRows } from '../db/repos/settings';
import { backupFileName, parseBackupFileName, type DataLayout } from './layout';
import { listLocalBackups, pruneLocalBackups, removePartials, toStoredBackup } from './local-backups';
import { writeVerifiedCopy } from './make';
import type { BackupReason } from '../../../shared/domain/backup';
import type { StoredBackup } from '../../../shared/api/backup';
import {
  backupRetentionSchema,
  DEFAULT_SETTINGS,
  type BackupRetention,
} from '../../../shared/schemas/settings';

export interface BackupContext {
  layout: DataLayout;
  clock: Clock;
  log: Logger;
  /** The newest schema version this app knows: a backup is checked against it like a restore is. */
  latestVersion: number;
  /** Crash tests only: called at each step of a restore's file swap (see SwapStep in swap.ts). */
  onSwapStep?: (step: string) => void;
}

/** An automatic backup is due when the newest one is this old (or there is none). */
export const AUTO_BACKUP_EVERY_MS = 24 * 60 * 60 * 1000;

/**
 * A verified backup of `db` in `<data>/backups`, then the retention applied. Pruning comes only after
 * the new copy passed its check, so a failing disk never costs the older good copies.
 */
export function makeLocalBackup(
  db: Db,
  reason: BackupReason,
  retention: BackupRetention,
  ctx: BackupContext,
): StoredBackup {
  const { backupDir } = ctx.layout;
  const now = ctx.clock.now();
  removePartials(backupDir);
  const existing = new Set(listLocalBackups(backupDir).map((b) => b.name));
  // After the highest copy of this second, not in a gap a pruned copy left: names must sort by age.
  let copy = 1;
  for (let c = 1; c <= existing.size + 1; c += 1)
    if (existing.has(backupFileName(now, reason, c))) copy = c + 1;
  const name = backupFileName(now, reason, copy);
  const start = performance.now();
  const written = writeVerifiedCopy(db, backupDir, name, ctx.latestVersion);
  ctx.log.info(`Backup ${name}: ${written.sizeBytes} bytes in ${Math.round(performance.now() - start)} ms`);
  const pruned = pruneLocalBackups(backupDir, retention, now, name);
  if (pruned.length > 0) ctx.log.info(`Pruned backups: ${pruned.join(', ')}`);
  return toStoredBackup({
    name,
    at: parseBackupFileName(name)?.at ?? now,
    reason,
    sizeBytes: written.sizeBytes,
  });
}

/** The newest automatic backup, or null. */
export function newestAutoBackup(ctx: BackupContext) {
  // A manual copy made today counts too: rotation keeps one regular copy a day, so an automatic
  // one made after it would replace the copy the officer chose to make.
  return (
    listLocalBackups(ctx.layout.backupDir).find((b) => b.reason === 'auto' || b.reason === 'manual') ?? null
  );
}

/** Whether start-up should make an automatic backup: none yet, or the newest is a day old. */
export function autoBackupDue(ctx: BackupContext): boolean {
  const newest = newestAutoBackup(ctx);
  return newest === null || ctx.clock.now().getTime() - newest.at.getTime() >= AUTO_BACKUP_EVERY_MS;
}

/**
 * The retention stored in a database that may be older than this app (read before migrating, when
 * the settings service cannot be used yet); the default when it is missing or unreadable.
 */
export function storedRetention(db: Db): BackupRetention {
  try {
    const parsed = backupRetentionSchema.safeParse(readSettingsRows(db).backupRetention);
    return parsed.success ? parsed.data : DEFAULT_SETTINGS.backupRetention;
  } catch {
    return DEFAULT_SETTINGS.backupRetention;
  }
}
