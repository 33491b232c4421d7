import { foldForMatch } from '../../../shared/rules/duplicates';
import { parseDisplayDate, isValidIsoDate } from '../../../shared/rules/dates';
import { normalizeText } from '../../../shared/rules/text';
import { cellText, shownValue, type CellValue } from './cells';

/** What reading one row found: refusals, corrections made on the way in, and values to show. */
export class RowNotes {
  readonly problems: string[] = [];
  readonly fixes: string[] = [];
  readonly cells: Record<string, string> = {};
  /** Schema fields already refused while reading, so the schema does not refuse them again. */
  readonly refused = new Set<string>();

  problem(message: string, field?: string): void {
    if (!this.problems.includes(message)) this.problems.push(message);
    if (field !== undefined) this.refused.add(field);
  }
  fix(message: string): void {
    if (!this.fixes.includes(message)) this.fixes.push(message);
  }
}

export const LOOK_ALIKE_FIX = 'Đã sửa ký tự Ð thành Đ';
const LOOK_ALIKE = /[\u00D0\u00F0]/;

function errorProblem(label: string, v: CellValue): string {
  return `${label}: ô báo lỗi ${cellText(v)}, hãy sửa trong Excel.`;
}

/**
 * A text column as the schema will receive it (the schema normalises NFC, spaces and Ð itself;
 * here the Ð is only noticed, to tell the officer). Formulas give their cached result.
 */
export function readText(v: CellValue, label: string, notes: RowNotes): string | null {
  const shown = shownValue(v);
  if (shown.kind === 'error') {
    notes.problem(errorProblem(label, shown));
    return null;
  }
  const text = cellText(shown);
  if (LOOK_ALIKE.test(text)) notes.fix(LOOK_ALIKE_FIX);
  return normalizeText(text) === '' ? null : text;
}

/**
 * The row's name: a formula there is refused, since what Excel shows is not what was typed.
 * `schemaField` is the name's key in the schema, marked refused so the schema stays quiet about it.
 */
export function readName(
  v: CellValue,
  name: { noun: string; label: string; schemaField: string },
  notes: RowNotes,
): string {
  if (v.kind === 'formula') {
    notes.problem(`Ô chứa công thức, không phải ${name.noun}`, name.schemaField);
    return '';
  }
  const text = readText(v, name.label, notes);
  if (text === null && v.kind === 'error') notes.refused.add(name.schemaField);
  return text ?? '';
}

export interface Birth {
  birthDate: string | null;
  birthYear: number | null;
}

const NO_BIRTH: Birth = { birthDate: null, birthYear: null };
// The same separator twice, as parseDisplayDate reads it.
const DMY = /^(\d{1,2})([/.-])(\d{1,2})\2(\d{4})$/;

function birthFromText(text: string, notes: RowNotes): Birth {
  if (/^\d{4}$/.test(text)) return { birthDate: null, birthYear: Number(text) };
  if (/^\d{4}-\d{2}-\d{2}$/.test(text) && isValidIsoDate(text)) return { birthDate: text, birthYear: null };
  const dmy = DMY.exec(text);
  if (dmy) {
    const iso = parseDisplayDate(text);
    if (iso) return { birthDate: iso, birthYear: null };
    const year = Number(dmy[4]);
    notes.problem(
      year < 1900 || year > 2100
        ? `Ngày sinh ${text} không hợp lệ: năm phải từ 1900 đến 2100.`
        : `Ngày sinh ${text} không có thật`,
    );
    return NO_BIRTH;
  }
  const monthYear = /^(\d{1,2})[/.-](\d{4})$/.exec(text);
  if (monthYear && Number(monthYear[1]) >= 1 && Number(monthYear[1]) <= 12) {
    notes.fix(`Ngày sinh chỉ có tháng/năm (${text}): đã lấy năm sinh ${monthYear[2]}`);
    return { birthDate: null, birthYear: Number(monthYear[2]) };
  }
  notes.problem(
    `Không đọc được ngày sinh "${text}": hãy ghi ngày/tháng/năm (05/07/1985) hoặc năm sinh (1985).`,
  );
  return NO_BIRTH;
}

/** A birth column: a date cell, a text date "12/03/1979" or "28/2/1988", or a year 1990 (number or text). */
export function readBirth(v: CellValue, notes: RowNotes): Birth {
  const shown = shownValue(v);
  switch (shown.kind) {
    case 'empty':
      return NO_BIRTH;
    case 'date':
      return { birthDate: shown.iso, birthYear: null };
    case 'number':
      // A year typed as a number; a bare day count would be a date cell without its format.
      if (Number.isInteger(shown.value) && shown.value >= 1000 && shown.value <= 9999) {
        return { birthDate: null, birthYear: shown.value };
      }
      notes.problem(
        `Không đọc được ngày sinh "${shown.value}": hãy ghi ngày/tháng/năm (05/07/1985) hoặc năm sinh (1985).`,
      );
      return NO_BIRTH;
    case 'error':
      notes.problem(errorProblem('Ngày sinh', shown));
      return NO_BIRTH;
    default: {
      const text = normalizeText(cellText(shown));
      return text === '' ? NO_BIRTH : birthFromText(text, notes);
    }
  }
}

/** A label from a fixed list ("Nữ", "NỮ", "nu"), compared folded; null (and a problem) when unknown. */
export function readChoice<T extends string>(
  v: CellValue,
  choices: Record<string, T>,
  unknown: (text: string) => string,
  notes: RowNotes,
  schemaField?: string,
): T | null {
  const text = normalizeText(cellText(shownValue(v)));
  if (text === '') return null;
  const found = choices[foldForMatch(text)];
  if (found === undefined) notes.problem(unknown(text), schemaField);
  return found ?? null;
}

/** Builds the folded lookup for readChoice from labels and extra spellings. */
export function choiceIndex<T extends string>(
  labels: Record<T, string>,
  extra: Record<string, T> = {},
): Record<string, T> {
  const index: Record<string, T> = {};
  for (const [code, label] of Object.entries(labels) as [T, string][]) {
    index[foldForMatch(label)] = code;
    index[foldForMatch(code.replaceAll('_', ' '))] = code;
  }
  for (const [spelling, code] of Object.entries(extra)) index[foldForMatch(spelling)] = code;
  return index;
}

/**
 * Digits that Excel stored as a number lose their leading zero (0912345678 → 912345678,
 * CCCD 001085012345 → 1085012345): put it back to the usual length and say so.
 */
export function readDigits(
  v: CellValue,
  label: string,
  lengths: { from: number[]; to: number },
  notes: RowNotes,
): string | null {
  const shown = shownValue(v);
  if (shown.kind !== 'number') {
    const text = readText(v, label, notes);
    return text === null ? null : text;
  }
  const digits = Number.isInteger(shown.value) ? BigInt(shown.value).toString() : String(shown.value);
  if (lengths.from.includes(digits.length)) {
    notes.fix(`Đã thêm số 0 ở đầu ${label.toLowerCase()} (Excel đã bỏ mất)`);
    return digits.padStart(lengths.to, '0');
  }
  return digits;
}

/** A whole number such as the member count; problem when the cell holds something else. */
export function readCount(v: CellValue, message: string, notes: RowNotes): number | null {
  const shown = shownValue(v);
  if (shown.kind === 'number') return shown.value;
  const text = normalizeText(cellText(shown));
  if (text === '') return null;
  if (/^\d+$/.test(text)) return Number(text);
  notes.problem(message);
  return null;
}
