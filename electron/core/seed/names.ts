import type { Gender } from '../../../shared/domain/registry';
import { FAMILY_NAMES } from './data/family-names';
import { FEMALE_GIVEN, FEMALE_MIDDLE, MALE_GIVEN, MALE_MIDDLE } from './data/given-names';
import { byRank, weighted, type Random } from './random';

const FAMILY = weighted(FAMILY_NAMES);
const MIDDLE = { male: byRank(MALE_MIDDLE), female: byRank(FEMALE_MIDDLE) };
const GIVEN = { male: byRank(MALE_GIVEN), female: byRank(FEMALE_GIVEN) };

/**
 * Chance of the traditional "Văn" / "Thị" middle name by birth year: almost everyone born before
 * 1960 has it, few born after 2000 do, which is what makes a generated list look like a real one.
 */
function traditionalMiddleChance(birthYear: number): number {
  if (birthYear < 1965) return 0.75;
  if (birthYear < 1980) return 0.55;
  if (birthYear < 1995) return 0.35;
  return 0.15;
}

/** A full name, family + middle + given, NFC. A few have two middle words, as in "Nguyễn Hoàng Minh Anh". */
export function personName(rng: Random, gender: Gender, birthYear: number): string {
  const family = rng.pickWeighted(FAMILY);
  const middle = rng.chance(traditionalMiddleChance(birthYear))
    ? gender === 'male'
      ? 'Văn'
      : 'Thị'
    : rng.pickWeighted(MIDDLE[gender]);
  let given = rng.pickWeighted(GIVEN[gender]);
  // "Kiều Anh Anh" does occur but reads like a bug in a demo list; draw again once.
  if (given === middle) given = rng.pickWeighted(GIVEN[gender]);
  // A second middle word only after a non-traditional one ("Nguyễn Văn Minh Anh" is rare).
  if (middle !== 'Văn' && middle !== 'Thị' && rng.chance(0.04)) {
    const second = rng.pickWeighted(MIDDLE[gender]);
    if (second !== middle && second !== given) return `${family} ${middle} ${second} ${given}`;
  }
  return `${family} ${middle} ${given}`;
}

// Tone marks only (not the hat, horn or breve that make â, ơ, ă separate letters).
const TONE_MARKS = /[\u0300\u0301\u0303\u0309\u0323]/g;

/**
 * The same name with the tone of one word dropped, as a hurried typist writes it ("Hường" → "Hương",
 * "Thảo" → "Thao"). Folded for search it is the same name, which is how the import spots the duplicate.
 * Returns the name unchanged when no word carries a tone.
 */
export function withToneTypo(rng: Random, name: string): string {
  const parts = name.split(' ');
  const toned = parts.map((w, i) => (w.normalize('NFD').match(TONE_MARKS) ? i : -1)).filter((i) => i >= 0);
  if (toned.length === 0) return name;
  const i = rng.pick(toned);
  parts[i] = (parts[i] ?? '').normalize('NFD').replace(TONE_MARKS, '').normalize('NFC');
  return parts.join(' ');
}

/** Messy raw text as old files carry it: the Ð look-alike (U+00D0) for Đ, which normalisation must fix. */
export function withEthLookAlike(name: string): string {
  return name.replace(/Đ/g, '\u00D0');
}

/** NFD text, as some Mac and web exports give it; stored NFC after normalisation. */
export function decomposed(name: string): string {
  return name.normalize('NFD');
}
