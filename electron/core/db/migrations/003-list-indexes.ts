import type { Migration } from '../types';

/**
 * Long lists at 100,000 people. The default people list (not trashed, one status, sort_key order)
 * pages and counts from `people_listed` alone: without it, a window deep in the list looked up every
 * skipped row in the table to test deleted_at and active (about 90 ms at offset 90,000, against
 * 3-6 ms with it), and a common search prefix sorted all its matches in a temporary B-tree instead
 * of walking the index in order. The trash views get their own small indexes, so that listing a
 * handful of trashed rows does not walk every live one; households get the same treatment. The
 * units list counts each unit's live people from `people_unit_listed` alone (3 ms for 300 units
 * and 100,000 people, against 130 ms looking up every person's deleted_at).
 * Ties of sort_key stay in id order: an index holds the rowid after its columns.
 */
export const migration003: Migration = {
  version: 3,
  name: 'list-indexes',
  up(db) {
    db.exec(`
      CREATE INDEX people_listed ON people(active, sort_key) WHERE deleted_at IS NULL;
      CREATE INDEX people_trashed ON people(sort_key) WHERE deleted_at IS NOT NULL;
      CREATE INDEX people_unit_listed ON people(unit_id) WHERE deleted_at IS NULL;
      CREATE INDEX households_listed ON households(sort_key) WHERE deleted_at IS NULL;
      CREATE INDEX households_trashed ON households(sort_key) WHERE deleted_at IS NOT NULL;
    `);
  },
};
