import type { Db } from '../types';
import { prepared } from './prepared';
import { foldForSearch } from '../../../../shared/rules/search';
import { vietnameseNameSortKey } from '../../../../shared/rules/sort-key';
import type { Person, PersonValues } from '../../../../shared/schemas/registry/people';

/** The columns of a list row (PersonRow, `active` still 0/1), on `p` joined to its unit `u`. */
export const PERSON_ROW_COLUMNS = `p.id, p.full_name AS fullName, p.gender, p.birth_date AS birthDate, p.birth_year AS birthYear,
  p.unit_id AS unitId, u.name AS unitName, p.position, p.staff_category AS staffCategory, p.active,
  p.deleted_at AS deletedAt`;
const RECORD_COLUMNS = `${PERSON_ROW_COLUMNS}, p.identity_number AS identityNumber, p.phone, p.address, p.note,
  p.created_at AS createdAt, p.updated_at AS updatedAt`;

/** A row as SQLite returns it: the active flag as 0/1. */
export type Raw<T extends { active: boolean }> = Omit<T, 'active'> & { active: number };
export const withFlag = <T extends { active: boolean }>(r: Raw<T>): T =>
  ({ ...r, active: r.active === 1 }) as T;

function params(v: PersonValues) {
  return {
    fullName: v.fullName,
    gender: v.gender,
    birthDate: v.birthDate,
    birthYear: v.birthYear,
    unitId: v.unitId,
    position: v.position,
    staffCategory: v.staffCategory,
    identityNumber: v.identityNumber,
    phone: v.phone,
    address: v.address,
    note: v.note,
    active: v.active ? 1 : 0,
    searchText: foldForSearch(v.fullName),
    sortKey: vietnameseNameSortKey(v.fullName),
  };
}

/** Inserts a person; returns the new id. A taken identity number fails with SQLITE_CONSTRAINT_UNIQUE. */
export function insertPerson(db: Db, v: PersonValues, at: string): number {
  const info = prepared(
    db,
    `INSERT INTO people (full_name, gender, birth_date, birth_year, unit_id, position, staff_category,
       identity_number, phone, address, note, active, search_text, sort_key, created_at, updated_at)
     VALUES (@fullName, @gender, @birthDate, @birthYear, @unitId, @position, @staffCategory,
       @identityNumber, @phone, @address, @note, @active, @searchText, @sortKey, @at, @at)`,
  ).run({ ...params(v), at });
  return Number(info.lastInsertRowid);
}

export function updatePerson(db: Db, id: number, v: PersonValues, at: string): void {
  prepared(
    db,
    `UPDATE people SET full_name = @fullName, gender = @gender, birth_date = @birthDate, birth_year = @birthYear,
       unit_id = @unitId, position = @position, staff_category = @staffCategory,
       identity_number = @identityNumber, phone = @phone, address = @address, note = @note, active = @active,
       search_text = @searchText, sort_key = @sortKey, updated_at = @at
     WHERE id = @id`,
  ).run({ ...params(v), at, id });
}

/** Moves a person to the trash (at) or back (null). */
export function setPersonDeleted(db: Db, id: number, deletedAt: string | null, at: string): void {
  prepared(db, 'UPDATE people SET deleted_at = ?, updated_at = ? WHERE id = ?').run(deletedAt, at, id);
}

/** One person, trashed or not; null when there is no such id. */
export function getPersonRecord(db: Db, id: number): Person | null {
  const row = prepared(
    db,
    `SELECT ${RECORD_COLUMNS} FROM people p LEFT JOIN units u ON u.id = p.unit_id WHERE p.id = ?`,
  ).get(id) as Raw<Person> | undefined;
  return row ? withFlag(row) : null;
}

/** Who holds an identity number (the trash included: the number stays taken there). */
export function findPersonByIdentityNumber(
  db: Db,
  identityNumber: string,
): { id: number; fullName: string; deletedAt: string | null } | null {
  const row = prepared(
    db,
    'SELECT id, full_name AS fullName, deleted_at AS deletedAt FROM people WHERE identity_number = ?',
  ).get(identityNumber);
  return (row as { id: number; fullName: string; deletedAt: string | null } | undefined) ?? null;
}

/** Live people whose folded full name is exactly `folded` (duplicate checks of the import). */
export interface PersonNamesake {
  id: number;
  fullName: string;
  birthYear: number | null;
  unitId: number | null;
  unitName: string | null;
  identityNumber: string | null;
}

/**
 * Live people whose folded name is exactly `folded`, with what duplicate checks compare. Given a
 * birth year or unit, namesakes whose own known year or unit differs are left out in SQL: they
 * can never be the same person by name (an import asks this 10,000 times, for names that dozens
 * of people share).
 */
export function findPeopleByFoldedName(
  db: Db,
  folded: string,
  narrow: { birthYear?: number | null; unitId?: number | null } = {},
): PersonNamesake[] {
  const birthYear = narrow.birthYear ?? null;
  const unitId = narrow.unitId ?? null;
  return prepared(
    db,
    `SELECT p.id, p.full_name AS fullName, p.birth_year AS birthYear, p.unit_id AS unitId, u.name AS unitName,
            p.identity_number AS identityNumber
     FROM people p LEFT JOIN units u ON u.id = p.unit_id
     WHERE p.search_text = @folded AND p.deleted_at IS NULL
       AND (@birthYear IS NULL OR p.birth_year IS NULL OR p.birth_year = @birthYear)
       AND (@unitId IS NULL OR p.unit_id IS NULL OR p.unit_id = @unitId)
     ORDER BY p.id`,
  ).all({ folded, birthYear, unitId }) as PersonNamesake[];
}
