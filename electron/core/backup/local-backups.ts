import fs from 'node:fs';
import path from 'node:path';
import { parseBackupFileName, PARTIAL_SUFFIX } from './layout';
import { backupsToPrune, type DatedBackup } from './rotation';
import { BACKUP_REASON_LABELS } from '../../../shared/domain/backup';
import type { StoredBackup } from '../../../shared/api/backup';
import type { BackupRetention } from '../../../shared/schemas/settings';

export interface LocalBackup extends DatedBackup {
  sizeBytes: number;
}

/** Our backups in `backupDir` (other files are ignored), newest first. */
export function listLocalBackups(backupDir: string): LocalBackup[] {
  let names: string[];
  try {
    names = fs.readdirSync(backupDir);
  } catch {
    return [];
  }
  const found: LocalBackup[] = [];
  for (const name of names) {
    const parsed = parseBackupFileName(name);
    if (!parsed) continue;
    try {
      const stat = fs.statSync(path.join(backupDir, name));
      if (stat.isFile()) found.push({ name, ...parsed, sizeBytes: stat.size });
    } catch {
      // Gone between the listing and the stat: nothing to show.
    }
  }
  return found.sort((a, b) => b.at.getTime() - a.at.getTime() || (a.name < b.name ? 1 : -1));
}

export function toStoredBackup(b: LocalBackup): StoredBackup {
  return {
    name: b.name,
    reason: b.reason,
    reasonLabel: BACKUP_REASON_LABELS[b.reason],
    createdAt: b.at.toISOString(),
    sizeBytes: b.sizeBytes,
  };
}

/** Removes `.partial` files left by a backup that was interrupted (our own temporary files only). */
export function removePartials(folder: string): void {
  let names: string[];
  try {
    names = fs.readdirSync(folder);
  } catch {
    return;
  }
  for (const name of names) {
    if (name.startsWith('tdkt-') && name.endsWith(PARTIAL_SUFFIX))
      fs.rmSync(path.join(folder, name), { force: true });
  }
}

/**
 * Deletes the backups the retention no longer keeps. Call it only right after a newer backup
 * (`justMade`) was verified, so the folder never holds fewer good copies than before. Returns the
 * names deleted.
 */
export function pruneLocalBackups(
  backupDir: string,
  retention: BackupRetention,
  now: Date,
  justMade: string,
): string[] {
  // The copy just verified is never pruned, whatever the clock says about it.
  const doomed = backupsToPrune(listLocalBackups(backupDir), retention, now).filter(
    (b) => b.name !== justMade,
  );
  for (const b of doomed) fs.rmSync(path.join(backupDir, b.name), { force: true });
  return doomed.map((b) => b.name);
}
