import type { Db } from '../types';
import { prepared } from './prepared';
import { listMemberships } from './clusters';
import { UNIT_BASIC_COLUMNS, type UnitBasics } from './units';
import type { ActivityFilter, UnitKind } from '../../../../shared/domain/registry';
import type { Unit, UnitRef, UnitRow } from '../../../../shared/schemas/registry/units';

export interface UnitRowFilter {
  kind: UnitKind | null;
  clusterId: number | null;
  status: ActivityFilter;
  trashed: boolean;
}

/** A list row plus the folded text the service matches the query against. */
export type UnitListItem = UnitRow & { searchText: string };

// "Active" everywhere means: no end date, or an end date still ahead (a merger may be entered early).
const ACTIVE_SQL = '(u.active_to IS NULL OR u.active_to > @today)';

// The trash is a view of its own: everything in it is shown whatever the status filter says.
const STATUS_SQL: Record<ActivityFilter, string> = {
  all: '1',
  active: ACTIVE_SQL,
  inactive: `NOT ${ACTIVE_SQL}`,
};

const COUNTS_SQL = `
  (SELECT count(*) FROM people p WHERE p.unit_id = u.id AND p.deleted_at IS NULL) AS peopleCount,
  (SELECT count(*) FROM units c WHERE c.parent_id = u.id AND c.deleted_at IS NULL) AS childCount`;

type CountedBasics = UnitBasics & { peopleCount: number; childCount: number };

function clustersByUnit(db: Db, unitId?: number): Map<number, UnitRef[]> {
  const map = new Map<number, UnitRef[]>();
  for (const m of listMemberships(db, unitId === undefined ? {} : { unitId })) {
    const refs = map.get(m.unitId) ?? [];
    refs.push({ id: m.clusterId, name: m.clusterName });
    map.set(m.unitId, refs);
  }
  return map;
}

function toListItem(r: CountedBasics, clusters: UnitRef[], today: string): UnitListItem {
  return {
    id: r.id,
    name: r.name,
    shortName: r.shortName,
    kind: r.kind,
    parentId: r.parentId,
    activeFrom: r.activeFrom,
    activeTo: r.activeTo,
    active: r.activeTo === null || r.activeTo > today,
    clusters,
    peopleCount: r.peopleCount,
    childCount: r.childCount,
    deletedAt: r.deletedAt,
    searchText: r.searchText,
  };
}

/** Units matching the filter, unordered and before the text query (the service sorts and searches). */
export function listUnitItems(db: Db, filter: UnitRowFilter, today: string): UnitListItem[] {
  const where = [
    filter.trashed ? 'u.deleted_at IS NOT NULL' : `u.deleted_at IS NULL AND ${STATUS_SQL[filter.status]}`,
  ];
  if (filter.kind !== null) where.push('u.kind = @kind');
  if (filter.clusterId !== null) {
    where.push(`EXISTS (SELECT 1 FROM cluster_members m
      WHERE m.unit_id = u.id AND m.cluster_id = @clusterId AND m.active_to IS NULL)`);
  }
  const rows = prepared(
    db,
    `SELECT ${UNIT_BASIC_COLUMNS}, ${COUNTS_SQL} FROM units u WHERE ${where.join(' AND ')}`,
  ).all({ today, kind: filter.kind, clusterId: filter.clusterId }) as CountedBasics[];
  const clusters = clustersByUnit(db);
  return rows.map((r) => toListItem(r, clusters.get(r.id) ?? [], today));
}

/** Everything that refers to a unit; any of it means the unit is history and is never deleted. */
export interface UnitReferences {
  people: number;
  households: number;
  children: number;
  successorOf: number;
  awards: number;
  /** Registrations, proposals and their candidates, exemplary models, movements and unit reports. */
  otherHistory: number;
}

export function unitReferences(db: Db, id: number): UnitReferences {
  // Live people, households and sub-units only: a trashed one cannot be restored while its unit is
  // in the trash (the services check), so it does not hold the unit back.
  const row = prepared(
    db,
    `SELECT
       (SELECT count(*) FROM people WHERE unit_id = @id AND deleted_at IS NULL) AS people,
       (SELECT count(*) FROM households WHERE residential_group_unit_id = @id AND deleted_at IS NULL) AS households,
       (SELECT count(*) FROM units WHERE parent_id = @id AND deleted_at IS NULL) AS children,
       (SELECT count(*) FROM units WHERE successor_id = @id AND deleted_at IS NULL) AS successorOf,
       (SELECT count(*) FROM awards WHERE unit_id = @id) AS awards,
       (SELECT count(*) FROM registrations WHERE unit_id = @id)
         + (SELECT count(*) FROM proposals WHERE from_unit_id = @id)
         + (SELECT count(*) FROM proposal_candidates WHERE unit_id = @id)
         + (SELECT count(*) FROM exemplary_models WHERE unit_id = @id)
         + (SELECT count(*) FROM movements WHERE scope_unit_id = @id)
         + (SELECT count(*) FROM movement_units WHERE unit_id = @id)
         + (SELECT count(*) FROM unit_reports WHERE unit_id = @id) AS otherHistory`,
  ).get({ id });
  return row as UnitReferences;
}

function unitRef(db: Db, id: number | null): UnitRef | null {
  if (id === null) return null;
  const row = prepared(db, 'SELECT id, name FROM units WHERE id = ?').get(id);
  return (row as UnitRef | undefined) ?? null;
}

/** One unit as the detail page shows it (trashed or not); null when there is no such id. */
export function getUnitRecord(db: Db, id: number, today: string): Unit | null {
  const row = prepared(db, `SELECT ${UNIT_BASIC_COLUMNS}, ${COUNTS_SQL} FROM units u WHERE u.id = ?`).get(
    id,
  ) as CountedBasics | undefined;
  if (!row) return null;
  const { searchText: _searchText, ...listRow } = toListItem(
    row,
    clustersByUnit(db, id).get(id) ?? [],
    today,
  );
  const refs = unitReferences(db, id);
  const children = prepared(
    db,
    'SELECT id, name FROM units WHERE parent_id = ? AND deleted_at IS NULL ORDER BY id',
  ).all(id) as UnitRef[];
  return {
    ...listRow,
    contactPerson: row.contactPerson,
    phone: row.phone,
    address: row.address,
    note: row.note,
    parent: unitRef(db, row.parentId),
    successor: unitRef(db, row.successorId),
    children,
    householdCount: refs.households,
    awardCount: refs.awards + refs.otherHistory,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
  };
}

/** Every unit's name by id, the trash included (exports name parents and units of any row). */
export function unitNamesById(db: Db): Map<number, string> {
  const rows = prepared(db, 'SELECT id, name FROM units').all() as UnitRef[];
  return new Map(rows.map((r) => [r.id, r.name]));
}
