import fs from 'node:fs';
import path from 'node:path';
import { checkBackupFile, type CheckedBackup } from './check-file';
import { listLocalBackups, type LocalBackup } from './local-backups';
import type { BackupContext } from './policy';

/**
 * Finds the newest backup in `<data>/backups` that passes the full check, for the recovery screen.
 * A check reads the whole file (about 0.6 s for 100,000 people), so results are remembered per file
 * name, size and modification time: the screen may ask again and again.
 */
export function createVerifiedBackups(ctx: BackupContext) {
  const cache = new Map<string, { size: number; mtimeMs: number; checked: CheckedBackup | null }>();

  function check(b: LocalBackup): CheckedBackup | null {
    const file = path.join(ctx.layout.backupDir, b.name);
    const stat = fs.statSync(file);
    const hit = cache.get(b.name);
    if (hit && hit.size === stat.size && hit.mtimeMs === stat.mtimeMs) return hit.checked;
    let checked: CheckedBackup | null = null;
    try {
      checked = checkBackupFile(file, {
        shownName: b.name,
        latestVersion: ctx.latestVersion,
        privateCopy: false,
      });
    } catch (error) {
      ctx.log.warn(
        `Backup ${b.name} failed its check: ${error instanceof Error ? error.message : String(error)}`,
      );
    }
    cache.set(b.name, { size: stat.size, mtimeMs: stat.mtimeMs, checked });
    return checked;
  }

  return {
    /** The newest backup that passes its check, with what is in it; null when none does. */
    newest(): { backup: LocalBackup; checked: CheckedBackup } | null {
      for (const backup of listLocalBackups(ctx.layout.backupDir)) {
        try {
          const checked = check(backup);
          if (checked) return { backup, checked };
        } catch {
          // Removed while we looked: try the next one.
        }
      }
      return null;
    },
  };
}
