import { foldForSearch } from '../../../../shared/rules/search';

/** Every text value inside a recorded before/after document (keys left out: they would match everything). */
function textValues(value: unknown, out: string[]): void {
  if (typeof value === 'string') out.push(value);
  else if (Array.isArray(value)) for (const v of value) textValues(v, out);
  else if (typeof value === 'object' && value !== null)
    for (const v of Object.values(value)) textValues(v, out);
}

/**
 * What `audit.list`'s text search looks in, folded (no accents, lower case): who, the note and the
 * text values before and after. Kept in `audit_log.search_text`, so a search is one scan of a column
 * instead of parsing and folding every row's JSON.
 */
export function auditSearchText(
  actor: string,
  note: string | null | undefined,
  before: unknown,
  after: unknown,
): string {
  const parts = [actor, note ?? ''];
  textValues(before, parts);
  textValues(after, parts);
  return foldForSearch(parts.filter((p) => p !== '').join(' '));
}
