import type { Migration } from '../types';
import { SYSTEM_SQL } from './001-initial/system.sql';
import { REGISTRY_SQL } from './001-initial/registry.sql';
import { CATALOGUE_SQL } from './001-initial/catalogue.sql';
import { MOVEMENTS_SQL } from './001-initial/movements.sql';
import { AWARDS_SQL } from './001-initial/awards.sql';
import { REPORTS_SQL } from './001-initial/reports.sql';

/**
 * The whole data model of docs/domain.md (described for people in ../schema.md).
 * Conventions: STRICT tables; dates 'YYYY-MM-DD' text, timestamps toISOString() text; money INTEGER đồng;
 * coefficients INTEGER per-mille; enums short ASCII codes; 0/1 flags; search_text = folded name.
 * Some foreign keys point at tables created further down: SQLite checks them when rows are written.
 */
export const SQL = [SYSTEM_SQL, REGISTRY_SQL, CATALOGUE_SQL, MOVEMENTS_SQL, AWARDS_SQL, REPORTS_SQL].join(
  '\n',
);

export const migration001: Migration = {
  version: 1,
  name: 'initial',
  up(db) {
    db.exec(SQL);
  },
};
