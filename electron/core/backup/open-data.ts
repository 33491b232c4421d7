import fs from 'node:fs';
import type { Db, Migration } from '../db/types';
import { DatabaseDamaged, openDatabase } from '../db/connection';
import { latestVersion, migrate, schemaVersion } from '../db/migrate';
import { COMPANIONS, freeFolder, moveDatabaseFiles } from './durable';
import { timeStamp } from './layout';
import { listLocalBackups } from './local-backups';
import { makeLocalBackup, storedRetention, type BackupContext } from './policy';
import { AppError } from '../../../shared/errors';
import type { StoredBackup } from '../../../shared/api/backup';

export type OpenedData =
  | { kind: 'ready'; db: Db; from: number; to: number; premigrate: StoredBackup | null }
  /** The file failed its check and was moved to `movedTo` (with its -wal/-shm). */
  | { kind: 'damaged'; movedTo: string; problems: string[] }
  /** No database file, but backups exist: something removed it; the page must decide. */
  | { kind: 'missing' };

/** Moves whatever is at the database path (file, -wal, -shm) into a new `<data>/damaged/<time>` folder. */
export function moveToDamaged(ctx: BackupContext, label = ''): string {
  const folder = freeFolder(ctx.layout.damagedDir, `${timeStamp(ctx.clock.now())}${label}`);
  moveDatabaseFiles(ctx.layout.databaseFile, folder);
  return folder;
}

/**
 * Opens the data at start-up (and after a restore). The file is checked (quick_check) before anything
 * writes to it; a damaged one is moved aside, never deleted. A file that exists with data and needs a
 * migration is backed up first (`premigrate`); if that backup fails, nothing is migrated. A database
 * from a newer app is refused untouched (DB_TOO_NEW), as before.
 */
export function openData(
  ctx: BackupContext,
  migrations: readonly Migration[],
  allowCreate: boolean,
): OpenedData {
  const { databaseFile, backupDir } = ctx.layout;
  if (!fs.existsSync(databaseFile)) {
    if (!allowCreate && listLocalBackups(backupDir).length > 0) return { kind: 'missing' };
    // A -wal left without its database would be replayed into the new empty one: keep it aside.
    if (COMPANIONS.some((s) => s !== '' && fs.existsSync(`${databaseFile}${s}`)))
      moveToDamaged(ctx, '-orphans');
  }
  let db: Db;
  try {
    db = openDatabase(databaseFile, { quickCheck: true });
  } catch (error) {
    if (!(error instanceof DatabaseDamaged)) throw error;
    ctx.log.error(`Database ${databaseFile} is damaged`, error);
    const movedTo = moveToDamaged(ctx);
    ctx.log.warn(`Moved the damaged database to ${movedTo}`);
    return { kind: 'damaged', movedTo, problems: error.problems };
  }
  try {
    const from = schemaVersion(db);
    let premigrate: StoredBackup | null = null;
    if (from >= 1 && from < latestVersion(migrations)) premigrate = backupBeforeMigration(db, ctx);
    const { to } = migrate(db, migrations);
    return { kind: 'ready', db, from, to, premigrate };
  } catch (error) {
    db.close();
    throw error;
  }
}

function backupBeforeMigration(db: Db, ctx: BackupContext): StoredBackup {
  try {
    return makeLocalBackup(db, 'premigrate', storedRetention(db), ctx);
  } catch (cause) {
    throw new AppError(
      'DB_OPEN_FAILED',
      'Không tạo được bản sao lưu trước khi nâng cấp dữ liệu lên phiên bản mới, nên dữ liệu chưa được nâng cấp và không bị thay đổi. Hãy kiểm tra ổ đĩa còn chỗ trống rồi mở lại ứng dụng.',
      { cause },
    );
  }
}
