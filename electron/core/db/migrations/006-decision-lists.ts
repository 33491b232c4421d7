import type { Migration } from '../types';

/**
 * What decisions need beyond migration 001: the achievement text every line of the list defaults to,
 * and how the list is ordered inside each section (as entered, or by name the Vietnamese way);
 * indexes for the next free decision number and số sổ vàng of a single running register.
 */
export const migration006: Migration = {
  version: 6,
  name: 'decision-lists',
  up(db) {
    db.exec(`
      ALTER TABLE decisions ADD COLUMN default_achievement TEXT;
      ALTER TABLE decisions ADD COLUMN recipient_order TEXT NOT NULL DEFAULT 'entered'
        CHECK (recipient_order IN ('entered', 'vietnamese'));
      CREATE INDEX decisions_year_number ON decisions(year, number);
      CREATE INDEX awards_register_number ON awards(register_number) WHERE register_number IS NOT NULL;
    `);
  },
};
