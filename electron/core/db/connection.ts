import Database from 'better-sqlite3';
import fs from 'node:fs';
import path from 'node:path';
import type { Db } from './types';
import { AppError } from '../../../shared/errors';

export const DB_FILE_NAME = 'tdkt.sqlite';

/** Opens (creating when missing) the app database with the pragmas every connection needs. */
export function openDatabase(file: string): Db {
  try {
    fs.mkdirSync(path.dirname(file), { recursive: true });
  } catch (cause) {
    throw new AppError('DB_OPEN_FAILED', `Không tạo được thư mục dữ liệu: ${path.dirname(file)}`, { cause });
  }
  let db: Db;
  try {
    db = new Database(file);
  } catch (cause) {
    throw new AppError('DB_OPEN_FAILED', `Không mở được tệp dữ liệu: ${file}`, { cause });
  }
  try {
    configure(db);
  } catch (cause) {
    db.close();
    throw new AppError(
      'DB_OPEN_FAILED',
      `Tệp dữ liệu không đọc được hoặc không phải cơ sở dữ liệu của ứng dụng: ${file}`,
      { cause },
    );
  }
  return db;
}

/** In-memory database with the same pragmas, for tests. */
export function openMemoryDatabase(): Db {
  const db = new Database(':memory:');
  configure(db);
  return db;
}

function configure(db: Db): void {
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = NORMAL');
  db.pragma('foreign_keys = ON');
  db.pragma('busy_timeout = 5000');
  // Touch the schema so a file that is not SQLite fails here, not at the first query.
  db.prepare('SELECT count(*) FROM sqlite_master').get();
}
