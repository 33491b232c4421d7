import type BetterSqlite3 from 'better-sqlite3';
import type { Db } from '../types';

// Repos build a few statements per call (imports call them 20,000 times in one transaction), and
// list queries vary in shape with their filters; compiling each SQL text once per connection keeps
// both cheap. Keyed by the Db so a closed connection's statements go with it.
const cache = new WeakMap<Db, Map<string, BetterSqlite3.Statement>>();

/** The prepared statement for `sql` on this connection, compiled on first use. */
export function prepared(db: Db, sql: string): BetterSqlite3.Statement {
  let byText = cache.get(db);
  if (!byText) {
    byText = new Map();
    cache.set(db, byText);
  }
  let stmt = byText.get(sql);
  if (!stmt) {
    stmt = db.prepare(sql);
    byText.set(sql, stmt);
  }
  return stmt;
}
