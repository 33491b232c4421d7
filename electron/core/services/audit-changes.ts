/** One recorded field, before and after (either may be missing). */
export interface RawChange {
  field: string;
  before: unknown;
  after: unknown;
}

const isPlainObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

const isEmpty = (v: unknown) =>
  v === null || v === undefined || v === '' || (Array.isArray(v) && v.length === 0);

/** Nested objects become dotted fields (`chairman.name`); arrays stay whole values. */
function flatten(value: Record<string, unknown>, prefix = '', out = new Map<string, unknown>()) {
  for (const [key, v] of Object.entries(value)) {
    if (isPlainObject(v)) flatten(v, `${prefix}${key}.`, out);
    else out.set(`${prefix}${key}`, v);
  }
  return out;
}

/**
 * The fields an audit entry changed. With both documents: the fields whose values differ, in the
 * order they were recorded. With only one (a record created, or deleted for good): its filled
 * fields. Documents that are not objects count as one field named `value`.
 */
export function changedFields(before: unknown, after: unknown): RawChange[] {
  if (before === null && after === null) return [];
  const asFields = (doc: unknown) =>
    doc === null ? new Map<string, unknown>() : isPlainObject(doc) ? flatten(doc) : new Map([['value', doc]]);
  const b = asFields(before);
  const a = asFields(after);
  const fields = [...new Set([...b.keys(), ...a.keys()])];
  const changes: RawChange[] = [];
  for (const field of fields) {
    const was = b.has(field) ? b.get(field) : null;
    const now = a.has(field) ? a.get(field) : null;
    if (before === null || after === null) {
      if (!isEmpty(was) || !isEmpty(now)) changes.push({ field, before: was, after: now });
    } else if (JSON.stringify(was ?? null) !== JSON.stringify(now ?? null)) {
      changes.push({ field, before: was ?? null, after: now ?? null });
    }
  }
  return changes;
}
