import type { Db, Migration } from './types';
import { AppError } from '../../../shared/errors';

export function schemaVersion(db: Db): number {
  return db.pragma('user_version', { simple: true }) as number;
}

export function latestVersion(migrations: readonly Migration[]): number {
  return migrations.reduce((max, m) => Math.max(max, m.version), 0);
}

/**
 * Brings the database up to the newest migration, one transaction per step so a failed step
 * leaves the previous version intact. A database written by a newer app is refused untouched.
 */
export function migrate(db: Db, migrations: readonly Migration[]): { from: number; to: number } {
  const sorted = [...migrations].sort((a, b) => a.version - b.version);
  sorted.forEach((m, i) => {
    if (m.version !== i + 1) throw new Error(`Migration numbering has a gap at ${m.name}`);
  });
  const from = schemaVersion(db);
  const target = latestVersion(sorted);
  if (from > target) {
    throw new AppError(
      'DB_TOO_NEW',
      `Tệp dữ liệu được tạo bởi phiên bản mới hơn của ứng dụng (phiên bản dữ liệu ${from}, ứng dụng này hỗ trợ đến ${target}). Hãy cập nhật ứng dụng; dữ liệu không bị thay đổi.`,
    );
  }
  for (const m of sorted) {
    if (m.version <= from) continue;
    db.transaction(() => {
      m.up(db);
      db.pragma(`user_version = ${m.version}`);
    })();
  }
  return { from, to: Math.max(from, target) };
}
