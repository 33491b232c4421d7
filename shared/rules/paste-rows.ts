import { normalizeMultiline, normalizeText } from './text';
import { foldForMatch } from './duplicates';

/*
 * Rows copied from Excel, Google Sheets or a Word table and pasted into a decision's list.
 *
 * The clipboard holds tab-separated text. Excel and Sheets wrap a cell in double quotes when it
 * holds a line break (Alt+Enter) or a tab, doubling the quotes inside; a cell that merely contains
 * quotes ('"Lao động tiên tiến" năm 2026') is copied as is, so a leading quote only opens a quoted
 * cell when its closing quote ends the cell. Word copies table rows as plain lines (no quoting):
 * a Word cell with several paragraphs cannot be told from several rows.
 *
 * Columns, in the spirit of the lists offices keep (STT | Họ và tên | Chức vụ | Đơn vị | Thành tích):
 * - With a header row (recognised labels, compared folded), each column goes where its label says;
 *   several position/unit columns ("Chức vụ", "Đơn vị") are joined with ", "; columns with other
 *   labels ("Năm sinh", "Ghi chú", "Số tiền") are left out, as the list has no place for them.
 * - Without one: name, position/unit, achievement; with four or more columns the last is the
 *   achievement and the ones between are joined into position/unit (Chức vụ, Đơn vị split in two).
 * - A leading STT column (numbers, Roman section numbers) is dropped; section titles ("I", "II. Cá
 *   nhân"), title lines above the header, column-number rows ("(1) (2) (3)") and totals are skipped.
 */

/** One pasted row mapped to the list's columns; `problem` says why it cannot be added. */
export interface PastedRow {
  /** 1-based row of the pasted block (blank and skipped rows count, so it matches the sheet). */
  row: number;
  name: string;
  positionUnit: string | null;
  achievement: string | null;
  problem: string | null;
}

// Limits of the commit schema (pasteCommitSchema): rows beyond them would be refused when added.
export const PASTE_LIMITS = { name: 200, positionUnit: 300, achievement: 2000 } as const;

/** Splits clipboard text into rows of raw cells (quoted cells unquoted); the trailing line end is ignored. */
export function splitClipboardTable(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let i = 0;
  const n = text.length;
  const endRow = () => {
    rows.push(row);
    row = [];
  };
  while (i < n) {
    const quoted = text[i] === '"' ? readQuoted(text, i) : null;
    let cell: string;
    if (quoted) {
      cell = quoted.value;
      i = quoted.end;
    } else {
      let j = i;
      while (j < n && text[j] !== '\t' && text[j] !== '\n' && text[j] !== '\r') j++;
      cell = text.slice(i, j);
      i = j;
    }
    row.push(cell);
    if (i >= n) break;
    if (text[i] === '\t') {
      i++;
      // A tab at the very end still opens an (empty) last cell.
      if (i >= n) row.push('');
      continue;
    }
    // \r\n (Windows), \n, or a lone \r (older Excel for Mac) end the row.
    i += text[i] === '\r' && text[i + 1] === '\n' ? 2 : 1;
    endRow();
  }
  if (row.length > 0) endRow();
  return rows;
}

/** A quoted cell from `start` (a '"'), or null when its closing quote does not end the cell. */
function readQuoted(text: string, start: number): { value: string; end: number } | null {
  let value = '';
  let i = start + 1;
  for (;;) {
    const q = text.indexOf('"', i);
    if (q < 0) return null;
    value += text.slice(i, q);
    if (text[q + 1] === '"') {
      value += '"';
      i = q + 2;
      continue;
    }
    const next = text[q + 1];
    if (next === undefined || next === '\t' || next === '\n' || next === '\r') return { value, end: q + 1 };
    return null;
  }
}

type Role = 'stt' | 'name' | 'position' | 'achievement' | 'other';

/** "a|b c" → ["a", "b c"]: label lists stay readable on a few lines. */
const labels = (s: string): readonly string[] => s.split('|');

// Folded header labels (foldForMatch: no case, tones or punctuation). Exact labels only: a data cell
// such as "Đơn vị Trường A" or "Thành tích xuất sắc" must never turn a row into a header.
const LABELS: Record<Exclude<Role, 'other'>, readonly string[]> = {
  stt: labels('stt|tt|so tt|so thu tu'),
  name: labels(
    'ho va ten|ho ten|ten|ten tap the|ten don vi|ten tap the don vi|tap the|ca nhan|ho gia dinh|' +
      'ten ho gia dinh|chu ho|ten chu ho|ho ten chu ho|ho va ten chu ho',
  ),
  position: labels(
    'chuc vu|chuc danh|don vi|chuc vu don vi|chuc vu chuc danh|don vi cong tac|noi cong tac|' +
      'chuc vu don vi cong tac|chuc vu noi cong tac|chuc danh don vi|chuc danh don vi cong tac|dia chi|' +
      'to dan pho|dia chi to dan pho|noi o',
  ),
  achievement: labels(
    'thanh tich|thanh tich dat duoc|tom tat thanh tich|noi dung thanh tich|ly do khen thuong|ly do',
  ),
};
// Other columns of such lists, recognised so that the header is found and the column left out.
const OTHER_LABELS = labels('nam sinh|ngay sinh|gioi tinh|ghi chu|so tien|so tien thuong|tien thuong');
// Labels that alone make a header: no one is called "Họ và tên" (a lone "Tên" could be a column of data).
const NAME_HEADERS = labels(
  'ho va ten|ho ten|ten tap the|ten don vi|ten chu ho|ho ten chu ho|ho va ten chu ho',
);

function roleOf(cell: string): Role | null {
  const f = foldForMatch(cell);
  if (f === '') return null;
  for (const role of ['stt', 'name', 'position', 'achievement'] as const) {
    if (LABELS[role].includes(f)) return role;
  }
  return OTHER_LABELS.includes(f) ? 'other' : null;
}

/** A header names the list's name column, or carries at least two known labels. */
function headerRoles(cells: string[]): (Role | null)[] | null {
  const roles = cells.map(roleOf);
  const known = roles.filter((r) => r !== null).length;
  const nameLabel = cells.some((c) => NAME_HEADERS.includes(foldForMatch(c)));
  return known >= 2 || nameLabel ? roles : null;
}

const ARABIC = /^\d{1,5}[.)]?$/;
// Upper-case Roman section numbers, alone or followed by ". Title" ("II. Cá nhân"), as the
// decision's list prints them (I. Tập thể, II. Cá nhân, III. Hộ gia đình).
const ROMAN_SECTION = /^[IVXL]{1,5}(?:[.)\-:]\s*.*)?$/;
const COLUMN_NUMBER = /^\(?\d{1,2}\)?$/;
const SECTION_WORDS = ['tap the', 'ca nhan', 'ho gia dinh'];
const TOTAL_WORDS = ['tong cong', 'cong', 'tong', 'tong so'];

const nonEmpty = (cells: string[]) => cells.filter((c) => c !== '');

/** "I", "II. Cá nhân", "A. TẬP THỂ" or a lone "Cá nhân": a section title of the list, not a recipient. */
function isSectionTitle(cells: string[]): boolean {
  const filled = nonEmpty(cells);
  const first = filled[0];
  if (first === undefined || filled.length > 2) return false;
  if (ROMAN_SECTION.test(first)) return true;
  const folded = foldForMatch(filled.join(' ')).replace(/^[a-e] /, '');
  return SECTION_WORDS.includes(folded) || folded.startsWith('danh sach');
}

/** "(1) (2) (3) (4)" under a header: column numbers, as official tables print them. */
const isColumnNumbers = (cells: string[]) =>
  nonEmpty(cells).length >= 2 && nonEmpty(cells).every((c) => COLUMN_NUMBER.test(c));

interface Layout {
  name: number;
  position: number[];
  achievement: number[];
}

function layoutFromHeader(roles: (Role | null)[]): Layout {
  const indexes = (role: Role) => roles.flatMap((r, i) => (r === role ? [i] : []));
  const named = indexes('name')[0];
  // A header found by other labels only: the first column nobody claims holds the name.
  const name = named ?? roles.findIndex((r) => r === null);
  return { name, position: indexes('position'), achievement: indexes('achievement') };
}

function positionalLayout(width: number, first: number): Layout {
  const rest = width - first;
  if (rest <= 3) return { name: first, position: [first + 1], achievement: [first + 2] };
  const middle = Array.from({ length: rest - 2 }, (_, k) => first + 1 + k);
  return { name: first, position: middle, achievement: [width - 1] };
}

/** The cells at `indexes`, each normalised by `norm`, empty ones left out. */
const pick = (cells: string[], indexes: number[], norm: (s: string) => string, sep: string): string =>
  indexes
    .map((i) => norm(cells[i] ?? ''))
    .filter((c) => c !== '')
    .join(sep);

function problemOf(name: string, positionUnit: string, achievement: string): string | null {
  if (name === '') return 'Thiếu tên: dòng này không có họ tên / tên tập thể.';
  if (name.length > PASTE_LIMITS.name)
    return `Tên dài quá ${PASTE_LIMITS.name} ký tự: có thể các cột bị lệch.`;
  if (positionUnit.length > PASTE_LIMITS.positionUnit)
    return `Chức vụ, đơn vị dài quá ${PASTE_LIMITS.positionUnit} ký tự.`;
  if (achievement.length > PASTE_LIMITS.achievement)
    return `Thành tích dài quá ${PASTE_LIMITS.achievement} ký tự.`;
  return null;
}

/** Parses a pasted block into the list's rows (see the rules at the top of this file). Pure. */
export function parsePastedRows(text: string): PastedRow[] {
  // Cells are normalised to one line for labels, numbers and names; the achievement keeps its lines (raw).
  const table = splitClipboardTable(text).map((cells, k) => ({
    row: k + 1,
    raw: cells,
    cells: cells.map((c) => normalizeText(c)),
  }));
  const filled = table.filter((r) => nonEmpty(r.cells).length > 0);

  // The header, if any, is among the first few rows; lines above it are titles of the sheet.
  let body = filled;
  let layout: Layout | null = null;
  for (let k = 0; k < Math.min(5, filled.length); k++) {
    const roles = headerRoles(filled[k]?.cells ?? []);
    if (roles) {
      layout = layoutFromHeader(roles);
      body = filled.slice(k + 1);
      break;
    }
  }
  body = body.filter((r) => !isColumnNumbers(r.cells) && !isSectionTitle(r.cells));

  if (!layout) {
    const width = Math.max(0, ...body.map((r) => r.cells.length));
    // A first column of numbers only (or left empty) is STT, unless it is the only column.
    const firstCells = body.map((r) => r.cells[0] ?? '');
    const stt = width > 1 && firstCells.every((c) => c === '' || ARABIC.test(c));
    layout = positionalLayout(width, stt ? 1 : 0);
  }

  const { name: nameCol, position, achievement } = layout;
  return body
    .map((r) => {
      const name = r.cells[nameCol] ?? '';
      const positionUnit = pick(r.raw, position, normalizeText, ', ');
      const achievementText = pick(r.raw, achievement, normalizeMultiline, '\n');
      return {
        row: r.row,
        name,
        positionUnit: positionUnit === '' ? null : positionUnit,
        achievement: achievementText === '' ? null : achievementText,
        problem: problemOf(name, positionUnit, achievementText),
      };
    })
    .filter((r) => !TOTAL_WORDS.includes(foldForMatch(r.name)) || r.positionUnit !== null);
}
