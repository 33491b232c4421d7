import type { Db } from '../types';
import { prepared } from './prepared';
import { foldForSearch } from '../../../../shared/rules/search';
import { todayIso } from '../../../../shared/rules/dates';
import type { ClusterKind } from '../../../../shared/domain/registry';

export interface ClusterValues {
  name: string;
  kind: ClusterKind;
  note: string | null;
}

export interface ClusterBasics extends ClusterValues {
  id: number;
  deletedAt: string | null;
}

export interface Membership {
  clusterId: number;
  clusterName: string;
  unitId: number;
  unitName: string;
}

// Membership is kept over time: a current member has active_to NULL; leaving closes the row with the
// day of the change instead of deleting it, so "which cluster was this unit in" stays answerable.
const memberDay = (at: string) => todayIso(new Date(at));

export function insertCluster(db: Db, v: ClusterValues, at: string): number {
  const info = prepared(
    db,
    `INSERT INTO clusters (name, kind, note, search_text, created_at, updated_at)
     VALUES (@name, @kind, @note, @searchText, @at, @at)`,
  ).run({ ...v, searchText: foldForSearch(v.name), at });
  return Number(info.lastInsertRowid);
}

export function updateCluster(db: Db, id: number, v: ClusterValues, at: string): void {
  prepared(
    db,
    `UPDATE clusters SET name = @name, kind = @kind, note = @note, search_text = @searchText, updated_at = @at
     WHERE id = @id`,
  ).run({ ...v, searchText: foldForSearch(v.name), at, id });
}

/** Moves a cluster to the trash (at) or back (null). */
export function setClusterDeleted(db: Db, id: number, deletedAt: string | null, at: string): void {
  prepared(db, 'UPDATE clusters SET deleted_at = ?, updated_at = ? WHERE id = ?').run(deletedAt, at, id);
}

export function getClusterBasics(db: Db, id: number): ClusterBasics | null {
  const row = prepared(
    db,
    'SELECT id, name, kind, note, deleted_at AS deletedAt FROM clusters WHERE id = ?',
  ).get(id);
  return (row as ClusterBasics | undefined) ?? null;
}

/** Clusters not in the trash, unordered (the service sorts them the Vietnamese way). */
export function listClusterBasics(db: Db): ClusterBasics[] {
  return prepared(
    db,
    'SELECT id, name, kind, note, deleted_at AS deletedAt FROM clusters WHERE deleted_at IS NULL',
  ).all() as ClusterBasics[];
}

/** Current memberships between live clusters and live units (all of them, or one unit's / one cluster's). */
export function listMemberships(db: Db, filter: { unitId?: number; clusterId?: number } = {}): Membership[] {
  return prepared(
    db,
    `SELECT m.cluster_id AS clusterId, c.name AS clusterName, m.unit_id AS unitId, u.name AS unitName
     FROM cluster_members m
     JOIN clusters c ON c.id = m.cluster_id AND c.deleted_at IS NULL
     JOIN units u ON u.id = m.unit_id AND u.deleted_at IS NULL
     WHERE m.active_to IS NULL
       AND (@unitId IS NULL OR m.unit_id = @unitId)
       AND (@clusterId IS NULL OR m.cluster_id = @clusterId)`,
  ).all({ unitId: filter.unitId ?? null, clusterId: filter.clusterId ?? null }) as Membership[];
}

/** How many movements are scoped to the cluster (they keep it from the trash). */
export function countClusterMovements(db: Db, clusterId: number): number {
  const row = prepared(db, 'SELECT count(*) AS n FROM movements WHERE scope_cluster_id = ?').get(clusterId);
  return (row as { n: number }).n;
}

function currentIds(db: Db, sql: string, id: number): Set<number> {
  return new Set((prepared(db, sql).all(id) as { x: number }[]).map((r) => r.x));
}

function openMembership(db: Db, clusterId: number, unitId: number, at: string): void {
  prepared(
    db,
    `INSERT INTO cluster_members (cluster_id, unit_id, active_from, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?)`,
  ).run(clusterId, unitId, memberDay(at), at, at);
}

function closeMembership(db: Db, clusterId: number, unitId: number, at: string): void {
  // A membership opened later the same day (or with a future start) still closes on the start day.
  prepared(
    db,
    `UPDATE cluster_members SET active_to = max(?, coalesce(active_from, '')), updated_at = ?
     WHERE cluster_id = ? AND unit_id = ? AND active_to IS NULL`,
  ).run(memberDay(at), at, clusterId, unitId);
}

/** Makes `unitIds` the current members of the cluster: newcomers join today, leavers are closed today. */
export function setClusterMembers(db: Db, clusterId: number, unitIds: readonly number[], at: string): void {
  const wanted = new Set(unitIds);
  const current = currentIds(
    db,
    // Members in the trash are not shown, so they are not edited either: restoring one keeps its clusters.
    `SELECT m.unit_id AS x FROM cluster_members m JOIN units u ON u.id = m.unit_id AND u.deleted_at IS NULL
     WHERE m.cluster_id = ? AND m.active_to IS NULL`,
    clusterId,
  );
  for (const unitId of current) if (!wanted.has(unitId)) closeMembership(db, clusterId, unitId, at);
  for (const unitId of wanted) if (!current.has(unitId)) openMembership(db, clusterId, unitId, at);
}

/** Makes `clusterIds` the unit's current clusters (the unit form edits memberships from this side). */
export function setUnitClusters(db: Db, unitId: number, clusterIds: readonly number[], at: string): void {
  const wanted = new Set(clusterIds);
  const current = currentIds(
    db,
    `SELECT m.cluster_id AS x FROM cluster_members m JOIN clusters c ON c.id = m.cluster_id AND c.deleted_at IS NULL
     WHERE m.unit_id = ? AND m.active_to IS NULL`,
    unitId,
  );
  for (const clusterId of current) if (!wanted.has(clusterId)) closeMembership(db, clusterId, unitId, at);
  for (const clusterId of wanted) if (!current.has(clusterId)) openMembership(db, clusterId, unitId, at);
}
