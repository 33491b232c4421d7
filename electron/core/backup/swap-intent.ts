import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { fsyncDir, fsyncFile, removeIfPresent } from './durable';
import { PARTIAL_SUFFIX, type DataLayout } from './layout';

/** Beside the database while a restore swaps files; its presence at start-up means the swap was cut off. */
export const INTENT_FILE_NAME = 'tdkt-restore-intent.json';

/**
 * What a restore is about to do to the live files, written (and synced) before the first of them
 * moves, so that a power cut half-way can be finished or undone at the next start (see swap.ts).
 * Paths are relative to the data folder, so a copied or moved data folder still settles.
 */
export interface SwapIntent {
  version: 1;
  /** `swap`: moving the restored file in; `rollback`: the swap failed and the old files go back. */
  phase: 'swap' | 'rollback';
  startedAt: string;
  /** The backup's name as the user chose it, for the log and the history. */
  shownName: string;
  /** The database file name (`tdkt.sqlite`). */
  database: string;
  /** Where the live files go (`backups/replaced-<time>`); null when there were none. */
  setAside: string | null;
  /** The live files found when the swap began (`tdkt.sqlite`, `tdkt.sqlite-wal`, ...): all must reach `setAside`. */
  replaced: string[];
  /** The checked private copy that comes in (`tdkt-restore-incoming.partial`). */
  incoming: string;
  incomingBytes: number;
  /** SHA-256 of the incoming file after its check: at start-up, equal means complete and verified. */
  incomingSha256: string;
}

export const intentFile = (layout: DataLayout) => path.join(layout.dataDir, INTENT_FILE_NAME);

/** The SHA-256 of a file, read in chunks (a backup may be 200 MB). */
export function fileSha256(file: string): string {
  const hash = crypto.createHash('sha256');
  const fd = fs.openSync(file, 'r');
  try {
    const chunk = Buffer.alloc(1 << 20);
    for (;;) {
      const n = fs.readSync(fd, chunk, 0, chunk.length, null);
      if (n === 0) break;
      hash.update(chunk.subarray(0, n));
    }
  } finally {
    fs.closeSync(fd);
  }
  return hash.digest('hex');
}

/** Written under a temporary name, synced, renamed and the folder synced: the record is whole or absent. */
export function writeIntent(layout: DataLayout, intent: SwapIntent): void {
  const file = intentFile(layout);
  const partial = `${file}${PARTIAL_SUFFIX}`;
  try {
    fs.writeFileSync(partial, JSON.stringify(intent, null, 2));
    fsyncFile(partial);
    fs.renameSync(partial, file);
  } catch (error) {
    removeIfPresent(partial);
    throw error;
  }
  fsyncDir(layout.dataDir);
}

export function removeIntent(layout: DataLayout): void {
  removeIfPresent(intentFile(layout));
  removeIfPresent(`${intentFile(layout)}${PARTIAL_SUFFIX}`);
  fsyncDir(layout.dataDir);
}

const isIntent = (v: unknown): v is SwapIntent => {
  const i = v as Partial<SwapIntent> | null;
  return (
    typeof i === 'object' &&
    i !== null &&
    i.version === 1 &&
    (i.phase === 'swap' || i.phase === 'rollback') &&
    typeof i.database === 'string' &&
    (i.setAside === null || typeof i.setAside === 'string') &&
    Array.isArray(i.replaced) &&
    typeof i.incoming === 'string' &&
    typeof i.incomingSha256 === 'string'
  );
};

/**
 * The pending intent, if any. A half-written one (`.partial`) means nothing had moved yet and is
 * removed; an unreadable one (never expected: it is renamed into place whole) is reported as such.
 */
export function readIntent(layout: DataLayout): SwapIntent | 'unreadable' | null {
  const file = intentFile(layout);
  removeIfPresent(`${file}${PARTIAL_SUFFIX}`);
  if (!fs.existsSync(file)) return null;
  try {
    const parsed: unknown = JSON.parse(fs.readFileSync(file, 'utf8'));
    return isIntent(parsed) ? parsed : 'unreadable';
  } catch {
    return 'unreadable';
  }
}
