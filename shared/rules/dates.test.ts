import { describe, it, expect, afterEach, vi } from 'vitest';
import {
  formatDate,
  formatDayMonth,
  formatLongDate,
  formatPlaceDate,
  isValidIsoDate,
  parseDayMonth,
  parseDisplayDate,
  todayIso,
} from './dates';

describe('isValidIsoDate', () => {
  it('accepts real calendar dates', () => {
    expect(isValidIsoDate('2026-07-05')).toBe(true);
    expect(isValidIsoDate('2026-12-31')).toBe(true);
  });

  it('knows leap years, including the century rules', () => {
    expect(isValidIsoDate('2024-02-29')).toBe(true);
    expect(isValidIsoDate('2026-02-29')).toBe(false);
    expect(isValidIsoDate('2000-02-29')).toBe(true);
    expect(isValidIsoDate('1900-02-29')).toBe(false);
    expect(isValidIsoDate('2100-02-29')).toBe(false);
  });

  it('refuses days beyond the month and out-of-range months', () => {
    expect(isValidIsoDate('2026-04-31')).toBe(false);
    expect(isValidIsoDate('2026-13-01')).toBe(false);
    expect(isValidIsoDate('2026-00-10')).toBe(false);
    expect(isValidIsoDate('2026-01-00')).toBe(false);
  });

  it('limits years to 1900-2100', () => {
    expect(isValidIsoDate('1900-01-01')).toBe(true);
    expect(isValidIsoDate('2100-12-31')).toBe(true);
    expect(isValidIsoDate('1899-12-31')).toBe(false);
    expect(isValidIsoDate('2101-01-01')).toBe(false);
  });

  it('requires the exact YYYY-MM-DD shape', () => {
    expect(isValidIsoDate('2026-7-5')).toBe(false);
    expect(isValidIsoDate(' 2026-07-05')).toBe(false);
    expect(isValidIsoDate('2026-07-05T00:00:00Z')).toBe(false);
    expect(isValidIsoDate('05/07/2026')).toBe(false);
  });
});

describe('formatDate', () => {
  it('shows dd/mm/yyyy with leading zeros', () => {
    expect(formatDate('2026-07-05')).toBe('05/07/2026');
    expect(formatDate('2026-12-20')).toBe('20/12/2026');
  });

  it('throws on an invalid date rather than printing garbage', () => {
    expect(() => formatDate('2026-02-30')).toThrow(RangeError);
  });
});

describe('parseDisplayDate', () => {
  it('reads day first with /, - or . and optional leading zeros', () => {
    expect(parseDisplayDate('5/7/2026')).toBe('2026-07-05');
    expect(parseDisplayDate('05/07/2026')).toBe('2026-07-05');
    expect(parseDisplayDate('05-07-2026')).toBe('2026-07-05');
    expect(parseDisplayDate('05.07.2026')).toBe('2026-07-05');
    expect(parseDisplayDate('  15/1/2026 ')).toBe('2026-01-15');
  });

  it('returns null for dates that do not exist', () => {
    expect(parseDisplayDate('31/02/2026')).toBeNull();
    expect(parseDisplayDate('29/02/2026')).toBeNull();
    expect(parseDisplayDate('31/04/2026')).toBeNull();
    expect(parseDisplayDate('1/13/2026')).toBeNull();
  });

  it('accepts 29/02 in a leap year', () => {
    expect(parseDisplayDate('29/02/2028')).toBe('2028-02-29');
  });

  it('returns null for other shapes: mixed separators, two-digit years, text', () => {
    expect(parseDisplayDate('05/07-2026')).toBeNull();
    expect(parseDisplayDate('5/7/26')).toBeNull();
    expect(parseDisplayDate('2026-07-05')).toBeNull();
    expect(parseDisplayDate('')).toBeNull();
    expect(parseDisplayDate('hôm nay')).toBeNull();
  });
});

describe('formatLongDate', () => {
  it('pads days below 10 and months 1 and 2 only', () => {
    expect(formatLongDate('2026-07-05')).toBe('ngày 05 tháng 7 năm 2026');
    expect(formatLongDate('2026-01-15')).toBe('ngày 15 tháng 01 năm 2026');
    expect(formatLongDate('2026-02-03')).toBe('ngày 03 tháng 02 năm 2026');
    expect(formatLongDate('2026-03-09')).toBe('ngày 09 tháng 3 năm 2026');
    expect(formatLongDate('2026-12-20')).toBe('ngày 20 tháng 12 năm 2026');
  });

  it('throws on an invalid date', () => {
    expect(() => formatLongDate('2026-02-29')).toThrow(RangeError);
  });
});

describe('formatPlaceDate', () => {
  it('puts the place before the long date', () => {
    expect(formatPlaceDate('Lê Chân', '2026-07-05')).toBe('Lê Chân, ngày 05 tháng 7 năm 2026');
  });

  it('normalises the place name', () => {
    expect(formatPlaceDate('  Lê\u00A0 Chân ', '2026-01-15')).toBe('Lê Chân, ngày 15 tháng 01 năm 2026');
  });

  it('starts with a capital "Ngày" when no place is set', () => {
    expect(formatPlaceDate(' ', '2026-07-05')).toBe('Ngày 05 tháng 7 năm 2026');
  });
});

describe('todayIso', () => {
  afterEach(() => {
    vi.unstubAllEnvs();
  });

  it('uses local date parts with leading zeros', () => {
    expect(todayIso(new Date(2026, 6, 5, 23, 59))).toBe('2026-07-05');
  });

  it('gives the Vietnamese calendar date just after local midnight, when UTC is still the day before', () => {
    vi.stubEnv('TZ', 'Asia/Ho_Chi_Minh');
    const justAfterNewYear = new Date(Date.UTC(2025, 11, 31, 17, 30)); // 00:30 on 01/01/2026 in UTC+7
    expect(todayIso(justAfterNewYear)).toBe('2026-01-01');
  });

  it('throws on an invalid Date', () => {
    expect(() => todayIso(new Date('not a date'))).toThrow(RangeError);
  });
});

describe('parseDayMonth', () => {
  it('reads a yearly deadline day/month', () => {
    expect(parseDayMonth('10/12')).toEqual({ day: 10, month: 12 });
    expect(parseDayMonth(' 5/1 ')).toEqual({ day: 5, month: 1 });
    expect(parseDayMonth('15-12')).toEqual({ day: 15, month: 12 });
  });

  it('refuses days that do not exist in every year, 29/02 included', () => {
    expect(parseDayMonth('29/02')).toBeNull();
    expect(parseDayMonth('31/04')).toBeNull();
    expect(parseDayMonth('0/12')).toBeNull();
    expect(parseDayMonth('10/13')).toBeNull();
  });

  it('accepts 28/02 and 31/12', () => {
    expect(parseDayMonth('28/02')).toEqual({ day: 28, month: 2 });
    expect(parseDayMonth('31/12')).toEqual({ day: 31, month: 12 });
  });

  it('refuses full dates and text', () => {
    expect(parseDayMonth('10/12/2026')).toBeNull();
    expect(parseDayMonth('mười')).toBeNull();
  });
});

describe('formatDayMonth', () => {
  it('shows dd/mm', () => {
    expect(formatDayMonth({ day: 10, month: 12 })).toBe('10/12');
    expect(formatDayMonth({ day: 5, month: 1 })).toBe('05/01');
  });

  it('round-trips with parseDayMonth', () => {
    const dm = parseDayMonth('15/12');
    expect(dm && formatDayMonth(dm)).toBe('15/12');
  });

  it('throws on a day that is not in every year', () => {
    expect(() => formatDayMonth({ day: 29, month: 2 })).toThrow(RangeError);
    expect(() => formatDayMonth({ day: 1.5, month: 2 })).toThrow(RangeError);
  });
});
