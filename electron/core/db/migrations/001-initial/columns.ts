/**
 * Column snippets repeated across migration 001. Part of that migration: frozen with it once landed
 * (a later migration writes its own SQL instead of reusing these, so 001 never changes by accident).
 */

/** An ISO calendar date 'YYYY-MM-DD'. date() normalises, so '2026-7-5', '2026-02-30' and '05/07/2026' fail. */
export const isoDate = (col: string, notNull = false): string =>
  `${col} TEXT${notNull ? ' NOT NULL' : ''} CHECK (date(${col}) IS ${col})`;

/** An ISO timestamp as `Date.prototype.toISOString()` writes it ('2026-07-05T08:30:00.000Z'). */
export const timestamp = (col: string, notNull = true): string =>
  `${col} TEXT${notNull ? ' NOT NULL' : ''} CHECK (${col} GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9][T ][0-2][0-9]:[0-5][0-9]*')`;

/** A calendar year. */
export const year = (col: string, notNull = false): string =>
  `${col} INTEGER${notNull ? ' NOT NULL' : ''} CHECK (${col} BETWEEN 1900 AND 2100)`;

/** A boolean as INTEGER 0/1. */
export const flag = (col: string, defaultValue: 0 | 1): string =>
  `${col} INTEGER NOT NULL DEFAULT ${defaultValue} CHECK (${col} IN (0, 1))`;

/** A JSON document (objects written with JSON.stringify). */
export const json = (col: string, notNull = false): string =>
  `${col} TEXT${notNull ? ' NOT NULL' : ''} CHECK (${col} IS NULL OR json_valid(${col}))`;

/** Row bookkeeping written by the data layer. */
export const STAMPS = `${timestamp('created_at')},\n  ${timestamp('updated_at')}`;

/** Soft delete: set when the user moves the row to the trash. */
export const TRASH = timestamp('deleted_at', false);

/** Folded name (shared/rules/search.ts foldForSearch), kept in step by the data layer. */
export const SEARCH = `search_text TEXT NOT NULL DEFAULT ''`;

/** Who a registration, model, candidate or award is about: the kind plus one reference per kind. */
export const recipientColumns = (kindCol: string): string =>
  `${kindCol} TEXT NOT NULL CHECK (${kindCol} IN ('collective', 'individual', 'household')),
  unit_id INTEGER REFERENCES units(id) ON DELETE RESTRICT,
  person_id INTEGER REFERENCES people(id) ON DELETE RESTRICT,
  household_id INTEGER REFERENCES households(id) ON DELETE RESTRICT`;

/** Table constraint: exactly the reference that matches the kind is set, the other two are NULL. */
export const recipientCheck = (kindCol: string): string =>
  `CHECK ((${kindCol} = 'collective') = (unit_id IS NOT NULL)
     AND (${kindCol} = 'individual') = (person_id IS NOT NULL)
     AND (${kindCol} = 'household') = (household_id IS NOT NULL))`;
