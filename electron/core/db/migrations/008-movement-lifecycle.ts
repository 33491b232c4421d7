import type { Migration } from '../types';

const stamp = (col: string) =>
  `${col} TEXT CHECK (${col} GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9][T ][0-2][0-9]:[0-5][0-9]*')`;

/**
 * What the movements half needs beyond migration 001: a movement with registrations, models or
 * awards is archived (kept, out of the working lists) instead of deleted; a registrant registers once
 * per movement and year (or once for the year when no movement is named), which SQLite's UNIQUE
 * cannot say over nullable columns, hence the expression index.
 */
export const migration008: Migration = {
  version: 8,
  name: 'movement-lifecycle',
  up(db) {
    db.exec(`
      ALTER TABLE movements ADD COLUMN ${stamp('archived_at')};
      ALTER TABLE movements ADD COLUMN ${stamp('closed_at')};
      CREATE INDEX movements_status ON movements(status) WHERE deleted_at IS NULL;
      CREATE UNIQUE INDEX registrations_once ON registrations(
        coalesce(movement_id, 0), year, registrant_kind, coalesce(unit_id, person_id, household_id));
      CREATE INDEX model_stage_history_at ON model_stage_history(model_id, at);
    `);
  },
};
