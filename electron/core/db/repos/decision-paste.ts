import type { Db } from '../types';
import { prepared } from './prepared';
import type { RecipientKind } from '../../../../shared/domain/awards';
import type { UnitKind } from '../../../../shared/domain/registry';

/*
 * Read queries for pasting a list into a decision: registry records by folded name, many names at
 * once. The names travel as one JSON array (json_each), so 2,000 pasted rows are one statement that
 * looks each name up in the search_text index, not 2,000 statements or a scan of 100,000 people.
 */

export interface DecisionHead {
  id: number;
  deleted: boolean;
}

/** The decision's id and whether it is in the trash; null when there is no such decision. */
export function getDecisionHead(db: Db, id: number): DecisionHead | null {
  const row = prepared(db, 'SELECT id, deleted_at IS NOT NULL AS deleted FROM decisions WHERE id = ?').get(
    id,
  ) as { id: number; deleted: number } | undefined;
  return row ? { id: row.id, deleted: row.deleted === 1 } : null;
}

export interface PersonNamesake {
  id: number;
  fullName: string;
  searchText: string;
  birthYear: number | null;
  position: string | null;
  unitId: number | null;
  unitName: string | null;
  unitShortName: string | null;
}

/** Live people whose search_text (their folded full name) is one of `folded`, by id. */
export function findPeopleByFoldedNames(db: Db, folded: readonly string[]): PersonNamesake[] {
  if (folded.length === 0) return [];
  return prepared(
    db,
    `SELECT p.id, p.full_name AS fullName, p.search_text AS searchText, p.birth_year AS birthYear,
            p.position, p.unit_id AS unitId, u.name AS unitName, u.short_name AS unitShortName
     FROM people p INDEXED BY people_search_text
     LEFT JOIN units u ON u.id = p.unit_id
     WHERE p.search_text IN (SELECT value FROM json_each(?)) AND p.deleted_at IS NULL
     ORDER BY p.id`,
  ).all(JSON.stringify(folded)) as PersonNamesake[];
}

export interface UnitRecord {
  id: number;
  name: string;
  shortName: string | null;
  kind: UnitKind;
  parentName: string | null;
}

/**
 * Every live unit: a ward has a few hundred, and their search_text also holds the short name, so
 * the caller folds and compares names itself (as repos/units.ts findUnitsByFoldedName does).
 */
export function listLiveUnits(db: Db): UnitRecord[] {
  return prepared(
    db,
    `SELECT u.id, u.name, u.short_name AS shortName, u.kind, pu.name AS parentName
     FROM units u LEFT JOIN units pu ON pu.id = u.parent_id
     WHERE u.deleted_at IS NULL ORDER BY u.id`,
  ).all() as UnitRecord[];
}

export interface HouseholdNamesake {
  id: number;
  headName: string;
  address: string | null;
  groupName: string | null;
}

/**
 * Live households whose search_text ("<head> <address>", folded) starts with one of `folded`: one
 * index range per name; the caller then compares the folded head name itself, since an address
 * may begin with words that continue the name.
 */
export function findHouseholdsByFoldedNames(db: Db, folded: readonly string[]): HouseholdNamesake[] {
  if (folded.length === 0) return [];
  // '!' is the first character above the space: [name, name || '!') holds the name alone and the
  // name followed by a space and the address, nothing else.
  return prepared(
    db,
    `SELECT DISTINCT h.id, h.head_name AS headName, h.address, g.name AS groupName
     FROM json_each(?) n
     JOIN households h INDEXED BY households_search_text
       ON h.search_text >= n.value AND h.search_text < n.value || '!'
     LEFT JOIN units g ON g.id = h.residential_group_unit_id
     WHERE h.deleted_at IS NULL
     ORDER BY h.id`,
  ).all(JSON.stringify(folded)) as HouseholdNamesake[];
}

const RECIPIENT_COLUMN: Record<RecipientKind, string> = {
  collective: 'unit_id',
  individual: 'person_id',
  household: 'household_id',
};

/** The registry ids of the recipients of `kind` already on the decision's list. */
export function recipientIdsOnDecision(db: Db, decisionId: number, kind: RecipientKind): Set<number> {
  const column = RECIPIENT_COLUMN[kind];
  const rows = prepared(
    db,
    `SELECT DISTINCT ${column} AS id FROM awards WHERE decision_id = ? AND recipient_kind = ?`,
  ).all(decisionId, kind) as { id: number }[];
  return new Set(rows.map((r) => r.id));
}
