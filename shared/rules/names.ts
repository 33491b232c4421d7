import { normalizeText } from './text';

// 'vi' puts Đ after D and tones after the base letter (Anh, Ánh, Ấn); the default sort does not.
// numeric keeps "Tổ dân phố 2" before "Tổ dân phố 10"; it changes nothing for names.
const collator = new Intl.Collator('vi', { sensitivity: 'variant', numeric: true });

export interface VietnameseName {
  family: string;
  middle: string;
  given: string;
}

/** Family name is the first word, given name the last, middle whatever lies between; one word is a given name. */
export function splitVietnameseName(full: string): VietnameseName {
  const words = normalizeText(full)
    .split(' ')
    .filter((w) => w !== '');
  if (words.length === 0) return { family: '', middle: '', given: '' };
  if (words.length === 1) return { family: '', middle: '', given: words[0] ?? '' };
  return {
    family: words[0] ?? '',
    middle: words.slice(1, -1).join(' '),
    given: words[words.length - 1] ?? '',
  };
}

/** Vietnamese collation for plain texts such as unit names. */
export function compareVietnamese(a: string, b: string): number {
  return collator.compare(normalizeText(a), normalizeText(b));
}

interface NameKey extends VietnameseName {
  full: string;
}

function nameKey(full: string): NameKey {
  return { ...splitVietnameseName(full), full: normalizeText(full) };
}

function compareKeys(a: NameKey, b: NameKey): number {
  return (
    collator.compare(a.given, b.given) ||
    collator.compare(a.middle, b.middle) ||
    collator.compare(a.family, b.family) ||
    collator.compare(a.full, b.full)
  );
}

/** Orders people as Vietnamese lists do: by given name, then middle name, then family name. */
export function compareVietnameseNames(a: string, b: string): number {
  return compareKeys(nameKey(a), nameKey(b));
}

/** A new array sorted by compareVietnameseNames; equal names keep their input order. */
export function sortByVietnameseName<T>(items: readonly T[], getName: (item: T) => string): T[] {
  // Split each name once rather than on every comparison.
  return items
    .map((item) => ({ item, key: nameKey(getName(item)) }))
    .sort((x, y) => compareKeys(x.key, y.key))
    .map((x) => x.item);
}
