import type { z } from 'zod';
import type { HeaderInfo } from './header';
import type { FieldKey } from './fields';
import type { RowNotes } from './values';

/** One data row read into what the registry form would submit, plus what the preview shows. */
export interface ParsedRow<V, F> {
  rowNumber: number;
  label: string;
  notes: RowNotes;
  /** The schema's output, or null when the row is refused. */
  values: V | null;
  /** What the duplicate rule compares. */
  facts: F;
  /** A line the import adds to the record's note (a unit the registry lacks), also on update. */
  noteLine: string | null;
}

/**
 * Runs the same zod schema as the form, so an import refuses exactly what the form refuses, with
 * the same message. Fields already refused while reading are left out to avoid saying it twice.
 */
export function validate<S extends z.ZodType>(
  schema: S,
  // Not z.input<S>: a choice the sheet left empty goes in as null for the schema to refuse, as the
  // form's empty select does.
  input: Record<string, unknown>,
  notes: RowNotes,
): z.output<S> | null {
  const result = schema.safeParse(input);
  if (result.success) return notes.problems.length === 0 ? result.data : null;
  for (const issue of result.error.issues) {
    if (!notes.refused.has(String(issue.path[0] ?? ''))) notes.problem(issue.message);
  }
  return null;
}

/** Records a display value under the sheet's own header for the field, when the sheet has that column. */
export function show(header: HeaderInfo, notes: RowNotes, field: FieldKey, value: string | null): void {
  const column = header.columns.find((c) => c.field.key === field);
  if (column) notes.cells[column.header] = value ?? '';
}
