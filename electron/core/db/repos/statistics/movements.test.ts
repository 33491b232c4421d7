import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openTestDb } from '../../../testing/award-fixtures';
import { movementDurationsById, movementRecords } from './movements';
import { movementDuration } from '../../../../../shared/rules/statistics';
import type { Db } from '../../types';
import type { MovementDuration } from '../../../../../shared/domain/statistics';

const AT = '2026-11-26T09:00:00.000Z';

let db: Db;
let close: () => void;
beforeEach(() => ({ db, close } = openTestDb()));
afterEach(() => close());

interface Case {
  from: number;
  to: number;
  startsOn: string | null;
  endsOn: string | null;
  expected: MovementDuration;
}

const insert = (c: Omit<Case, 'expected'>, status = 'launched'): number =>
  Number(
    db
      .prepare(
        `INSERT INTO movements (name, kind, period_from_year, period_to_year, starts_on, ends_on, status, created_at, updated_at)
         VALUES ('P', 'periodic', ?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(c.from, c.to, c.startsOn, c.endsOn, status, AT, AT).lastInsertRowid,
  );

// Both dates: the inclusive span against whole years; otherwise calendar years of the period.
const CASES: Case[] = [
  { from: 2024, to: 2025, startsOn: '2024-02-29', endsOn: '2025-02-28', expected: 'y1' }, // leap day + 1 year = 01/03
  { from: 2024, to: 2025, startsOn: '2024-02-29', endsOn: '2025-02-27', expected: 'lt1' },
  { from: 2024, to: 2025, startsOn: '2024-03-01', endsOn: '2025-02-28', expected: 'y1' },
  { from: 2028, to: 2029, startsOn: '2028-02-29', endsOn: '2029-02-28', expected: 'y1' },
  { from: 2024, to: 2027, startsOn: '2024-02-29', endsOn: '2027-02-28', expected: 'y3to5' }, // exactly 3 years
  { from: 2026, to: 2026, startsOn: '2026-01-01', endsOn: '2026-12-31', expected: 'y1' }, // exactly one year
  { from: 2026, to: 2026, startsOn: '2026-01-01', endsOn: '2026-12-30', expected: 'lt1' },
  { from: 2025, to: 2026, startsOn: '2025-12-31', endsOn: '2026-12-30', expected: 'y1' },
  { from: 2026, to: 2027, startsOn: '2026-01-01', endsOn: '2027-01-01', expected: 'y1to3' },
  { from: 2026, to: 2028, startsOn: '2026-01-01', endsOn: '2028-12-30', expected: 'y1to3' },
  { from: 2026, to: 2028, startsOn: '2026-01-01', endsOn: '2028-12-31', expected: 'y3to5' },
  { from: 2026, to: 2030, startsOn: '2026-01-01', endsOn: '2030-12-30', expected: 'y3to5' },
  { from: 2026, to: 2030, startsOn: '2026-01-01', endsOn: '2030-12-31', expected: 'ge5' },
  { from: 2026, to: 2026, startsOn: '2026-05-15', endsOn: '2026-05-15', expected: 'lt1' }, // one day
  { from: 2026, to: 2030, startsOn: null, endsOn: null, expected: 'ge5' }, // 2026-2030 is 5 years
  { from: 2026, to: 2026, startsOn: null, endsOn: null, expected: 'y1' },
  { from: 2026, to: 2027, startsOn: null, endsOn: null, expected: 'y1to3' },
  { from: 2026, to: 2028, startsOn: null, endsOn: null, expected: 'y3to5' },
  { from: 2026, to: 2029, startsOn: null, endsOn: null, expected: 'y3to5' },
  { from: 2026, to: 2026, startsOn: '2026-03-01', endsOn: null, expected: 'y1' }, // one date: by years
  { from: 2026, to: 2027, startsOn: null, endsOn: '2027-02-01', expected: 'y1to3' },
];

describe('movement duration in SQL', () => {
  it('puts every movement in the bucket of movementDuration()', () => {
    const ids = CASES.map((c) => insert(c));
    const sql = movementDurationsById(db, { fromYear: 2020, toYear: 2035 });
    CASES.forEach((c, i) => {
      const js = movementDuration({
        periodFromYear: c.from,
        periodToYear: c.to,
        startsOn: c.startsOn,
        endsOn: c.endsOn,
      });
      expect(js, JSON.stringify(c)).toBe(c.expected);
      expect(sql.get(ids[i]!), JSON.stringify(c)).toBe(js);
    });
  });

  it('counts movements whose period overlaps the range, not drafts or trashed ones', () => {
    const long = insert({ from: 2021, to: 2025, startsOn: null, endsOn: null });
    const next = insert({ from: 2027, to: 2027, startsOn: null, endsOn: null });
    insert({ from: 2026, to: 2026, startsOn: null, endsOn: null }, 'draft');
    const trashed = insert({ from: 2026, to: 2026, startsOn: null, endsOn: null });
    db.prepare('UPDATE movements SET deleted_at = ? WHERE id = ?').run(AT, trashed);
    expect([...movementDurationsById(db, { fromYear: 2025, toYear: 2026 }).keys()]).toEqual([long]);
    expect([...movementDurationsById(db, { fromYear: 2026, toYear: 2027 }).keys()]).toEqual([next]);
    expect(movementDurationsById(db, { fromYear: 2026, toYear: 2026 }).size).toBe(0);
  });

  it('returns at most 2,000 records but the exact count', () => {
    const insertMany = db.transaction(() => {
      for (let i = 0; i < 2001; i++) insert({ from: 2026, to: 2026, startsOn: null, endsOn: null });
    });
    insertMany();
    const found = movementRecords(db, { fromYear: 2026, toYear: 2026 }, 'periodic', 'y1');
    expect(found.count).toBe(2001);
    expect(found.value).toBe(2001);
    expect(found.records).toHaveLength(2000);
  });
});
