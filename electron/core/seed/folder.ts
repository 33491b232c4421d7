import path from 'node:path';
import { DB_FILE_NAME, openDatabase } from '../db/connection';
import { migrate, schemaVersion } from '../db/migrate';
import { MIGRATIONS } from '../db/migrations';
import { countRecords } from '../db/repos/overview';
import { AppError } from '../../../shared/errors';
import { generateWard } from './generate';
import { insertWard, type SeedReport } from './insert';
import type { SeedSize } from './types';

export interface SeedFolderResult extends SeedReport {
  databaseFile: string;
  /** Milliseconds spent generating the arrays (before any database work). */
  generateMs: number;
}

/**
 * Fills `<dataDir>/tdkt.sqlite` with a generated ward. Refuses, with the database untouched (not
 * even migrated), when it already holds units or people: generated data must never mix with a
 * real office's records.
 */
export function seedDataFolder(options: {
  dataDir: string;
  size: SeedSize;
  seed?: number;
  at?: string;
}): SeedFolderResult {
  const databaseFile = path.join(path.resolve(options.dataDir), DB_FILE_NAME);
  const db = openDatabase(databaseFile);
  try {
    // Version 0 is a new file without tables; from version 1 on, units and people exist.
    if (schemaVersion(db) >= 1) {
      const { units, people } = countRecords(db);
      if (units > 0 || people > 0) {
        throw new AppError(
          'CONFLICT',
          `Thư mục dữ liệu đã có dữ liệu (${units} đơn vị, ${people} cá nhân): không tạo dữ liệu mẫu để tránh trộn lẫn với dữ liệu thật. Hãy chọn một thư mục trống. Dữ liệu không bị thay đổi.`,
        );
      }
    }
    migrate(db, MIGRATIONS);
    // A 100,000-row transaction updates several indexes in random order (sort key, folded name,
    // FTS); with the default 2 MB page cache SQLite keeps spilling and re-reading the same pages.
    // 256 MB for this one short-lived connection only; the app's connections keep the defaults.
    db.pragma('cache_size = -262144');
    const start = performance.now();
    const ward = generateWard({
      size: options.size,
      ...(options.seed !== undefined ? { seed: options.seed } : {}),
    });
    const generateMs = Math.round(performance.now() - start);
    const report = insertWard(db, ward, options.at ?? new Date().toISOString());
    return { ...report, databaseFile, generateMs };
  } finally {
    db.close();
  }
}
