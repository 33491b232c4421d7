import type { Db } from '../types';
import { prepared } from './prepared';
import { foldForSearch } from '../../../../shared/rules/search';
import { vietnameseNameSortKey } from '../../../../shared/rules/sort-key';
import type { Household, HouseholdValues } from '../../../../shared/schemas/registry/households';

/** The columns of a list row (HouseholdRow), on `h` joined to its tổ dân phố `u`. */
export const HOUSEHOLD_ROW_COLUMNS = `h.id, h.head_name AS headName, h.head_gender AS headGender, h.address, h.residential_group_unit_id AS residentialGroupUnitId,
  u.name AS residentialGroupName, h.member_count AS memberCount, h.deleted_at AS deletedAt`;
const RECORD_COLUMNS = `${HOUSEHOLD_ROW_COLUMNS}, h.phone, h.note, h.created_at AS createdAt, h.updated_at AS updatedAt`;
export const HOUSEHOLD_FROM = 'FROM households h LEFT JOIN units u ON u.id = h.residential_group_unit_id';

/** What household searches look in: the head's name and the address. */
export const householdSearchText = (headName: string, address: string | null): string =>
  foldForSearch(`${headName} ${address ?? ''}`);

function params(v: HouseholdValues) {
  return {
    headName: v.headName,
    headGender: v.headGender,
    address: v.address,
    residentialGroupUnitId: v.residentialGroupUnitId,
    memberCount: v.memberCount,
    phone: v.phone,
    note: v.note,
    searchText: householdSearchText(v.headName, v.address),
    sortKey: vietnameseNameSortKey(v.headName),
  };
}

export function insertHousehold(db: Db, v: HouseholdValues, at: string): number {
  const info = prepared(
    db,
    `INSERT INTO households (head_name, head_gender, address, residential_group_unit_id, member_count, phone,
       note, search_text, sort_key, created_at, updated_at)
     VALUES (@headName, @headGender, @address, @residentialGroupUnitId, @memberCount, @phone,
       @note, @searchText, @sortKey, @at, @at)`,
  ).run({ ...params(v), at });
  return Number(info.lastInsertRowid);
}

export function updateHousehold(db: Db, id: number, v: HouseholdValues, at: string): void {
  prepared(
    db,
    `UPDATE households SET head_name = @headName, head_gender = @headGender, address = @address,
       residential_group_unit_id = @residentialGroupUnitId, member_count = @memberCount, phone = @phone,
       note = @note, search_text = @searchText, sort_key = @sortKey, updated_at = @at
     WHERE id = @id`,
  ).run({ ...params(v), at, id });
}

/** Moves a household to the trash (at) or back (null). */
export function setHouseholdDeleted(db: Db, id: number, deletedAt: string | null, at: string): void {
  prepared(db, 'UPDATE households SET deleted_at = ?, updated_at = ? WHERE id = ?').run(deletedAt, at, id);
}

/** One household, trashed or not; null when there is no such id. */
export function getHouseholdRecord(db: Db, id: number): Household | null {
  const row = prepared(db, `SELECT ${RECORD_COLUMNS} ${HOUSEHOLD_FROM} WHERE h.id = ?`).get(id);
  return (row as Household | undefined) ?? null;
}

/** Live households whose head's folded name is exactly `folded` (duplicate checks of the import). */
export function findHouseholdsByFoldedName(
  db: Db,
  folded: string,
): { id: number; headName: string; address: string | null; residentialGroupUnitId: number | null }[] {
  // search_text is "<head> <address>": the index narrows to texts that start with the name, then the
  // head name itself is compared (the address could begin with words that continue the name).
  const rows = prepared(
    db,
    `SELECT id, head_name AS headName, address, residential_group_unit_id AS residentialGroupUnitId
     FROM households
     WHERE (search_text = @folded OR (search_text >= @folded || ' ' AND search_text < @folded || '!'))
       AND deleted_at IS NULL
     ORDER BY id`,
  ).all({ folded }) as {
    id: number;
    headName: string;
    address: string | null;
    residentialGroupUnitId: number | null;
  }[];
  return rows.filter((r) => foldForSearch(r.headName) === folded);
}
