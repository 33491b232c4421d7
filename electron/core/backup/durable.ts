import fs from 'node:fs';
import path from 'node:path';

/** Forces a file's bytes to the disk (or the USB stick) before it is renamed into place. */
export function fsyncFile(file: string): void {
  const fd = fs.openSync(file, 'r+');
  try {
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
}

/**
 * Makes a rename in `dir` survive a power cut. Windows cannot open a folder to sync it (and NTFS
 * journals renames itself), so there it is skipped.
 */
export function fsyncDir(dir: string): void {
  let fd: number | undefined;
  try {
    fd = fs.openSync(dir, 'r');
    fs.fsyncSync(fd);
  } catch {
    // Not supported here (Windows, some USB file systems): the rename itself still happened.
  } finally {
    if (fd !== undefined) fs.closeSync(fd);
  }
}

/** SQLite's companions of a database file, in the order they are moved. */
export const COMPANIONS = ['', '-wal', '-shm', '-journal'] as const;

/**
 * Moves a database file and whichever of its -wal/-shm/-journal exist into `folder` (created), keeping
 * their names so SQLite can open them together again. Returns the names moved. Nothing is deleted.
 */
export function moveDatabaseFiles(databaseFile: string, folder: string): string[] {
  fs.mkdirSync(folder, { recursive: true });
  const moved: string[] = [];
  for (const suffix of COMPANIONS) {
    const from = `${databaseFile}${suffix}`;
    if (!fs.existsSync(from)) continue;
    const to = path.join(folder, path.basename(from));
    fs.renameSync(from, to);
    moved.push(path.basename(from));
  }
  fsyncDir(folder);
  fsyncDir(path.dirname(databaseFile));
  return moved;
}

/** The first `<base>`, `<base>-2`, ... that does not exist yet in `parent`. */
export function freeFolder(parent: string, base: string): string {
  for (let n = 1; ; n += 1) {
    const candidate = path.join(parent, n === 1 ? base : `${base}-${n}`);
    if (!fs.existsSync(candidate)) return candidate;
  }
}

/** Removes a file if it is there; used only for our own temporary and partial files. */
export function removeIfPresent(file: string): void {
  fs.rmSync(file, { force: true });
}
