import type { Migration } from '../types';

/**
 * The household head's gender (issue #5's gap), so a household prints "Gia đình ông …" or "Gia đình
 * bà …" instead of "Gia đình ông/bà …"; NULL = not known, which existing households keep.
 * Award lines snapshot it as they snapshot the head's name (migration 006): a signed decision
 * prints the gender it was signed with, whatever the registry says later. Only household lines
 * carry it; individuals' "Ông/Bà" reads the person's gender as before.
 */
export const migration010: Migration = {
  version: 10,
  name: 'household-head-gender',
  up(db) {
    db.exec(`
      ALTER TABLE households ADD COLUMN head_gender TEXT CHECK (head_gender IN ('male', 'female'));
      ALTER TABLE awards ADD COLUMN head_gender_snapshot TEXT
        CHECK (head_gender_snapshot IS NULL
          OR (recipient_kind = 'household' AND head_gender_snapshot IN ('male', 'female')));
    `);
  },
};
