import { splitVietnameseName } from './names';
import { normalizeText } from './text';

// A byte-comparable key that orders names exactly like compareVietnameseNames, so that SQLite can
// sort and page 100,000 people through an index (it has no Vietnamese collation of its own).
// Layout per name part: the primary letters, then one tone digit per letter, as ICU's 'vi'
// collation compares them (all base letters first, tones only on a tie).

const ALPHABET = 'a ă â b c d đ e ê f g h i j k l m n o ô ơ p q r s t u ư v w x y z'.split(' ');
const LETTER_CODE = new Map(ALPHABET.map((letter, i) => [letter, String.fromCharCode(0x41 + i)]));

// Order of tones in the 'vi' collation: none, huyền, hỏi, ngã, sắc, nặng.
const TONE_DIGIT: Record<string, string> = {
  '\u0300': '1',
  '\u0309': '2',
  '\u0303': '3',
  '\u0301': '4',
  '\u0323': '5',
};
const MODIFIED: Record<string, Record<string, string>> = {
  '\u0306': { a: 'ă' },
  '\u0302': { a: 'â', e: 'ê', o: 'ô' },
  '\u031b': { o: 'ơ', u: 'ư' },
};

const PART_END = '\u0002';
const PART_SEPARATOR = '\u0001';

/** Splits one character (NFC) into its base letter and tone, e.g. "ấ" → ["â", "4"]. */
function letterAndTone(char: string): [string, string] {
  const [base = '', ...marks] = [...char.toLowerCase().normalize('NFD')];
  let letter = base;
  let tone = '0';
  for (const mark of marks) {
    const modified = MODIFIED[mark]?.[letter];
    if (modified) letter = modified;
    else if (TONE_DIGIT[mark]) tone = TONE_DIGIT[mark];
  }
  return [letter, tone];
}

function primaryCode(letter: string): string {
  if (letter === ' ') return '!';
  // Digits and ASCII punctuation sort before letters in the collation, as their codes (below 'A') do;
  // anything else unexpected goes after the letters rather than breaking the key.
  return LETTER_CODE.get(letter) ?? (letter < 'A' ? letter : '~');
}

function partKey(part: string): string {
  let primary = '';
  let tones = '';
  for (const char of part) {
    const [letter, tone] = letterAndTone(char);
    primary += primaryCode(letter);
    tones += tone;
  }
  return primary + PART_END + tones;
}

/** Sort key for a person's or head of household's full name (given, middle, family, then the text itself). */
export function vietnameseNameSortKey(fullName: string): string {
  const full = normalizeText(fullName);
  const { family, middle, given } = splitVietnameseName(full);
  return [partKey(given), partKey(middle), partKey(family), full].join(PART_SEPARATOR);
}
