import { describe, expect, it, vi } from 'vitest';
import { daysBetween, daysLeftPhrase, deadlineInYear, nextOccurrence, reportDeadlines } from './deadlines';

const DEFAULTS = { unit: '10/12', ward: '15/12' };
const at = (today: string) =>
  Object.fromEntries(reportDeadlines(today, DEFAULTS).map((d) => [d.kind, [d.date, d.daysLeft]]));

describe('daysBetween', () => {
  it('counts whole days, zero on the same day and negative backwards', () => {
    expect(daysBetween('2026-11-26', '2026-12-10')).toBe(14);
    expect(daysBetween('2026-12-10', '2026-12-10')).toBe(0);
    expect(daysBetween('2026-12-11', '2026-12-10')).toBe(-1);
  });

  it('counts 29 February in leap years only', () => {
    expect(daysBetween('2024-02-28', '2024-03-01')).toBe(2);
    expect(daysBetween('2026-02-28', '2026-03-01')).toBe(1);
    expect(daysBetween('2027-12-16', '2028-12-10')).toBe(360);
    expect(daysBetween('2026-12-16', '2027-12-10')).toBe(359);
  });

  it('is not shifted by the machine time zone (Vietnam, or a zone with daylight saving)', () => {
    try {
      for (const tz of ['Asia/Ho_Chi_Minh', 'America/New_York', 'Europe/London']) {
        vi.stubEnv('TZ', tz);
        expect(daysBetween('2026-03-01', '2026-04-01')).toBe(31);
        expect(daysBetween('2026-10-20', '2026-11-10')).toBe(21);
      }
    } finally {
      vi.unstubAllEnvs();
    }
  });
});

describe('nextOccurrence', () => {
  it('gives this year’s day on or before it, next year’s after it', () => {
    expect(nextOccurrence({ day: 10, month: 12 }, '2026-12-09')).toBe('2026-12-10');
    expect(nextOccurrence({ day: 10, month: 12 }, '2026-12-10')).toBe('2026-12-10');
    expect(nextOccurrence({ day: 10, month: 12 }, '2026-12-11')).toBe('2027-12-10');
  });
});

describe('reportDeadlines', () => {
  it('counts down to both deadlines before the units’ one', () => {
    expect(at('2026-11-26')).toEqual({ unit: ['2026-12-10', 14], ward: ['2026-12-15', 19] });
    expect(at('2026-01-01')).toEqual({ unit: ['2026-12-10', 343], ward: ['2026-12-15', 348] });
  });

  it('says 0 days on each deadline day', () => {
    expect(at('2026-12-10')).toEqual({ unit: ['2026-12-10', 0], ward: ['2026-12-15', 5] });
    expect(at('2026-12-15')).toEqual({ unit: ['2026-12-10', -5], ward: ['2026-12-15', 0] });
  });

  it('shows the units’ deadline overdue until the ward’s has passed too', () => {
    expect(at('2026-12-11')).toEqual({ unit: ['2026-12-10', -1], ward: ['2026-12-15', 4] });
  });

  it('rolls both over to next year after the ward’s deadline', () => {
    expect(at('2026-12-16')).toEqual({ unit: ['2027-12-10', 359], ward: ['2027-12-15', 364] });
    expect(at('2026-12-31')).toEqual({ unit: ['2027-12-10', 344], ward: ['2027-12-15', 349] });
  });

  it('counts the leap day of the year it crosses', () => {
    // 16/12/2027 → 10/12/2028 crosses 29/02/2028.
    expect(at('2027-12-16')).toEqual({ unit: ['2028-12-10', 360], ward: ['2028-12-15', 365] });
    expect(at('2028-02-28').unit).toEqual(['2028-12-10', 286]);
    expect(at('2028-02-29').unit).toEqual(['2028-12-10', 285]);
  });

  it('follows deadlines changed in the settings, whichever comes later', () => {
    const r = reportDeadlines('2026-12-20', { unit: '25/12', ward: '05/01' });
    // 05/01 of this year has passed but 25/12 has not: the cycle is still this year.
    expect(r).toEqual([
      { kind: 'unit', date: '2026-12-25', daysLeft: 5 },
      { kind: 'ward', date: '2026-01-05', daysLeft: -349 },
    ]);
  });

  it('leaves out a deadline that cannot be read', () => {
    expect(reportDeadlines('2026-11-26', { unit: 'sai', ward: '15/12' })).toEqual([
      { kind: 'ward', date: '2026-12-15', daysLeft: 19 },
    ]);
  });
});

describe('deadlineInYear', () => {
  it('places the day and month in the year, or null for an unreadable setting', () => {
    expect(deadlineInYear(2026, '10/12')).toBe('2026-12-10');
    expect(deadlineInYear(2028, '5/1')).toBe('2028-01-05');
    expect(deadlineInYear(2026, 'mười')).toBeNull();
  });
});

describe('daysLeftPhrase', () => {
  it('says the days left, the day itself, or how long ago it passed', () => {
    expect(daysLeftPhrase(14)).toBe('còn 14 ngày');
    expect(daysLeftPhrase(0)).toBe('hôm nay là hạn');
    expect(daysLeftPhrase(-3)).toBe('đã quá hạn 3 ngày');
    expect(daysLeftPhrase(1200)).toBe('còn 1.200 ngày');
  });
});
