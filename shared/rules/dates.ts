import { normalizeText } from './text';

// Calendar dates are plain integers throughout: new Date('YYYY-MM-DD') is UTC midnight and shifts
// the day when read back in local time.

const MIN_YEAR = 1900;
const MAX_YEAR = 2100;

export interface DayMonth {
  day: number;
  month: number;
}

interface Ymd {
  year: number;
  month: number;
  day: number;
}

function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

function isValidYmd({ year, month, day }: Ymd): boolean {
  return (
    year >= MIN_YEAR &&
    year <= MAX_YEAR &&
    month >= 1 &&
    month <= 12 &&
    day >= 1 &&
    day <= daysInMonth(year, month)
  );
}

const pad2 = (n: number): string => String(n).padStart(2, '0');

function toIso({ year, month, day }: Ymd): string {
  return `${year}-${pad2(month)}-${pad2(day)}`;
}

function parseIso(iso: string): Ymd | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) return null;
  const ymd = { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) };
  return isValidYmd(ymd) ? ymd : null;
}

function requireIso(iso: string): Ymd {
  const ymd = parseIso(iso);
  if (!ymd) throw new RangeError(`Ngày không hợp lệ: "${iso}" (cần dạng YYYY-MM-DD)`);
  return ymd;
}

/** True for a real calendar date written YYYY-MM-DD with a year from 1900 to 2100. */
export function isValidIsoDate(s: string): boolean {
  return parseIso(s) !== null;
}

/** "2026-07-05" → "05/07/2026"; throws RangeError on an invalid date. */
export function formatDate(iso: string): string {
  const { year, month, day } = requireIso(iso);
  return `${pad2(day)}/${pad2(month)}/${year}`;
}

/** Reads d/m/yyyy typed by a user ("5/7/2026", "05-07-2026", "05.07.2026") into ISO, or null if not a real date. */
export function parseDisplayDate(s: string): string | null {
  const m = /^(\d{1,2})([/.-])(\d{1,2})\2(\d{4})$/.exec(normalizeText(s));
  if (!m) return null;
  const ymd = { year: Number(m[4]), month: Number(m[3]), day: Number(m[1]) };
  return isValidYmd(ymd) ? toIso(ymd) : null;
}

/** "ngày 05 tháng 7 năm 2026" as in ND 30/2020: zero-padded days below 10 and months 1-2 only. */
export function formatLongDate(iso: string): string {
  const { year, month, day } = requireIso(iso);
  // ND 30/2020 pads only months 1 and 2, not 3-9.
  const monthText = month <= 2 ? pad2(month) : String(month);
  return `ngày ${pad2(day)} tháng ${monthText} năm ${year}`;
}

/** "Lê Chân, ngày 05 tháng 7 năm 2026"; without a place, "Ngày 05 tháng 7 năm 2026". */
export function formatPlaceDate(place: string, iso: string): string {
  const long = formatLongDate(iso);
  const p = normalizeText(place);
  return p === '' ? `N${long.slice(1)}` : `${p}, ${long}`;
}

/** The local calendar date of `now` as ISO (not the UTC date, which differs before 07:00 in Vietnam). */
export function todayIso(now: Date): string {
  if (Number.isNaN(now.getTime())) throw new RangeError('Thời điểm không hợp lệ');
  return toIso({ year: now.getFullYear(), month: now.getMonth() + 1, day: now.getDate() });
}

function isValidDayMonth({ day, month }: DayMonth): boolean {
  return (
    Number.isInteger(day) &&
    Number.isInteger(month) &&
    month >= 1 &&
    month <= 12 &&
    day >= 1 &&
    day <= daysInMonth(2001, month) // a non-leap year: the day must exist every year
  );
}

/** Reads a yearly day such as a deadline ("10/12") or null; 29/02 is refused since most years lack it. */
export function parseDayMonth(s: string): DayMonth | null {
  const m = /^(\d{1,2})[/.-](\d{1,2})$/.exec(normalizeText(s));
  if (!m) return null;
  const dm = { day: Number(m[1]), month: Number(m[2]) };
  return isValidDayMonth(dm) ? dm : null;
}

/** {day: 10, month: 12} → "10/12"; throws RangeError on a day that is not in every year. */
export function formatDayMonth(dm: DayMonth): string {
  if (!isValidDayMonth(dm)) throw new RangeError(`Ngày/tháng không hợp lệ: ${dm.day}/${dm.month}`);
  return `${pad2(dm.day)}/${pad2(dm.month)}`;
}
