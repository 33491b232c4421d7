import type { Db } from '../types';

/** Live record counts for the overview screen (trashed records excluded). */
export function countRecords(db: Db) {
  const count = (sql: string) => (db.prepare(sql).get() as { n: number }).n;
  return {
    units: count('SELECT count(*) AS n FROM units WHERE deleted_at IS NULL'),
    people: count('SELECT count(*) AS n FROM people WHERE deleted_at IS NULL'),
    households: count('SELECT count(*) AS n FROM households WHERE deleted_at IS NULL'),
    movements: count('SELECT count(*) AS n FROM movements WHERE deleted_at IS NULL'),
    decisions: count('SELECT count(*) AS n FROM decisions WHERE deleted_at IS NULL'),
  };
}
