import Database from 'better-sqlite3';
import fs from 'node:fs';
import path from 'node:path';
import type { Db } from './types';
import { AppError } from '../../../shared/errors';
import { checkIntegrity } from './repos/maintenance';

export const DB_FILE_NAME = 'tdkt.sqlite';

/**
 * The file is not a sound SQLite database: its check found problems, or SQLite called it corrupt or
 * not a database. Start-up moves such a file aside; any other failure (locked, no permission) is not
 * damage and stays an AppError DB_OPEN_FAILED, with the file left where it is.
 */
export class DatabaseDamaged extends Error {
  constructor(
    readonly problems: string[],
    options?: { cause?: unknown },
  ) {
    super(`Database failed its check: ${problems.join('; ')}`, options);
    this.name = 'DatabaseDamaged';
  }
}

const DAMAGE_CODES = /^SQLITE_(CORRUPT|NOTADB)/;

/**
 * Opens (creating when missing) the app database with the pragmas every connection needs. With
 * `quickCheck`, the file is checked (PRAGMA quick_check) before anything is written to it, and a
 * damaged one throws DatabaseDamaged.
 */
export function openDatabase(file: string, options: { quickCheck?: boolean } = {}): Db {
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
  if (options.quickCheck) quickCheckOrThrow(db);
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

function quickCheckOrThrow(db: Db): void {
  let problems: string[];
  try {
    problems = checkIntegrity(db, 'quick');
  } catch (cause) {
    const code = (cause as { code?: unknown }).code;
    if (typeof code === 'string' && DAMAGE_CODES.test(code)) {
      db.close();
      throw new DatabaseDamaged([`${code}: ${(cause as Error).message}`], { cause });
    }
    db.close();
    throw new AppError('DB_OPEN_FAILED', `Không đọc được tệp dữ liệu để kiểm tra: ${db.name}`, { cause });
  }
  if (problems.length > 0) {
    db.close();
    throw new DatabaseDamaged(problems);
  }
}

/** In-memory database with the same pragmas, for tests. */
export function openMemoryDatabase(): Db {
  const db = new Database(':memory:');
  configure(db);
  return db;
}

function configure(db: Db): void {
  db.pragma('journal_mode = WAL');
  // FULL, not NORMAL: in WAL mode NORMAL may lose the last committed transactions when the power
  // fails (offices lose power); FULL syncs the WAL at every commit, which costs one fsync per save.
  db.pragma('synchronous = FULL');
  db.pragma('foreign_keys = ON');
  db.pragma('busy_timeout = 5000');
  // Touch the schema so a file that is not SQLite fails here, not at the first query.
  db.prepare('SELECT count(*) FROM sqlite_master').get();
}
