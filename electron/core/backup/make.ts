import fs from 'node:fs';
import path from 'node:path';
import type { Db } from '../db/types';
import { vacuumInto } from '../db/repos/maintenance';
import { checkBackupFile, type CheckedBackup } from './check-file';
import { fsyncDir, fsyncFile, removeIfPresent } from './durable';
import { PARTIAL_SUFFIX } from './layout';

export interface WrittenBackup {
  file: string;
  name: string;
  sizeBytes: number;
  checked: CheckedBackup;
}

/**
 * Writes a verified copy of the open database as `<folder>/<name>`: VACUUM INTO a temporary name in
 * the same folder (one consistent snapshot, compacted, in rollback-journal mode so it is a single
 * file), read back and checked like a file to restore, synced to the device, then renamed into
 * place. A crash or a full disk leaves at most a `.partial` file, never a bad file under a real name.
 */
export function writeVerifiedCopy(
  db: Db,
  folder: string,
  name: string,
  latestVersion: number,
): WrittenBackup {
  fs.mkdirSync(folder, { recursive: true });
  const file = path.join(folder, name);
  const partial = `${file}${PARTIAL_SUFFIX}`;
  removeIfPresent(partial);
  try {
    vacuumInto(db, partial);
    const checked = checkBackupFile(partial, { shownName: name, latestVersion, privateCopy: true });
    fsyncFile(partial);
    fs.renameSync(partial, file);
    fsyncDir(folder);
    return { file, name, sizeBytes: fs.statSync(file).size, checked };
  } catch (error) {
    removeIfPresent(partial);
    throw error;
  }
}
