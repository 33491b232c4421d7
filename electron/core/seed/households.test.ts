import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase, DB_FILE_NAME } from '../db/connection';
import type { Db } from '../db/types';
import { tempDir } from '../testing/temp';
import { seedDataFolder } from './folder';
import { generateWard } from './generate';

describe('seeded household heads’ gender', () => {
  it('is the gender each head’s name was generated with: the resident’s own when one heads it', () => {
    const ward = generateWard({ size: 'small', seed: 7 });
    const residents = new Map<string, Set<string | null>>();
    for (const p of ward.people) {
      const key = `${p.unit}:${p.input.fullName}`;
      residents.set(key, (residents.get(key) ?? new Set()).add(p.input.gender ?? null));
    }
    let heads = 0;
    for (const h of ward.households) {
      expect(['male', 'female']).toContain(h.input.headGender);
      const genders = residents.get(`${h.group}:${h.input.headName}`);
      if (genders?.size === 1) {
        heads++;
        expect(genders.has(h.input.headGender ?? null)).toBe(true);
      }
    }
    // Most households are headed by a resident of their tổ dân phố; both genders appear.
    expect(heads).toBeGreaterThan(ward.households.length / 2);
    expect(new Set(ward.households.map((h) => h.input.headGender))).toEqual(new Set(['male', 'female']));
  });

  describe('in a seeded data folder', () => {
    const temp = tempDir('tdkt-seed-heads-');
    let db: Db;
    beforeAll(() => {
      seedDataFolder({ dataDir: temp.dir, size: 'small', seed: 11, at: '2026-07-01T08:00:00.000Z' });
      db = openDatabase(path.join(temp.dir, DB_FILE_NAME));
    });
    afterAll(() => {
      db.close();
      temp.cleanup();
    });

    it('stores the genders, and household award lines carry their head’s gender as signing would', () => {
      const unknown = db.prepare('SELECT count(*) FROM households WHERE head_gender IS NULL').pluck().get();
      expect(unknown).toBe(0);
      const lines = db
        .prepare(
          `SELECT count(*) AS n, sum(a.head_gender_snapshot IS h.head_gender) AS same
           FROM awards a JOIN households h ON h.id = a.household_id`,
        )
        .get() as { n: number; same: number };
      expect(lines.n).toBeGreaterThan(0);
      expect(lines.same).toBe(lines.n);
      expect(
        db
          .prepare(
            "SELECT count(*) FROM awards WHERE recipient_kind <> 'household' AND head_gender_snapshot IS NOT NULL",
          )
          .pluck()
          .get(),
      ).toBe(0);
    });
  });
});
