import { beforeEach, describe, expect, it } from 'vitest';
import type { Db } from '../types';
import { openMemoryDatabase } from '../connection';
import { migrate } from '../migrate';
import { migration001 } from './001-initial';

/** Migration 001 on its own: later steps have their own tests. */
const MIGRATIONS = [migration001];

const AT = '2026-07-05T08:00:00.000Z';
const STAMPS = { created_at: AT, updated_at: AT };

type Row = Record<string, string | number | null>;

function insert(db: Db, table: string, row: Row): number {
  const cols = Object.keys(row);
  const sql = `INSERT INTO ${table} (${cols.join(', ')}) VALUES (${cols.map((c) => `@${c}`).join(', ')})`;
  return Number(db.prepare(sql).run(row).lastInsertRowid);
}

/**
 * Runs `fn` and expects SQLite to refuse it with the given extended result code (and message).
 * Note: ON DELETE RESTRICT is carried out by an internal trigger, so it fails with
 * SQLITE_CONSTRAINT_TRIGGER and the message "FOREIGN KEY constraint failed".
 */
function refused(code: string, fn: () => unknown, message?: RegExp): void {
  let error: unknown;
  try {
    fn();
  } catch (e) {
    error = e;
  }
  expect(error, `expected ${code}`).toBeDefined();
  expect((error as { code?: string }).code).toBe(code);
  if (message) expect((error as Error).message).toMatch(message);
}

const unit = (db: Db, row: Row = {}) =>
  insert(db, 'units', { name: 'Trường THCS Lê Chân', kind: 'school', ...STAMPS, ...row });
const person = (db: Db, row: Row = {}) =>
  insert(db, 'people', { full_name: 'Nguyễn Thị Ánh', ...STAMPS, ...row });
const giayKhen = (db: Db) =>
  insert(db, 'award_catalogue', {
    code: 'giay_khen',
    name: 'Giấy khen',
    kind: 'form',
    level: 'ward',
    allows_collective: 1,
    allows_individual: 1,
    allows_household: 1,
    coefficient_collective_permille: 600,
    coefficient_individual_permille: 300,
    coefficient_household_permille: 450,
    rank: 10,
    ...STAMPS,
  });
const draftDecision = (db: Db, row: Row = {}) => insert(db, 'decisions', { year: 2026, ...STAMPS, ...row });
const signedDecision = (db: Db, year: number, number: number, catalogueId: number) =>
  draftDecision(db, {
    year,
    number,
    number_text: `${String(number).padStart(2, '0')}/QĐ-UBND`,
    decision_date: `${year}-07-05`,
    signer_name: 'Trần Văn Bình',
    signer_title: 'Phó Chủ tịch',
    signer_on_behalf: 1,
    subject: 'Về việc tặng Giấy khen',
    catalogue_id: catalogueId,
    status: 'signed',
    signed_at: AT,
  });
const award = (db: Db, row: Row) =>
  insert(db, 'awards', { position: 1, recipient_name_snapshot: 'Nguyễn Thị Ánh', ...STAMPS, ...row });

const EXPECTED_TABLES = [
  'attachments',
  'audit_log',
  'award_catalogue',
  'awards',
  'base_salaries',
  'certificate_prints',
  'cluster_members',
  'clusters',
  'decision_corrections',
  'decisions',
  'exemplary_models',
  'households',
  'model_stage_history',
  'movement_criteria',
  'movement_units',
  'movements',
  'people',
  'proposal_candidates',
  'proposals',
  'registration_titles',
  'registrations',
  'settings',
  'unit_reports',
  'units',
  'yearly_reports',
];

describe('migration 001: the initial data model', () => {
  let db: Db;
  beforeEach(() => {
    db = openMemoryDatabase();
    migrate(db, MIGRATIONS);
  });

  it('brings an empty database to version 1, and a second run changes nothing', () => {
    expect(db.pragma('user_version', { simple: true })).toBe(1);
    expect(migrate(db, MIGRATIONS)).toEqual({ from: 1, to: 1 });
  });

  it('creates every table of the model, all STRICT', () => {
    const tables = db
      .prepare(
        `SELECT name, strict FROM pragma_table_list
         WHERE schema = 'main' AND type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name`,
      )
      .all() as { name: string; strict: number }[];
    expect(tables.map((t) => t.name)).toEqual(EXPECTED_TABLES);
    expect(tables.filter((t) => t.strict !== 1)).toEqual([]);
  });

  it('passes foreign_key_check and enforces foreign keys', () => {
    expect(db.pragma('foreign_key_check')).toEqual([]);
    refused('SQLITE_CONSTRAINT_FOREIGNKEY', () => person(db, { unit_id: 999 }));
    expect(person(db, { unit_id: unit(db) })).toBeGreaterThan(0);
  });

  it('indexes every foreign key column (as the first column of some index)', () => {
    const missing: string[] = [];
    for (const table of EXPECTED_TABLES) {
      const fks = db.prepare('SELECT "from" AS col FROM pragma_foreign_key_list(?)').all(table) as {
        col: string;
      }[];
      const leading = new Set(
        (
          db
            .prepare(
              `SELECT ii.name AS col FROM pragma_index_list(?) AS il
               JOIN pragma_index_info(il.name) AS ii ON ii.seqno = 0`,
            )
            .all(table) as { col: string }[]
        ).map((r) => r.col),
      );
      for (const { col } of fks) if (!leading.has(col)) missing.push(`${table}.${col}`);
    }
    expect(missing).toEqual([]);
  });

  it('indexes people by unit and by folded name', () => {
    const indexed = (
      db
        .prepare(
          `SELECT ii.name AS col FROM pragma_index_list('people') AS il JOIN pragma_index_info(il.name) AS ii`,
        )
        .all() as { col: string }[]
    ).map((r) => r.col);
    expect(indexed).toContain('unit_id');
    expect(indexed).toContain('search_text');
  });

  it('keeps award recipients to exactly the one reference that matches the kind', () => {
    const catalogueId = giayKhen(db);
    const decisionId = draftDecision(db, { catalogue_id: catalogueId });
    const unitId = unit(db);
    const personId = person(db, { unit_id: unitId });
    const line = { decision_id: decisionId, catalogue_id: catalogueId };

    refused('SQLITE_CONSTRAINT_CHECK', () => award(db, { ...line, recipient_kind: 'individual' }));
    refused('SQLITE_CONSTRAINT_CHECK', () =>
      award(db, { ...line, recipient_kind: 'individual', person_id: personId, unit_id: unitId }),
    );
    refused('SQLITE_CONSTRAINT_CHECK', () =>
      award(db, { ...line, recipient_kind: 'collective', person_id: personId }),
    );
    refused('SQLITE_CONSTRAINT_CHECK', () =>
      award(db, { ...line, recipient_kind: 'team', person_id: personId }),
    );
    expect(award(db, { ...line, recipient_kind: 'individual', person_id: personId })).toBeGreaterThan(0);
    expect(award(db, { ...line, recipient_kind: 'collective', unit_id: unitId })).toBeGreaterThan(0);
  });

  it('numbers decisions uniquely within a calendar year only', () => {
    const catalogueId = giayKhen(db);
    signedDecision(db, 2026, 5, catalogueId);
    refused('SQLITE_CONSTRAINT_UNIQUE', () => signedDecision(db, 2026, 5, catalogueId));
    expect(signedDecision(db, 2027, 5, catalogueId)).toBeGreaterThan(0);
    // Drafts have no number yet, any number of them.
    draftDecision(db);
    draftDecision(db);
  });

  it('refuses a signed decision without its number, date or signer, and a decision dated in another year', () => {
    const catalogueId = giayKhen(db);
    refused('SQLITE_CONSTRAINT_CHECK', () =>
      draftDecision(db, { status: 'signed', catalogue_id: catalogueId }),
    );
    refused('SQLITE_CONSTRAINT_CHECK', () => draftDecision(db, { year: 2026, decision_date: '2027-01-02' }));
  });

  it('keeps signed decisions and awarded people, but deletes a draft with its lines', () => {
    const catalogueId = giayKhen(db);
    const personId = person(db);
    const signed = signedDecision(db, 2026, 1, catalogueId);
    award(db, {
      decision_id: signed,
      catalogue_id: catalogueId,
      recipient_kind: 'individual',
      person_id: personId,
    });
    refused(
      'SQLITE_CONSTRAINT_TRIGGER',
      () => db.prepare('DELETE FROM decisions WHERE id = ?').run(signed),
      /signed or cancelled decisions cannot be deleted/,
    );
    refused(
      'SQLITE_CONSTRAINT_TRIGGER',
      () => db.prepare('DELETE FROM people WHERE id = ?').run(personId),
      /FOREIGN KEY constraint failed/,
    );

    const draft = draftDecision(db);
    const line = award(db, {
      decision_id: draft,
      catalogue_id: catalogueId,
      recipient_kind: 'individual',
      person_id: personId,
    });
    insert(db, 'certificate_prints', { award_id: line, printed_at: AT, printed_by: 'Cán bộ', mode: 'full' });
    db.prepare('DELETE FROM decisions WHERE id = ?').run(draft);
    expect(db.prepare('SELECT count(*) AS n FROM awards WHERE decision_id = ?').get(draft)).toEqual({ n: 0 });
    expect(db.prepare('SELECT count(*) AS n FROM certificate_prints').get()).toEqual({ n: 0 });
  });

  it('requires birth_year to agree with birth_date', () => {
    refused('SQLITE_CONSTRAINT_CHECK', () => person(db, { birth_date: '1985-03-20', birth_year: 1986 }));
    refused('SQLITE_CONSTRAINT_CHECK', () => person(db, { birth_date: '1985-03-20' }));
    expect(person(db, { birth_date: '1985-03-20', birth_year: 1985 })).toBeGreaterThan(0);
    expect(person(db, { birth_year: 1985 })).toBeGreaterThan(0);
    expect(person(db)).toBeGreaterThan(0);
  });

  it('stores dates only as valid ISO YYYY-MM-DD and timestamps only as ISO text', () => {
    for (const bad of ['05/07/2026', '2026-7-5', '2026-02-30', '2026-07-05T00:00:00Z', '', 'hôm nay']) {
      refused('SQLITE_CONSTRAINT_CHECK', () => unit(db, { active_from: bad }));
    }
    expect(unit(db, { active_from: '2026-02-28', active_to: '2026-12-31' })).toBeGreaterThan(0);
    refused('SQLITE_CONSTRAINT_CHECK', () =>
      unit(db, { active_from: '2026-12-31', active_to: '2026-01-01' }),
    );
    refused('SQLITE_CONSTRAINT_CHECK', () => unit(db, { created_at: '05/07/2026 08:00' }));
  });

  it('refuses negative money', () => {
    refused('SQLITE_CONSTRAINT_CHECK', () =>
      insert(db, 'base_salaries', { effective_from: '2026-07-01', amount: -2_530_000, ...STAMPS }),
    );
    expect(
      insert(db, 'base_salaries', { effective_from: '2026-07-01', amount: 2_530_000, ...STAMPS }),
    ).toBeGreaterThan(0);
    const catalogueId = giayKhen(db);
    const line = {
      decision_id: draftDecision(db),
      catalogue_id: catalogueId,
      recipient_kind: 'individual',
      person_id: person(db),
      paid: 1,
      base_salary_used: 2_530_000,
    };
    refused('SQLITE_CONSTRAINT_CHECK', () => award(db, { ...line, amount: -760_000 }));
    expect(award(db, { ...line, amount: 760_000 })).toBeGreaterThan(0);
  });

  it('refuses codes outside an enum and text where STRICT wants an integer', () => {
    refused('SQLITE_CONSTRAINT_CHECK', () => unit(db, { kind: 'ward' }));
    refused('SQLITE_CONSTRAINT_DATATYPE', () =>
      insert(db, 'base_salaries', { effective_from: '2026-07-01', amount: '2.530.000', ...STAMPS }),
    );
  });

  it('keeps identity numbers and register numbers unique only where they are set', () => {
    person(db, { identity_number: '031085001234' });
    refused('SQLITE_CONSTRAINT_UNIQUE', () => person(db, { identity_number: '031085001234' }));
    person(db);
    person(db);

    const catalogueId = giayKhen(db);
    const line = { decision_id: draftDecision(db), catalogue_id: catalogueId, recipient_kind: 'individual' };
    award(db, { ...line, person_id: person(db), register_year: 2026, register_number: 12 });
    refused('SQLITE_CONSTRAINT_UNIQUE', () =>
      award(db, { ...line, person_id: person(db), register_year: 2026, register_number: 12 }),
    );
    award(db, { ...line, person_id: person(db), register_year: 2027, register_number: 12 });
    award(db, { ...line, person_id: person(db) });
    award(db, { ...line, person_id: person(db) });
  });
});
