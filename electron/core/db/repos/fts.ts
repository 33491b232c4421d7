import { foldForSearch } from '../../../../shared/rules/search';

/**
 * The FTS5 MATCH expression for what the user typed: every word a prefix, all required
 * ("ng th a" → `"ng"* "th"* "a"*`), or null when nothing searchable is left.
 * Words are cut at anything but letters and digits, as the unicode61 tokenizer does, so quotes,
 * stars, parentheses, NEAR/AND/OR keywords (quoted, hence literal) and column filters in user text
 * can never become FTS syntax.
 */
export function ftsPrefixQuery(query: string): string | null {
  const tokens = foldForSearch(query)
    .split(/[^\p{L}\p{N}]+/u)
    .filter((t) => t !== '');
  if (tokens.length === 0) return null;
  return tokens.map((t) => `"${t}"*`).join(' ');
}
