import type { Db } from '../types';
import { prepared } from './prepared';
import { setUnitClusters } from './clusters';
import { foldForSearch } from '../../../../shared/rules/search';
import type { UnitKind } from '../../../../shared/domain/registry';
import type { UnitValues } from '../../../../shared/schemas/registry/units';

/** The stored columns of a unit, camel-cased (counts and relations are read by unit-queries.ts). */
export interface UnitBasics {
  id: number;
  name: string;
  shortName: string | null;
  kind: UnitKind;
  parentId: number | null;
  successorId: number | null;
  contactPerson: string | null;
  phone: string | null;
  address: string | null;
  activeFrom: string | null;
  activeTo: string | null;
  note: string | null;
  searchText: string;
  deletedAt: string | null;
  createdAt: string;
  updatedAt: string;
}

export const UNIT_BASIC_COLUMNS = `u.id, u.name, u.short_name AS shortName, u.kind, u.parent_id AS parentId,
  u.successor_id AS successorId, u.contact_person AS contactPerson, u.phone, u.address,
  u.active_from AS activeFrom, u.active_to AS activeTo, u.note, u.search_text AS searchText,
  u.deleted_at AS deletedAt, u.created_at AS createdAt, u.updated_at AS updatedAt`;

/** What unit searches look in: the name and the short name ("THCS", "UBND"). */
export const unitSearchText = (name: string, shortName: string | null): string =>
  foldForSearch(`${name} ${shortName ?? ''}`);

function params(v: UnitValues) {
  return {
    name: v.name,
    shortName: v.shortName,
    kind: v.kind,
    parentId: v.parentId,
    contactPerson: v.contactPerson,
    phone: v.phone,
    address: v.address,
    activeFrom: v.activeFrom,
    note: v.note,
    searchText: unitSearchText(v.name, v.shortName),
  };
}

/** Inserts a unit with its cluster memberships; returns the new id. */
export function insertUnit(db: Db, v: UnitValues, at: string): number {
  const info = prepared(
    db,
    `INSERT INTO units (name, short_name, kind, parent_id, contact_person, phone, address, active_from, note,
       search_text, created_at, updated_at)
     VALUES (@name, @shortName, @kind, @parentId, @contactPerson, @phone, @address, @activeFrom, @note,
       @searchText, @at, @at)`,
  ).run({ ...params(v), at });
  const id = Number(info.lastInsertRowid);
  setUnitClusters(db, id, v.clusterIds, at);
  return id;
}

/** Rewrites what the unit form edits (not deactivation or trash) and the cluster memberships. */
export function updateUnit(db: Db, id: number, v: UnitValues, at: string): void {
  prepared(
    db,
    `UPDATE units SET name = @name, short_name = @shortName, kind = @kind, parent_id = @parentId,
       contact_person = @contactPerson, phone = @phone, address = @address, active_from = @activeFrom,
       note = @note, search_text = @searchText, updated_at = @at
     WHERE id = @id`,
  ).run({ ...params(v), at, id });
  setUnitClusters(db, id, v.clusterIds, at);
}

/** Deactivates (activeTo set, optionally the unit it merged into) or reactivates (both null). */
export function setUnitDeactivation(
  db: Db,
  id: number,
  activeTo: string | null,
  successorId: number | null,
  at: string,
): void {
  prepared(db, 'UPDATE units SET active_to = ?, successor_id = ?, updated_at = ? WHERE id = ?').run(
    activeTo,
    successorId,
    at,
    id,
  );
}

/** Moves a unit to the trash (at) or back (null). */
export function setUnitDeleted(db: Db, id: number, deletedAt: string | null, at: string): void {
  prepared(db, 'UPDATE units SET deleted_at = ?, updated_at = ? WHERE id = ?').run(deletedAt, at, id);
}

/** One unit's stored columns, trashed or not; null when there is no such id. */
export function getUnitBasics(db: Db, id: number): UnitBasics | null {
  const row = prepared(db, `SELECT ${UNIT_BASIC_COLUMNS} FROM units u WHERE u.id = ?`).get(id);
  return (row as UnitBasics | undefined) ?? null;
}

/**
 * Live units whose folded name (or short name) is exactly `folded`, for imports that name a unit
 * in a cell. A ward has a few hundred units, so they are compared in JS rather than indexed.
 */
export function findUnitsByFoldedName(db: Db, folded: string): { id: number; name: string }[] {
  const rows = prepared(
    db,
    'SELECT id, name, short_name AS shortName FROM units WHERE deleted_at IS NULL ORDER BY id',
  ).all() as { id: number; name: string; shortName: string | null }[];
  return rows
    .filter(
      (r) =>
        foldForSearch(r.name) === folded || (r.shortName !== null && foldForSearch(r.shortName) === folded),
    )
    .map(({ id, name }) => ({ id, name }));
}

/** True when `candidateId` is `rootId` itself or lies anywhere below it (trashed units included). */
export function isInUnitSubtree(db: Db, rootId: number, candidateId: number): boolean {
  // UNION (not UNION ALL) stops on a cycle should one ever exist in old data.
  const row = prepared(
    db,
    `WITH RECURSIVE subtree(id) AS (
       SELECT @rootId UNION SELECT u.id FROM units u JOIN subtree s ON u.parent_id = s.id
     )
     SELECT EXISTS (SELECT 1 FROM subtree WHERE id = @candidateId) AS found`,
  ).get({ rootId, candidateId }) as { found: number };
  return row.found === 1;
}
