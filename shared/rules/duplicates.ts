import { foldForSearch } from './search';

/*
 * Likely duplicates in the registry: when an imported row probably describes a record that
 * already exists (or a row earlier in the same file).
 *
 * The officer then chooses to skip or to update, so a false "duplicate" costs one look at the
 * preview, while a missed one leaves two records for one person that later split their awards.
 * The rule therefore never lets a known difference pass as a duplicate, and lets unknown facts
 * count neither for nor against:
 *
 * People
 *   1. Both identity numbers known: equal → duplicate (whatever the names say), different → not.
 *   2. Otherwise the folded names must be equal ("Đỗ Quang Hưng" = "do quang hung").
 *   3. Birth year known on both sides and different → not a duplicate; same for the unit.
 *   4. What is left is a duplicate. Its score counts what agrees (name 1, +1 birth year,
 *      +1 unit), so a name-only match (nothing else comparable) is the weakest kind, reported
 *      so that the officer decides rather than the import creating a second "Nguyễn Văn An".
 * Units: equal folded names.
 * Households: equal folded head names, and address and tổ dân phố follow rule 3 (addresses are
 *   compared folded and without punctuation: "Số 12, tổ 3" = "so 12 to 3").
 *
 * When several candidates share the best score the match is ambiguous: the import cannot tell
 * which record to update, and says so.
 */

/** What the duplicate check needs to know about a person; null means not known. */
export interface PersonFacts {
  fullName: string;
  birthYear: number | null;
  unitId: number | null;
  identityNumber?: string | null;
}

export interface UnitFacts {
  name: string;
}

export interface HouseholdFacts {
  headName: string;
  address: string | null;
  residentialGroupUnitId: number | null;
}

/** Which facts agreed; the score orders candidates (identity beats everything). */
export interface DuplicateMatch {
  score: number;
  basis: DuplicateBasis[];
}
export type DuplicateBasis = 'identity' | 'name' | 'birthYear' | 'unit' | 'address' | 'group';

const IDENTITY_SCORE = 100;

// An import compares each row with every stored namesake (dozens for common names): the same
// few thousand names are folded over and over, so their folded forms are remembered.
const foldedForMatch = new Map<string, string>();
const FOLD_CACHE_LIMIT = 50_000;

/** Folded text for comparison: no case, tones or punctuation ("Số 12, Tổ 3" → "so 12 to 3"). */
export function foldForMatch(s: string): string {
  let folded = foldedForMatch.get(s);
  if (folded === undefined) {
    folded = foldForSearch(s)
      .replace(/[^\p{L}\p{N}]+/gu, ' ')
      .trim();
    if (foldedForMatch.size >= FOLD_CACHE_LIMIT) foldedForMatch.clear();
    foldedForMatch.set(s, folded);
  }
  return folded;
}

type Agreement = 'same' | 'different' | 'unknown';

function compareKnown<T>(a: T | null | undefined, b: T | null | undefined): Agreement {
  if (a === null || a === undefined || b === null || b === undefined) return 'unknown';
  return a === b ? 'same' : 'different';
}

function matchByName(
  nameA: string,
  nameB: string,
  facts: [DuplicateBasis, Agreement][],
): DuplicateMatch | null {
  if (foldForMatch(nameA) !== foldForMatch(nameB)) return null;
  if (facts.some(([, agreement]) => agreement === 'different')) return null;
  const agreed = facts.filter(([, agreement]) => agreement === 'same').map(([basis]) => basis);
  return { score: 1 + agreed.length, basis: ['name', ...agreed] };
}

/** Whether two people are likely the same (see the rule at the top of this file). */
export function matchPerson(a: PersonFacts, b: PersonFacts): DuplicateMatch | null {
  const identity = compareKnown(a.identityNumber || null, b.identityNumber || null);
  if (identity === 'same') return { score: IDENTITY_SCORE, basis: ['identity'] };
  if (identity === 'different') return null;
  return matchByName(a.fullName, b.fullName, [
    ['birthYear', compareKnown(a.birthYear, b.birthYear)],
    ['unit', compareKnown(a.unitId, b.unitId)],
  ]);
}

export function matchUnit(a: UnitFacts, b: UnitFacts): DuplicateMatch | null {
  return matchByName(a.name, b.name, []);
}

export function matchHousehold(a: HouseholdFacts, b: HouseholdFacts): DuplicateMatch | null {
  const fold = (s: string | null) => (s === null || foldForMatch(s) === '' ? null : foldForMatch(s));
  return matchByName(a.headName, b.headName, [
    ['address', compareKnown(fold(a.address), fold(b.address))],
    ['group', compareKnown(a.residentialGroupUnitId, b.residentialGroupUnitId)],
  ]);
}

export type DuplicatePick<T> =
  | { kind: 'none' }
  | { kind: 'one'; candidate: T; match: DuplicateMatch }
  | { kind: 'ambiguous'; candidates: T[] };

/** The candidate that matches best, or all of the best ones when they tie. */
export function pickDuplicate<T>(
  candidates: readonly T[],
  match: (candidate: T) => DuplicateMatch | null,
): DuplicatePick<T> {
  let best: { candidate: T; match: DuplicateMatch }[] = [];
  for (const candidate of candidates) {
    const m = match(candidate);
    if (m === null) continue;
    const bestScore = best[0]?.match.score ?? 0;
    if (m.score > bestScore) best = [{ candidate, match: m }];
    else if (m.score === bestScore) best.push({ candidate, match: m });
  }
  const [first] = best;
  if (first === undefined) return { kind: 'none' };
  if (best.length === 1) return { kind: 'one', ...first };
  return { kind: 'ambiguous', candidates: best.map((b) => b.candidate) };
}
