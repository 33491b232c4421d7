import { normalizeText } from '../../../shared/rules/text';
import type { FallbackUnit } from './fallback-unit';
import { ambiguousUnitProblem, type UnitResolution } from './unit-lookup';
import type { RowNotes } from './values';

/** Where a row goes, from what its unit cell says and the officer's fallback unit. */
export interface Placement {
  unitId: number | null;
  /** What the preview shows in the unit column: the unit the row goes to, else the file's text. */
  shown: string | null;
  /**
   * The line added to the record's note when the cell named no unit of the registry, so the
   * file's text ("Tổ 1") is not lost when the row goes to the fallback unit or to none.
   */
  noteLine: string | null;
}

export interface PlacementWords {
  /** "đơn vị", "tổ dân phố": how the messages name the column. */
  noun: string;
  /** "Đơn vị", "Tổ dân phố": starts the note line ("Đơn vị trong tệp: Tổ 1"). */
  noteLabel: string;
  /** The schema field refused when the name is ambiguous. */
  field: string;
}

/**
 * A cell that names no unit is accepted: office lists name a school's own teams ("Tổ 1", "Ban
 * giám hiệu"), which are not registry units, and refusing them refused whole real files. A name
 * several units share is still refused: picking one of them would be a guess.
 */
export function placeInUnit(
  text: string | null,
  find: (text: string) => UnitResolution,
  fallback: FallbackUnit | null,
  words: PlacementWords,
  notes: RowNotes,
): Placement {
  if (text === null) return { unitId: fallback?.id ?? null, shown: fallback?.name ?? null, noteLine: null };
  const found = find(text);
  const written = normalizeText(text);
  if (found.kind === 'found') return { unitId: found.id, shown: found.name, noteLine: null };
  if (found.kind === 'ambiguous') {
    notes.problem(ambiguousUnitProblem(found.names, written), words.field);
    return { unitId: null, shown: written, noteLine: null };
  }
  const missing = `Không có ${words.noun} "${written}" trong danh sách`;
  notes.fix(
    fallback === null
      ? `${missing}; nhập không gắn ${words.noun}.`
      : `${missing}; đã gán vào "${fallback.name}".`,
  );
  return {
    unitId: fallback?.id ?? null,
    shown: fallback?.name ?? written,
    noteLine: `${words.noteLabel} trong tệp: ${written}`,
  };
}

/**
 * The note with `line` added on a line of its own, unless one of its lines already says it (a
 * second import of the same file, or an update of a record imported before, adds nothing).
 */
export function withNoteLine(note: string | null, line: string | null): string | null {
  if (line === null) return note;
  if (note === null || normalizeText(note) === '') return line;
  const target = normalizeText(line);
  if (note.split(/\r\n?|\n/).some((l) => normalizeText(l) === target)) return note;
  return `${note}\n${line}`;
}
