import type BetterSqlite3 from 'better-sqlite3';

/** The one database handle type used across the data layer. */
export type Db = BetterSqlite3.Database;

/** A numbered schema step. Never edit one that has landed: add the next number. */
export interface Migration {
  version: number;
  name: string;
  up(db: Db): void;
}
