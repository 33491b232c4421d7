import Database from 'better-sqlite3';
import path from 'node:path';
import type { Db } from '../db/types';
import { schemaVersion } from '../db/migrate';
import { backupFacts, checkIntegrity, tableNames } from '../db/repos/maintenance';
import { inspectSqliteHeader, markRollbackJournal } from './sqlite-file';
import { AppError } from '../../../shared/errors';
import type { BackupCounts } from '../../../shared/api/backup';

/** Tables every version of our data has had since migration 001: how a file is recognised as ours. */
const OUR_TABLES = [
  'settings',
  'audit_log',
  'attachments',
  'units',
  'people',
  'households',
  'decisions',
  'awards',
];

const UNCHANGED = 'Dữ liệu hiện tại không bị thay đổi.';

export interface CheckedBackup {
  schemaVersion: number;
  counts: BackupCounts;
  /** The newest change recorded inside (audit log, updated_at), or null when it records none. */
  lastChangeAt: string | null;
}

/** A refusal for the user, with the technical detail kept for the log. */
function refusal(message: string, detail: string, cause?: unknown): AppError {
  return new AppError('VALIDATION', message, {
    cause: new Error(detail, cause === undefined ? undefined : { cause }),
  });
}

/**
 * Everything a restore checks before it changes anything: the file is SQLite and whole (header,
 * size), intact (PRAGMA integrity_check), ours (our tables, user_version from 1) and not newer than
 * this app. Refusals are AppErrors with a Vietnamese message naming `shownName` (VALIDATION, or
 * DB_TOO_NEW); the technical detail goes in the cause, for the log. With `privateCopy`, a WAL-mode
 * header is rewritten so the check leaves no -wal/-shm files behind.
 */
export function checkBackupFile(
  file: string,
  options: { shownName: string; latestVersion: number; privateCopy: boolean },
): CheckedBackup {
  const name = `“${path.basename(options.shownName)}”`;
  const header = inspectSqliteHeader(file);
  if (!header.ok && header.problem === 'not-sqlite') {
    throw refusal(
      `Tệp ${name} không phải là tệp sao lưu của ứng dụng (không phải cơ sở dữ liệu SQLite). ${UNCHANGED}`,
      header.detail,
    );
  }
  if (!header.ok) {
    throw refusal(
      `Tệp ${name} không đầy đủ (bị cắt cụt, có thể do chép chưa xong hoặc USB bị rút ra quá sớm). Hãy chép lại tệp rồi thử lại. ${UNCHANGED}`,
      header.detail,
    );
  }
  if (header.walMode && options.privateCopy) markRollbackJournal(file);

  let db: Db | undefined;
  try {
    db = new Database(file, { readonly: true, fileMustExist: true });
    return checkOpened(db, name, options.latestVersion);
  } catch (error) {
    if (error instanceof AppError) throw error;
    const code = String((error as { code?: unknown }).code ?? '');
    if (code.startsWith('SQLITE_NOTADB')) {
      throw refusal(
        `Tệp ${name} không phải là tệp sao lưu của ứng dụng (không phải cơ sở dữ liệu SQLite). ${UNCHANGED}`,
        code,
        error,
      );
    }
    // Our tables by name but not our columns: some other program's database.
    if (code === 'SQLITE_ERROR') throw refusal(notOursMessage(name), `${code} reading the facts`, error);
    throw refusal(damagedMessage(name), `${code} while checking`, error);
  } finally {
    db?.close();
  }
}

function notOursMessage(name: string): string {
  return `Tệp ${name} là cơ sở dữ liệu SQLite nhưng không phải dữ liệu của ứng dụng Thi đua – Khen thưởng. ${UNCHANGED}`;
}

function damagedMessage(name: string): string {
  return `Tệp ${name} bị hỏng (không qua được bước kiểm tra toàn vẹn), không dùng để khôi phục được. Hãy dùng một bản sao lưu khác. ${UNCHANGED}`;
}

function checkOpened(db: Db, name: string, latest: number): CheckedBackup {
  const problems = checkIntegrity(db, 'full');
  if (problems.length > 0) throw refusal(damagedMessage(name), `integrity_check: ${problems.join('; ')}`);
  const tables = tableNames(db);
  const version = schemaVersion(db);
  const missing = OUR_TABLES.filter((t) => !tables.has(t));
  if (missing.length > 0 || version < 1) {
    throw refusal(notOursMessage(name), `user_version ${version}, missing tables: ${missing.join(', ')}`);
  }
  if (version > latest) {
    throw new AppError(
      'DB_TOO_NEW',
      `Tệp ${name} được tạo bởi phiên bản mới hơn của ứng dụng (phiên bản dữ liệu ${version}, ứng dụng này hỗ trợ đến ${latest}). Hãy cập nhật ứng dụng rồi khôi phục lại. ${UNCHANGED}`,
    );
  }
  const facts = backupFacts(db);
  return { schemaVersion: version, counts: facts.counts, lastChangeAt: facts.lastChangeAt };
}
