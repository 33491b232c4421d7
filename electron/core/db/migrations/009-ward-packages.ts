import type { Migration } from '../types';

const stamp = (col: string) =>
  `${col} TEXT NOT NULL CHECK (${col} GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9][T ][0-2][0-9]:[0-5][0-9]*')`;

/**
 * The city side of the yearly package (issue #7): wards' packages imported by a city-level office,
 * one per ward and year. The JSON twin is kept as received (its SHA-256 beside it), so the totals can
 * always be recomputed from what the wards sent; the award count and money are copied out for the
 * list. A ward is recognised by its folded name (foldForSearch), so "Phường Lê Chân" and "phường lê
 * chân" are one ward: `UNIQUE (year, ward_folded)` refuses a second package, and is the index the
 * year's list and the replace check read.
 */
export const migration009: Migration = {
  version: 9,
  name: 'ward-packages',
  up(db) {
    db.exec(`
      CREATE TABLE ward_packages (
        id INTEGER PRIMARY KEY,
        ward_name TEXT NOT NULL CHECK (ward_name <> ''),
        ward_folded TEXT NOT NULL CHECK (ward_folded <> ''),
        city TEXT NOT NULL,
        year INTEGER NOT NULL CHECK (year BETWEEN 1900 AND 2100),
        schema_version INTEGER NOT NULL CHECK (schema_version >= 1),
        ${stamp('generated_at')},
        ${stamp('imported_at')},
        sha256 TEXT NOT NULL CHECK (length(sha256) = 64 AND sha256 NOT GLOB '*[^0-9a-f]*'),
        payload_json TEXT NOT NULL CHECK (json_valid(payload_json)),
        award_count INTEGER NOT NULL CHECK (award_count >= 0),
        money INTEGER NOT NULL CHECK (money >= 0),
        UNIQUE (year, ward_folded)
      ) STRICT;
    `);
  },
};
