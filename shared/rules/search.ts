import { normalizeText } from './text';

/** Lower-case, diacritic-free form for search: "Đặng Văn Đức" → "dang van duc". */
export function foldForSearch(s: string): string {
  return (
    normalizeText(s)
      .toLowerCase()
      .normalize('NFD')
      .replace(/\p{M}/gu, '')
      // NFD leaves đ whole: it is a letter of its own, not d plus a mark.
      .replace(/đ/g, 'd')
  );
}

/** True when every word of the query occurs in the already folded haystack; an empty query matches all. */
export function matchesSearch(haystackFolded: string, query: string): boolean {
  const tokens = foldForSearch(query)
    .split(' ')
    .filter((t) => t !== '');
  return tokens.every((t) => haystackFolded.includes(t));
}
