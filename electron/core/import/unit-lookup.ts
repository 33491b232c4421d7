import type { Db } from '../db/types';
import { findUnitsByFoldedName } from '../db/repos/units';
import { foldForSearch } from '../../../shared/rules/search';
import { normalizeText } from '../../../shared/rules/text';

export type UnitResolution =
  { kind: 'found'; id: number; name: string } | { kind: 'missing' } | { kind: 'ambiguous'; names: string[] };

export type UnitLookup = (name: string) => UnitResolution;

/**
 * Finds registry units by name as a cell writes it (case, tones and spacing ignored; the short
 * name counts too). One import asks for the same few units thousands of times, so answers are
 * kept for the lifetime of the lookup, which is one preview or one commit.
 */
export function createUnitLookup(db: Db): UnitLookup {
  const cache = new Map<string, UnitResolution>();
  const byText = new Map<string, UnitResolution>();
  return (name) => {
    const known = byText.get(name);
    if (known) return known;
    const folded = foldForSearch(name);
    let answer = cache.get(folded);
    if (!answer) {
      const units = findUnitsByFoldedName(db, folded);
      const [only] = units;
      answer =
        units.length === 0 || only === undefined
          ? { kind: 'missing' }
          : units.length === 1
            ? { kind: 'found', id: only.id, name: only.name }
            : { kind: 'ambiguous', names: units.map((u) => u.name) };
      cache.set(folded, answer);
    }
    byText.set(name, answer);
    return answer;
  };
}

/** The refusal for a name several units share: the import cannot tell which one the row means. */
export function ambiguousUnitProblem(names: string[], text: string): string {
  return `Có ${names.length} đơn vị cùng tên "${normalizeText(text)}": hãy sửa tên đơn vị cho khớp với đúng một đơn vị.`;
}
