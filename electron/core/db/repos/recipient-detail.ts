// What tells one registry record from its namesakes in a list: a person's position and unit, a
// unit's kind, a household's address and tổ dân phố. Lists that show registry records by reference
// (proposal candidates, exemplary models, registrations) select these columns and map them here.
import type { RecipientKind } from '../../../../shared/domain/awards';
import { UNIT_KIND_LABELS, type UnitKind } from '../../../../shared/domain/registry';

/**
 * The detail columns, given the aliases of the row's person `pe`, the person's unit `pu`, the unit
 * `un`, the household `ho` and its tổ dân phố `hg` (every query names its joins so).
 */
export const RECIPIENT_DETAIL_COLUMNS = `pe.position AS personPosition, pu.name AS personUnit, un.kind AS unitKind,
    ho.address AS householdAddress, hg.name AS householdGroup`;

export interface RecipientDetailColumns {
  personPosition: string | null;
  personUnit: string | null;
  unitKind: UnitKind | null;
  householdAddress: string | null;
  householdGroup: string | null;
}

/** The non-empty parts joined with ", ", or null when none. */
export const joinedParts = (...parts: (string | null)[]): string | null =>
  parts.filter((p) => p !== null && p !== '').join(', ') || null;

/** Splits a row into its detail columns and the rest, with the detail line for the record's kind. */
export function withRecipientDetail<R extends RecipientDetailColumns>(
  kind: RecipientKind,
  row: R,
): { detail: string | null; rest: Omit<R, keyof RecipientDetailColumns> } {
  const { personPosition, personUnit, unitKind, householdAddress, householdGroup, ...rest } = row;
  const detail =
    kind === 'individual'
      ? joinedParts(personPosition, personUnit)
      : kind === 'collective'
        ? (unitKind && UNIT_KIND_LABELS[unitKind]) || null
        : joinedParts(householdAddress, householdGroup);
  return { detail, rest };
}
