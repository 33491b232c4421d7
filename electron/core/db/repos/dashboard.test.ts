import { describe, expect, it } from 'vitest';
import { openMemoryDatabase } from '../connection';
import { migrate } from '../migrate';
import { MIGRATIONS } from '../migrations';
import type { Db } from '../types';
import {
  awardTotalsOfYear,
  countDecisionsOfYear,
  countModelsByStage,
  countMovementsInProgress,
  countUnitsExpected,
  countUnitsNotRegistered,
  isDatabaseEmpty,
  unitReportsOfYear,
} from './dashboard';

const AT = '2026-11-26T09:00:00.000Z';
const TODAY = '2026-11-26';

function setup(): Db {
  const db = openMemoryDatabase();
  migrate(db, MIGRATIONS);
  return db;
}

/**
 * A hand-built ward, by raw SQL so the figures do not depend on any service. Every row says what it
 * is there to test; the expected numbers in the tests below are counted from these comments.
 */
function fixture(db: Db): void {
  const unit = (id: number, name: string, more = '', values = '') =>
    db.exec(`INSERT INTO units (id, name, kind, created_at, updated_at${more})
             VALUES (${id}, '${name}', 'other', '${AT}', '${AT}'${values})`);
  unit(1, 'A'); // registered 2026 in M1, a "chưa gửi" draft: counts as registered
  unit(2, 'B'); // registered 2026 year-only
  unit(3, 'C'); // registered 2025 only
  unit(4, 'D'); // registered 2026 only in the trashed movement M3
  unit(5, 'E', ', active_to', ", '2026-06-30'"); // dissolved mid-2026: not expected this year, expected in 2025
  unit(6, 'F', ', deleted_at', `, '${AT}'`); // in the trash
  unit(7, 'G', ', active_from', ", '2027-01-01'"); // starts next year
  unit(8, 'H', ', active_to', ", '2026-12-31'"); // still active today, no registration
  unit(9, 'I'); // only a person of it registered
  db.exec(
    `INSERT INTO people (id, full_name, unit_id, created_at, updated_at) VALUES (1, 'Nguyễn Văn An', 9, '${AT}', '${AT}')`,
  );

  const movement = (id: number, status: string, more = '', values = '') =>
    db.exec(`INSERT INTO movements (id, name, kind, period_from_year, period_to_year, status, created_at, updated_at${more})
             VALUES (${id}, 'M${id}', 'regular', 2026, 2026, '${status}', '${AT}', '${AT}'${values})`);
  movement(1, 'in_progress'); // counted
  movement(2, 'in_progress', ', archived_at', `, '${AT}'`); // archived: not counted
  movement(3, 'in_progress', ', deleted_at', `, '${AT}'`); // trashed: not counted
  movement(5, 'launched');
  movement(6, 'closed');
  movement(7, 'in_progress'); // counted

  const reg = (
    movementId: number | null,
    year: number,
    unitId: number | null,
    personId: number | null,
    status: string,
  ) =>
    db
      .prepare(
        `INSERT INTO registrations (movement_id, year, registrant_kind, unit_id, person_id, status, created_at, updated_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(movementId, year, unitId === null ? 'individual' : 'collective', unitId, personId, status, AT, AT);
  reg(1, 2026, 1, null, 'not_sent');
  reg(null, 2026, 2, null, 'sent');
  reg(1, 2025, 3, null, 'approved');
  reg(3, 2026, 4, null, 'approved');
  reg(1, 2026, null, 1, 'sent');

  const model = (stage: string, deleted = false) =>
    db
      .prepare(
        `INSERT INTO exemplary_models (subject_kind, person_id, title, stage, created_at, updated_at, deleted_at)
         VALUES ('individual', 1, 'Gương', ?, ?, ?, ?)`,
      )
      .run(stage, AT, AT, deleted ? AT : null);
  model('discovered');
  model('discovered');
  model('nurtured');
  model('replicated');
  model('discovered', true); // trashed

  const catalogueId = (db.prepare('SELECT min(id) AS id FROM award_catalogue').get() as { id: number }).id;
  const decision = (id: number, year: number, status: string, number: number | null, deleted = false) =>
    db
      .prepare(
        `INSERT INTO decisions (id, year, number, number_text, decision_date, signer_name, signer_title, subject,
           catalogue_id, status, signed_at, cancelled_at, cancel_reason, deleted_at, created_at, updated_at)
         VALUES (@id, @year, @number, @text, @date, 'Chủ tịch A', 'Chủ tịch', 'Về việc', @cat, @status,
           @signedAt, @cancelledAt, @reason, @deleted, @at, @at)`,
      )
      .run({
        id,
        year,
        number,
        text: number === null ? null : `${number}/QĐ-UBND`,
        date: number === null ? null : `${year}-07-01`,
        cat: catalogueId,
        status,
        signedAt: status === 'draft' ? null : AT,
        cancelledAt: status === 'cancelled' ? AT : null,
        reason: status === 'cancelled' ? 'Nhầm' : null,
        deleted: deleted ? AT : null,
        at: AT,
      });
  decision(1, 2026, 'signed', 1);
  decision(2, 2026, 'signed', 2);
  decision(3, 2026, 'draft', null);
  decision(4, 2026, 'cancelled', 3);
  decision(5, 2026, 'draft', null, true); // trashed draft
  decision(6, 2025, 'signed', 1);
  const line = (decisionId: number, position: number, amount: number) =>
    db
      .prepare(
        `INSERT INTO awards (decision_id, position, recipient_kind, unit_id, recipient_name_snapshot, catalogue_id,
           base_salary_used, amount, paid, created_at, updated_at)
         VALUES (?, ?, 'collective', 1, 'A', ?, ?, ?, ?, ?, ?)`,
      )
      .run(
        decisionId,
        position,
        catalogueId,
        amount > 0 ? 2_530_000 : null,
        amount,
        amount > 0 ? 1 : 0,
        AT,
        AT,
      );
  line(1, 0, 760_000);
  line(1, 1, 0);
  line(2, 0, 2_030_000);
  line(3, 0, 0); // draft: not counted
  line(4, 0, 500_000); // cancelled: not counted
  line(6, 0, 100_000); // 2025
}

describe('dashboard figures', () => {
  const db = setup();
  fixture(db);

  it('counts movements in progress, leaving out archived and trashed ones', () => {
    expect(countMovementsInProgress(db)).toBe(2);
  });

  it('expects the units active today: not trashed, started, not dissolved', () => {
    // A, B, C, D, H, I.
    expect(countUnitsExpected(db, TODAY)).toBe(6);
    // On 31/12/2025: E was still active, G had not started.
    expect(countUnitsExpected(db, '2025-12-31')).toBe(7);
  });

  it('counts units with no collective registration in the year (any movement not trashed, or year-only)', () => {
    // C (only 2025), D (only in a trashed movement), H (none), I (only a person of it).
    expect(countUnitsNotRegistered(db, 2026, TODAY)).toBe(4);
    // 2025: everyone but C (A, B, D, E, H, I).
    expect(countUnitsNotRegistered(db, 2025, '2025-12-31')).toBe(6);
  });

  it('counts models by current stage, without the trash', () => {
    expect(countModelsByStage(db)).toEqual({ discovered: 2, nurtured: 1, summarized: 0, replicated: 1 });
  });

  it('counts the year’s signed and draft decisions, not cancelled or trashed ones', () => {
    expect(countDecisionsOfYear(db, 2026)).toEqual({ signed: 2, draft: 1 });
    expect(countDecisionsOfYear(db, 2025)).toEqual({ signed: 1, draft: 0 });
    expect(countDecisionsOfYear(db, 2024)).toEqual({ signed: 0, draft: 0 });
  });

  it('totals the lines and money of the year’s signed decisions only', () => {
    expect(awardTotalsOfYear(db, 2026)).toEqual({ lines: 3, money: 2_790_000 });
    expect(awardTotalsOfYear(db, 2025)).toEqual({ lines: 1, money: 100_000 });
    expect(awardTotalsOfYear(db, 2024)).toEqual({ lines: 0, money: 0 });
  });
});

describe('isDatabaseEmpty', () => {
  it('is true for a fresh database and false once any registry or award row exists, even trashed', () => {
    const db = setup();
    expect(isDatabaseEmpty(db)).toBe(true);
    db.exec(
      `INSERT INTO households (head_name, created_at, updated_at, deleted_at) VALUES ('Lê Văn B', '${AT}', '${AT}', '${AT}')`,
    );
    expect(isDatabaseEmpty(db)).toBe(false);
  });
});

/**
 * Unit reports against the shared expected-units rule, on a ward of its own (raw SQL). Expected in
 * 2026 (deadline 10/12): A, B, C, K. In 2025: I, K.
 */
describe('unit reports of a year', () => {
  const db = setup();
  const unit = (id: number, name: string, more = '', values = '') =>
    db.exec(`INSERT INTO units (id, name, kind, created_at, updated_at${more})
             VALUES (${id}, '${name}', 'other', '${AT}', '${AT}'${values})`);
  unit(1, 'A'); // in M1, reported on time
  unit(2, 'B'); // in M1, reported after the deadline
  unit(3, 'C'); // in M1, no report
  unit(4, 'D'); // only in the draft movement M2: not expected, its report not counted
  unit(5, 'E'); // only in the trashed movement M3: not expected
  unit(6, 'F', ', active_to', ", '2026-12-01'"); // in M1, deactivated before the deadline: not expected
  unit(7, 'G', ', deleted_at', `, '${AT}'`); // in M1, in the trash: not expected
  unit(8, 'H'); // in no movement, reported anyway: not counted
  unit(9, 'I'); // only in M4 (2021-2025): expected in 2025 only
  unit(10, 'J', ', active_from', ", '2026-12-11'"); // in M1, starts after the deadline: not expected
  unit(11, 'K'); // in M1, M4 and M5; reported for 2025 only
  const movement = (id: number, from: number, to: number, status: string, deleted = false) =>
    db.exec(`INSERT INTO movements (id, name, kind, period_from_year, period_to_year, status, created_at, updated_at, deleted_at)
             VALUES (${id}, 'M${id}', 'regular', ${from}, ${to}, '${status}', '${AT}', '${AT}', ${deleted ? `'${AT}'` : 'NULL'})`);
  movement(1, 2026, 2030, 'in_progress');
  movement(2, 2026, 2026, 'draft');
  movement(3, 2026, 2026, 'in_progress', true);
  movement(4, 2021, 2025, 'closed');
  movement(5, 2026, 2026, 'launched');
  const take = (movementId: number, ...unitIds: number[]) => {
    for (const u of unitIds)
      db.exec(
        `INSERT INTO movement_units (movement_id, unit_id, created_at) VALUES (${movementId}, ${u}, '${AT}')`,
      );
  };
  take(1, 1, 2, 3, 6, 7, 10, 11);
  take(2, 4);
  take(3, 5);
  take(4, 9, 11);
  take(5, 11);
  const report = (unitId: number, year: number, receivedOn: string) =>
    db.exec(`INSERT INTO unit_reports (unit_id, year, received_on, on_time, created_at, updated_at)
             VALUES (${unitId}, ${year}, '${receivedOn}', 1, '${AT}', '${AT}')`);
  report(1, 2026, '2026-12-05');
  report(2, 2026, '2026-12-12'); // stored as on time: the figure judges again from the date
  report(4, 2026, '2026-11-01');
  report(6, 2026, '2026-11-20');
  report(8, 2026, '2026-11-02');
  report(11, 2025, '2025-12-10'); // on the deadline day: on time

  it('counts expected units, received and late reports, and the rest as not received', () => {
    expect(unitReportsOfYear(db, 2026, '2026-12-10')).toEqual({
      expected: 4,
      received: 2,
      late: 1,
      notReceived: 2,
    });
  });

  it('judges lateness against the deadline it is given (a changed setting applies at once)', () => {
    expect(unitReportsOfYear(db, 2026, '2026-12-15')).toMatchObject({ received: 2, late: 0 });
    // An earlier deadline: the unit J (from 11/12) is still not expected; B and A both late.
    expect(unitReportsOfYear(db, 2026, '2026-12-01')).toEqual({
      expected: 4,
      received: 2,
      late: 2,
      notReceived: 2,
    });
  });

  it('counts a past year against its own movements and deadline', () => {
    expect(unitReportsOfYear(db, 2025, '2025-12-10')).toEqual({
      expected: 2,
      received: 1,
      late: 0,
      notReceived: 1,
    });
    expect(unitReportsOfYear(db, 2020, '2020-12-10')).toEqual({
      expected: 0,
      received: 0,
      late: 0,
      notReceived: 0,
    });
  });
});
