import { describe, expect, it } from 'vitest';
import { awardAmount, baseSalaryOn, pickPaidTitles, type PaidTitleLine } from './award-money';
import type { HouseholdRounding, RecipientKind } from '../domain/awards';

const TABLE = [
  { effectiveFrom: '2026-07-01', amount: 2_530_000 },
  { effectiveFrom: '2024-07-01', amount: 2_340_000 },
];

describe('baseSalaryOn', () => {
  it('takes the amount in force on the date, the new one from its first day', () => {
    expect(baseSalaryOn(TABLE, '2026-06-30')).toBe(2_340_000);
    expect(baseSalaryOn(TABLE, '2026-07-01')).toBe(2_530_000);
    expect(baseSalaryOn(TABLE, '2024-07-01')).toBe(2_340_000);
    expect(baseSalaryOn(TABLE, '2030-01-01')).toBe(2_530_000);
  });

  it('has none before the first entry or in an empty table', () => {
    expect(baseSalaryOn(TABLE, '2024-06-30')).toBeNull();
    expect(baseSalaryOn([], '2026-07-01')).toBeNull();
  });
});

/** The default catalogue (migration 005) as coefficients per recipient kind; undefined = not allowed. */
const CATALOGUE: Record<string, Partial<Record<RecipientKind, number | null>>> = {
  'Lao động tiên tiến': { individual: 300 },
  'Chiến sĩ thi đua cơ sở': { individual: 1000 },
  'Tập thể lao động tiên tiến': { collective: 800 },
  'Tập thể lao động xuất sắc': { collective: null },
  'Gia đình văn hóa': { household: null },
  'Tổ dân phố văn hóa': { collective: 1500 },
  'Giấy khen của Chủ tịch UBND phường': { individual: 300, collective: 600, household: 450 },
  'Bằng khen của Chủ tịch UBND thành phố': { individual: null, collective: null, household: null },
};

/** Expected amounts: [before 01/7/2026 at 2,340,000, from 01/7/2026 at 2,530,000]; null = no money. */
const EXPECTED: [string, RecipientKind, number | null, number | null][] = [
  ['Lao động tiên tiến', 'individual', 710_000, 760_000],
  ['Chiến sĩ thi đua cơ sở', 'individual', 2_340_000, 2_530_000],
  ['Tập thể lao động tiên tiến', 'collective', 1_880_000, 2_030_000],
  ['Tập thể lao động xuất sắc', 'collective', null, null],
  ['Gia đình văn hóa', 'household', null, null],
  ['Tổ dân phố văn hóa', 'collective', 3_510_000, 3_800_000],
  ['Giấy khen của Chủ tịch UBND phường', 'individual', 710_000, 760_000],
  ['Giấy khen của Chủ tịch UBND phường', 'collective', 1_410_000, 1_520_000],
  ['Giấy khen của Chủ tịch UBND phường', 'household', 1_060_000, 1_140_000],
  ['Bằng khen của Chủ tịch UBND thành phố', 'individual', null, null],
  ['Bằng khen của Chủ tịch UBND thành phố', 'collective', null, null],
  ['Bằng khen của Chủ tịch UBND thành phố', 'household', null, null],
];

const moneyOn = (
  name: string,
  kind: RecipientKind,
  date: string,
  rounding: HouseholdRounding = 'multiply-then-round',
) =>
  awardAmount({
    coefficientPermille: CATALOGUE[name]![kind]!,
    baseSalary: baseSalaryOn(TABLE, date)!,
    recipientKind: kind,
    householdRounding: rounding,
  });

describe('awardAmount for every default catalogue line and recipient kind', () => {
  it('covers every allowed recipient kind of the catalogue', () => {
    const covered = EXPECTED.map(([name, kind]) => `${name}/${kind}`).sort();
    const allowed = Object.entries(CATALOGUE)
      .flatMap(([name, kinds]) => Object.keys(kinds).map((kind) => `${name}/${kind}`))
      .sort();
    expect(covered).toEqual(allowed);
  });

  it.each(EXPECTED)('%s, %s: %s before and %s from 01/7/2026', (name, kind, before, after) => {
    expect(moneyOn(name, kind, '2026-06-30')).toBe(before);
    expect(moneyOn(name, kind, '2025-12-31')).toBe(before);
    expect(moneyOn(name, kind, '2026-07-01')).toBe(after);
    expect(moneyOn(name, kind, '2026-11-26')).toBe(after);
  });
});

describe('awardAmount rounding', () => {
  it('rounds up to the next 10,000 and keeps exact multiples', () => {
    const at = (coefficientPermille: number, baseSalary: number) =>
      awardAmount({
        coefficientPermille,
        baseSalary,
        recipientKind: 'individual',
        householdRounding: 'multiply-then-round',
      });
    expect(at(300, 2_340_000)).toBe(710_000); // 702,000
    expect(at(1000, 2_340_000)).toBe(2_340_000);
    expect(at(700, 1_490_000)).toBe(1_050_000); // 1,043,000: 0.7 × 1,490,000 is not exact in floating point
    expect(at(0, 2_340_000)).toBe(0);
    expect(at(1, 1)).toBe(10_000);
  });

  it('household Giấy khen at 2,340,000: 1,060,000 multiplying first, 1,070,000 rounding first', () => {
    const household = (householdRounding: HouseholdRounding, baseSalary: number) =>
      awardAmount({ coefficientPermille: 450, baseSalary, recipientKind: 'household', householdRounding });
    expect(household('multiply-then-round', 2_340_000)).toBe(1_060_000);
    expect(household('round-then-multiply', 2_340_000)).toBe(1_070_000);
    expect(household('multiply-then-round', 2_530_000)).toBe(1_140_000);
    expect(household('round-then-multiply', 2_530_000)).toBe(1_140_000);
  });

  it('the household order only matters for households', () => {
    const individual = (householdRounding: HouseholdRounding) =>
      awardAmount({
        coefficientPermille: 300,
        baseSalary: 2_340_000,
        recipientKind: 'individual',
        householdRounding,
      });
    expect(individual('round-then-multiply')).toBe(individual('multiply-then-round'));
  });

  it('no coefficient means no money', () => {
    expect(
      awardAmount({
        coefficientPermille: null,
        baseSalary: 2_530_000,
        recipientKind: 'household',
        householdRounding: 'round-then-multiply',
      }),
    ).toBeNull();
  });

  it('refuses fractional or negative inputs instead of rounding a float', () => {
    const bad = (coefficientPermille: number, baseSalary: number) => () =>
      awardAmount({
        coefficientPermille,
        baseSalary,
        recipientKind: 'individual',
        householdRounding: 'multiply-then-round',
      });
    expect(bad(0.3, 2_340_000)).toThrow(RangeError);
    expect(bad(300, 2_340_000.5)).toThrow(RangeError);
    expect(bad(-300, 2_340_000)).toThrow(RangeError);
  });
});

describe('pickPaidTitles', () => {
  const line = (
    recipientKey: string,
    periodKey: string,
    kind: 'title' | 'form',
    rank: number,
  ): PaidTitleLine => ({
    recipientKey,
    periodKey,
    kind,
    rank,
  });

  it('pays only the highest title of a person for a period', () => {
    const lines = [
      line('p:1', '2026', 'title', 10),
      line('p:1', '2026', 'title', 20),
      line('p:2', '2026', 'title', 10),
    ];
    expect(pickPaidTitles(lines)).toEqual([false, true, true]);
  });

  it('pays the same person’s titles of different periods', () => {
    expect(pickPaidTitles([line('p:1', '2025', 'title', 10), line('p:1', '2026', 'title', 20)])).toEqual([
      true,
      true,
    ]);
  });

  it('pays a title and a commendation form for the same achievement', () => {
    const lines = [
      line('p:1', '2026', 'title', 20),
      line('p:1', '2026', 'form', 10),
      line('p:1', '2026', 'title', 10),
    ];
    expect(pickPaidTitles(lines)).toEqual([true, true, false]);
  });

  it('pays the first of equal titles once', () => {
    expect(pickPaidTitles([line('u:3', '2026', 'title', 10), line('u:3', '2026', 'title', 10)])).toEqual([
      true,
      false,
    ]);
  });

  it('keys do not collide when they contain separators', () => {
    expect(pickPaidTitles([line('a|b', 'c', 'title', 1), line('a', 'b|c', 'title', 1)])).toEqual([
      true,
      true,
    ]);
  });
});
