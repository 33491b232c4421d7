import { parseDayMonth, type DayMonth } from './dates';

// Calendar arithmetic on plain numbers through Date.UTC: a day is always 86,400,000 ms in UTC, so
// no daylight-saving or time-zone offset can make a difference of days come out fractional.

const MS_PER_DAY = 86_400_000;

function utcDay(iso: string): number {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) throw new RangeError(`Ngày không hợp lệ: "${iso}" (cần dạng YYYY-MM-DD)`);
  return Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
}

const isoOf = (year: number, { day, month }: DayMonth): string =>
  `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;

/** Whole days from `from` to `to` (ISO dates): 0 on the same day, negative when `to` is earlier. */
export function daysBetween(from: string, to: string): number {
  return Math.round((utcDay(to) - utcDay(from)) / MS_PER_DAY);
}

/** The next time a yearly day/month comes, on or after `today`: this year's, or next year's once it has passed. */
export function nextOccurrence(dm: DayMonth, today: string): string {
  const year = Number(today.slice(0, 4));
  const thisYear = isoOf(year, dm);
  return thisYear >= today ? thisYear : isoOf(year + 1, dm);
}

export type DeadlineKind = 'unit' | 'ward';

export interface Deadline {
  kind: DeadlineKind;
  /** ISO date of the deadline in the current reporting cycle. */
  date: string;
  /** Days from today to the deadline: 0 on the day itself, negative once passed. */
  daysLeft: number;
}

/**
 * The two yearly report deadlines (units to the ward, the ward to the city) of the current cycle.
 * The cycle is this calendar year until the later deadline has passed, then the next year: so
 * between 10/12 and 15/12 the units' deadline shows as overdue while the ward's is still ahead,
 * and from 16/12 both count towards next December. A setting that cannot be read is left out.
 */
export function reportDeadlines(today: string, settings: { unit: string; ward: string }): Deadline[] {
  const parsed = (
    [
      ['unit', parseDayMonth(settings.unit)],
      ['ward', parseDayMonth(settings.ward)],
    ] as const
  ).flatMap(([kind, dm]) => (dm ? [{ kind, dm }] : []));
  if (parsed.length === 0) return [];
  const year = Number(today.slice(0, 4));
  const latest = parsed.map((p) => isoOf(year, p.dm)).sort()[parsed.length - 1]!;
  const cycle = today > latest ? year + 1 : year;
  return parsed.map(({ kind, dm }) => {
    const date = isoOf(cycle, dm);
    return { kind, date, daysLeft: daysBetween(today, date) };
  });
}

/**
 * The ISO date of a yearly deadline in a given year ("10/12" in 2026 → 2026-12-10); null when the
 * setting cannot be read. A unit's report for a year is on time when received on or before it.
 */
export function deadlineInYear(year: number, dayMonth: string): string | null {
  const dm = parseDayMonth(dayMonth);
  return dm ? isoOf(year, dm) : null;
}

/** "còn 14 ngày" / "hôm nay là hạn" / "đã quá hạn 3 ngày" (lower case, to follow a dash). */
export function daysLeftPhrase(days: number): string {
  if (days === 0) return 'hôm nay là hạn';
  const n = (x: number) => x.toLocaleString('vi-VN');
  return days > 0 ? `còn ${n(days)} ngày` : `đã quá hạn ${n(-days)} ngày`;
}
