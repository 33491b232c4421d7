import { describe, expect, it } from 'vitest';
import { formatShare, movementDuration, statCellValue, sumStatTables } from './statistics';
import type { StatTable } from '../domain/statistics';

const years = (from: number, to: number) => ({ periodFromYear: from, periodToYear: to, startsOn: null, endsOn: null });
const dates = (startsOn: string, endsOn: string) => ({
  periodFromYear: Number(startsOn.slice(0, 4)),
  periodToYear: Number(endsOn.slice(0, 4)),
  startsOn,
  endsOn,
});

describe('movementDuration', () => {
  it('counts calendar years when no dates are set', () => {
    expect(movementDuration(years(2026, 2026))).toBe('y1');
    expect(movementDuration(years(2026, 2027))).toBe('y1to3');
    expect(movementDuration(years(2026, 2028))).toBe('y3to5');
    expect(movementDuration(years(2026, 2029))).toBe('y3to5');
    expect(movementDuration(years(2026, 2030))).toBe('ge5');
  });
  it('compares exact dates with whole years, leap days included', () => {
    expect(movementDuration(dates('2026-03-01', '2026-08-31'))).toBe('lt1');
    expect(movementDuration(dates('2026-01-01', '2026-12-30'))).toBe('lt1');
    expect(movementDuration(dates('2026-01-01', '2026-12-31'))).toBe('y1');
    expect(movementDuration(dates('2027-03-01', '2028-02-29'))).toBe('y1');
    expect(movementDuration(dates('2026-01-01', '2027-01-01'))).toBe('y1to3');
    expect(movementDuration(dates('2026-01-01', '2028-12-31'))).toBe('y3to5');
    expect(movementDuration(dates('2026-01-01', '2030-12-30'))).toBe('y3to5');
    expect(movementDuration(dates('2026-01-01', '2030-12-31'))).toBe('ge5');
  });
});

describe('statCellValue and formatShare', () => {
  const ratio = { key: 's', label: 'Tỷ lệ', kind: 'ratio' as const, ratio: { numerator: 'a', denominator: 'b' } };
  it('computes ratios in per cent with one decimal, none when the denominator is 0', () => {
    expect(statCellValue({ a: 3, b: 8 }, ratio)).toBe(37.5);
    expect(statCellValue({ a: 1, b: 3 }, ratio)).toBe(33.3);
    expect(statCellValue({ a: 0, b: 0 }, ratio)).toBeNull();
    expect(statCellValue({ a: 5 }, { key: 'a', label: 'A', kind: 'count' })).toBe(5);
    expect(formatShare(37.5)).toBe('37,5%');
    expect(formatShare(null)).toBe('-');
  });
});

describe('sumStatTables', () => {
  const table = (rows: StatTable['rows'], total: Record<string, number>): StatTable => ({
    id: 'awards',
    title: 'T',
    note: 'n',
    columns: [
      { key: 'a', label: 'A', kind: 'count' },
      { key: 'm', label: 'M', kind: 'money' },
      { key: 's', label: 'S', kind: 'ratio', ratio: { numerator: 'a', denominator: 'a' } },
    ],
    rows,
    total,
  });
  it('adds cells by row key, keeps rows present in only one table', () => {
    const sum = sumStatTables([
      table([{ key: 'x', label: 'X', cells: { a: 1, m: 100 } }], { a: 1, m: 100 }),
      table(
        [
          { key: 'y', label: 'Y', cells: { a: 2, m: 0 } },
          { key: 'x', label: 'X', cells: { a: 4, m: 50 } },
        ],
        { a: 6, m: 50 },
      ),
    ]);
    expect(sum.rows).toEqual([
      { key: 'x', label: 'X', cells: { a: 5, m: 150 } },
      { key: 'y', label: 'Y', cells: { a: 2, m: 0 } },
    ]);
    expect(sum.total).toEqual({ a: 7, m: 150 });
    expect(sum.columns.map((c) => c.key)).toEqual(['a', 'm', 's']);
  });
  it('refuses to add different tables', () => {
    expect(() => sumStatTables([table([], {}), { ...table([], {}), id: 'money' }])).toThrow();
  });
});
