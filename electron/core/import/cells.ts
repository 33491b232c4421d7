import type ExcelJS from 'exceljs';

/**
 * A cell as the import sees it: the value Excel shows, never a formula's text. Text stays raw here
 * (not yet NFC, trimmed or Ð-fixed) so that the row readers can report what they corrected.
 */
export type CellValue =
  | { kind: 'empty' }
  | { kind: 'text'; text: string }
  | { kind: 'number'; value: number }
  | { kind: 'date'; iso: string }
  | { kind: 'bool'; value: boolean }
  | { kind: 'error'; text: string }
  /** A formula with the result Excel cached when the file was saved (exceljs computes nothing). */
  | { kind: 'formula'; formula: string; result: CellValue };

const EMPTY: CellValue = { kind: 'empty' };
const pad2 = (n: number) => String(n).padStart(2, '0');

function fromDate(d: Date): CellValue {
  if (Number.isNaN(d.getTime())) return { kind: 'error', text: '#DATE!' };
  // exceljs turns date serials into UTC midnight: the local date would be the day before west of UTC.
  return { kind: 'date', iso: `${d.getUTCFullYear()}-${pad2(d.getUTCMonth() + 1)}-${pad2(d.getUTCDate())}` };
}

function richText(runs: { text: string }[]): string {
  return runs.map((r) => r.text).join('');
}

/** Converts any value exceljs may hold (cell value or a formula's result) into a CellValue. */
function fromRaw(raw: unknown): CellValue {
  if (raw === null || raw === undefined) return EMPTY;
  if (typeof raw === 'string') return raw === '' ? EMPTY : { kind: 'text', text: raw };
  if (typeof raw === 'number') return Number.isFinite(raw) ? { kind: 'number', value: raw } : EMPTY;
  if (typeof raw === 'boolean') return { kind: 'bool', value: raw };
  if (raw instanceof Date) return fromDate(raw);
  if (typeof raw !== 'object') return EMPTY;
  const o = raw as Record<string, unknown>;
  if ('formula' in o || 'sharedFormula' in o) {
    return { kind: 'formula', formula: String(o.formula ?? o.sharedFormula), result: fromRaw(o.result) };
  }
  if ('error' in o) return { kind: 'error', text: String(o.error) };
  if (Array.isArray(o.richText)) return fromRaw(richText(o.richText as { text: string }[]));
  // A hyperlink shows its text (itself plain or rich), not its address.
  if ('hyperlink' in o) return fromRaw(o.text);
  if ('text' in o) return fromRaw(o.text);
  return EMPTY;
}

/** The value of a cell; a merged cell reads its merge's top-left (master) cell. */
export function readCell(cell: ExcelJS.Cell): CellValue {
  const source = cell.isMerged ? cell.master : cell;
  return fromRaw(source.value);
}

/** "1985-07-05" → "05/07/1985", for any year (formatDate refuses those outside 1900-2100). */
export function isoToDisplay(iso: string): string {
  return `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}`;
}

/** What the cell shows as one line of text (formulas show their result). */
export function cellText(v: CellValue): string {
  switch (v.kind) {
    case 'empty':
      return '';
    case 'text':
      return v.text;
    case 'number':
      return String(v.value);
    case 'date':
      return isoToDisplay(v.iso);
    case 'bool':
      return v.value ? 'TRUE' : 'FALSE';
    case 'error':
      return v.text;
    case 'formula':
      return cellText(v.result);
  }
}

/** What to call a cell in the preview: a formula shows as its text ("=HYPERLINK(...)"), not its result. */
export function labelText(v: CellValue): string {
  return v.kind === 'formula' ? `=${v.formula}` : cellText(v);
}

/** The value behind a formula (its cached result); other values as they are. */
export function shownValue(v: CellValue): CellValue {
  return v.kind === 'formula' ? shownValue(v.result) : v;
}
