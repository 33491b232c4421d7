import type { Migration } from '../types';

/**
 * The award lookup ("ai được khen thưởng gì trong năm N") over 200,000 lines. Signed decisions of a
 * year (or range) are found, already in date and number order, from `decisions_lookup`, so the
 * first page stops after its rows instead of sorting every line of the year; each decision's lines
 * come from `awards_lookup`, which also holds what the filters and the totals read (catalogue,
 * recipient kind, staff category, amount, folded name), so counting a year's 20,000 lines, or
 * searching them by name, never visits the table.
 * The history of one recipient uses the indexes of migration 001 (awards by person, unit, household).
 */
export const migration007: Migration = {
  version: 7,
  name: 'award-lookup',
  up(db) {
    db.exec(`
      CREATE INDEX decisions_lookup ON decisions(status, year, decision_date, number);
      CREATE INDEX awards_lookup
        ON awards(decision_id, recipient_kind, catalogue_id, staff_category_snapshot, amount, search_text);
    `);
  },
};
