import { foldForMatch } from '../../../shared/rules/duplicates';
import type { Household, HouseholdValues } from '../../../shared/schemas/registry/households';
import type { Person, PersonValues } from '../../../shared/schemas/registry/people';
import type { Unit, UnitValues } from '../../../shared/schemas/registry/units';
import { withNoteLine } from './unit-placement';

/** The part of each registry service an import uses: the same calls the forms make. */
export interface RegistryWriters {
  people: {
    get(id: number): Person;
    create(values: PersonValues): { id: number };
    update(id: number, values: PersonValues): { id: number };
  };
  units: {
    get(id: number): Unit;
    create(values: UnitValues): { id: number };
    update(id: number, values: UnitValues): { id: number };
  };
  households: {
    get(id: number): Household;
    create(values: HouseholdValues): { id: number };
    update(id: number, values: HouseholdValues): { id: number };
  };
}

/**
 * Keeps the record's value wherever the row left the cell empty. The name is not taken from the
 * row: it is what matched (folded, so "NGUYEN VAN AN" would overwrite "Nguyễn Văn An"), and a
 * correction of a name belongs in the form.
 */
function overlay<T extends object>(record: T, row: T, nameKey: keyof T): T {
  const merged = { ...record };
  for (const key of Object.keys(row) as (keyof T)[]) {
    if (row[key] !== null && key !== nameKey) merged[key] = row[key];
  }
  return merged;
}

/**
 * The note written over a duplicate. A row whose own note cell was empty carries only the import's
 * line (`noteLine`, the unit text the registry lacks): that line joins the stored note rather than
 * replacing it, and is not added twice. A row with its own note replaces the stored one, as any
 * other filled cell does.
 */
function mergedNote(stored: string | null, row: string | null, noteLine: string | null): string | null {
  if (noteLine !== null && row === noteLine) return withNoteLine(stored, noteLine);
  return row ?? stored;
}

/** A duplicate updated from a row: the row's non-empty cells over the stored person (name kept). */
export function mergePerson(stored: Person, row: PersonValues, noteLine: string | null = null): PersonValues {
  const base: PersonValues = {
    fullName: stored.fullName,
    gender: stored.gender,
    birthDate: stored.birthDate,
    birthYear: stored.birthYear,
    unitId: stored.unitId,
    position: stored.position,
    staffCategory: stored.staffCategory,
    identityNumber: stored.identityNumber,
    phone: stored.phone,
    address: stored.address,
    note: stored.note,
    active: stored.active,
  };
  const merged = overlay(base, { ...row, active: stored.active }, 'fullName');
  merged.note = mergedNote(stored.note, row.note, noteLine);
  // A year alone keeps the stored full date only when that date is in the same year.
  if (row.birthDate === null && row.birthYear !== null && stored.birthYear !== row.birthYear) {
    merged.birthDate = null;
  }
  return merged;
}

export function mergeUnit(stored: Unit, row: UnitValues): UnitValues {
  const base: UnitValues = {
    name: stored.name,
    shortName: stored.shortName,
    kind: stored.kind,
    parentId: stored.parentId,
    contactPerson: stored.contactPerson,
    phone: stored.phone,
    address: stored.address,
    activeFrom: stored.activeFrom,
    note: stored.note,
    clusterIds: stored.clusters.map((c) => c.id),
  };
  // Cluster memberships are not in the sheet: the stored ones stay.
  return overlay(base, { ...row, clusterIds: base.clusterIds }, 'name');
}

export function mergeHousehold(
  stored: Household,
  row: HouseholdValues,
  noteLine: string | null = null,
): HouseholdValues {
  const base: HouseholdValues = {
    headName: stored.headName,
    headGender: stored.headGender,
    address: stored.address,
    residentialGroupUnitId: stored.residentialGroupUnitId,
    memberCount: stored.memberCount,
    phone: stored.phone,
    note: stored.note,
  };
  const merged = overlay(base, row, 'headName');
  merged.note = mergedNote(stored.note, row.note, noteLine);
  // The address took part in the match: a spelling that folds the same is not news.
  if (
    row.address !== null &&
    stored.address !== null &&
    foldForMatch(row.address) === foldForMatch(stored.address)
  ) {
    merged.address = stored.address;
  }
  return merged;
}
