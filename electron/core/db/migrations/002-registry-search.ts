import type { Migration } from '../types';
import { vietnameseNameSortKey } from '../../../../shared/rules/sort-key';

/**
 * Fast search and Vietnamese ordering for long lists: a byte-comparable `sort_key` (SQLite has no
 * Vietnamese collation) and FTS5 indexes over the folded `search_text`, kept in step by triggers.
 */
export const migration002: Migration = {
  version: 2,
  name: 'registry-search',
  up(db) {
    db.exec(`
      ALTER TABLE people ADD COLUMN sort_key TEXT NOT NULL DEFAULT '';
      CREATE INDEX people_sort_key ON people(sort_key);
      ALTER TABLE households ADD COLUMN sort_key TEXT NOT NULL DEFAULT '';
      CREATE INDEX households_sort_key ON households(sort_key);
    `);
    for (const [table, nameColumn] of [
      ['people', 'full_name'],
      ['households', 'head_name'],
    ] as const) {
      const update = db.prepare(`UPDATE ${table} SET sort_key = ? WHERE id = ?`);
      const rows = db.prepare(`SELECT id, ${nameColumn} AS name FROM ${table}`).all() as {
        id: number;
        name: string;
      }[];
      for (const row of rows) update.run(vietnameseNameSortKey(row.name), row.id);
      db.exec(`
        CREATE VIRTUAL TABLE ${table}_fts USING fts5(
          search_text, content='${table}', content_rowid='id', tokenize='unicode61', prefix='1 2 3'
        );
        INSERT INTO ${table}_fts(${table}_fts) VALUES ('rebuild');
        CREATE TRIGGER ${table}_fts_insert AFTER INSERT ON ${table} BEGIN
          INSERT INTO ${table}_fts(rowid, search_text) VALUES (new.id, new.search_text);
        END;
        CREATE TRIGGER ${table}_fts_delete AFTER DELETE ON ${table} BEGIN
          INSERT INTO ${table}_fts(${table}_fts, rowid, search_text) VALUES ('delete', old.id, old.search_text);
        END;
        CREATE TRIGGER ${table}_fts_update AFTER UPDATE OF search_text ON ${table} BEGIN
          INSERT INTO ${table}_fts(${table}_fts, rowid, search_text) VALUES ('delete', old.id, old.search_text);
          INSERT INTO ${table}_fts(rowid, search_text) VALUES (new.id, new.search_text);
        END;
      `);
    }
  },
};
