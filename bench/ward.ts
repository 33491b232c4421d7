import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { seedDataFolder, type SeedFolderResult } from '../electron/core/seed/folder';
import { AppError } from '../shared/errors';

export interface BenchWard {
  dataDir: string;
  /** How the ward was seeded in this run; null when an already seeded folder was reused. */
  seeded: SeedFolderResult | null;
  /** Removes the folder when the bench made it. */
  cleanup(): void;
}

/**
 * The large ward to measure: `--data <dir>` when given (seeded now if empty, reused if it already
 * holds data), otherwise a fresh temporary folder seeded for this run and removed afterwards.
 */
export function prepareWard(dataDir: string | undefined, seed: number | undefined): BenchWard {
  const temporary = dataDir === undefined;
  const dir =
    dataDir === undefined ? fs.mkdtempSync(path.join(os.tmpdir(), 'tdkt-bench-')) : path.resolve(dataDir);
  const cleanup = () => {
    if (temporary) fs.rmSync(dir, { recursive: true, force: true });
  };
  try {
    const seeded = seedDataFolder({ dataDir: dir, size: 'large', ...(seed !== undefined ? { seed } : {}) });
    return { dataDir: dir, seeded, cleanup };
  } catch (error) {
    // The seeder refuses a folder that already has data: that is the reuse case.
    if (error instanceof AppError && error.code === 'CONFLICT')
      return { dataDir: dir, seeded: null, cleanup };
    cleanup();
    throw error;
  }
}
