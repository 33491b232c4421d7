import type { Db } from '../types';

/**
 * SQLite's own checks. `quick` (PRAGMA quick_check) reads every page but skips matching indexes to
 * their tables: fast enough for every start-up. `full` (integrity_check) also does that; used on
 * backups, which are checked once. Returns the problems found, [] when the file is sound.
 */
export function checkIntegrity(db: Db, kind: 'quick' | 'full'): string[] {
  const rows = db
    .prepare(`PRAGMA ${kind === 'quick' ? 'quick_check' : 'integrity_check'}(20)`)
    .all() as Record<string, string>[];
  const messages = rows.map((r) => String(Object.values(r)[0]));
  return messages.length === 1 && messages[0] === 'ok' ? [] : messages;
}

/** A consistent, compacted copy of the whole database in a new file (one read transaction). */
export function vacuumInto(db: Db, file: string): void {
  db.prepare('VACUUM INTO ?').run(file);
}

/** Makes a copy self-contained: a rollback journal instead of WAL, so it never needs -wal/-shm files. */
export function useRollbackJournal(db: Db): void {
  db.pragma('journal_mode = DELETE');
}

export function tableNames(db: Db): Set<string> {
  const rows = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").all() as { name: string }[];
  return new Set(rows.map((r) => r.name));
}

/** What a backup holds, for the restore dialog and report: live counts and the newest change recorded. */
export function backupFacts(db: Db): {
  counts: { units: number; people: number; households: number; decisions: number };
  lastChangeAt: string | null;
} {
  const count = (table: string) =>
    (db.prepare(`SELECT count(*) AS n FROM ${table} WHERE deleted_at IS NULL`).get() as { n: number }).n;
  // Every user-visible change writes an audit row; updated_at covers rows written without one.
  const { at } = db
    .prepare(
      `SELECT max(at) AS at FROM (
         SELECT max(at) AS at FROM audit_log
         UNION ALL SELECT max(updated_at) FROM settings
         UNION ALL SELECT max(updated_at) FROM units
         UNION ALL SELECT max(updated_at) FROM people
         UNION ALL SELECT max(updated_at) FROM households
         UNION ALL SELECT max(updated_at) FROM decisions)`,
    )
    .get() as { at: string | null };
  return {
    counts: {
      units: count('units'),
      people: count('people'),
      households: count('households'),
      decisions: count('decisions'),
    },
    lastChangeAt: at,
  };
}
