import type { Db } from '../types';
import { prepared } from './prepared';
import type { RegistrationStatus } from '../../../../shared/domain/registrations';
import type { RegistrantRef } from '../../../../shared/schemas/registrations';

/** What registrations need to know of a movement (read only: the movements service owns the table). */
export interface MovementFacts {
  id: number;
  name: string;
  fromYear: number;
  toYear: number;
  deletedAt: string | null;
}

export function getMovementFacts(db: Db, id: number): MovementFacts | null {
  const row = prepared(
    db,
    `SELECT id, name, period_from_year AS fromYear, period_to_year AS toYear, deleted_at AS deletedAt
     FROM movements WHERE id = ?`,
  ).get(id);
  return (row as MovementFacts | undefined) ?? null;
}

/** A registry record as a registrant: its name, and whether it can still register. */
export interface RegistrantFacts {
  name: string;
  trashed: boolean;
  /** A unit from its deactivation day on; a person marked inactive. Households are always active. */
  inactive: boolean;
}

export function getRegistrantFacts(db: Db, ref: RegistrantRef, today: string): RegistrantFacts | null {
  const sql =
    ref.kind === 'individual'
      ? 'SELECT full_name AS name, deleted_at AS deletedAt, active = 0 AS inactive FROM people WHERE id = @id'
      : ref.kind === 'collective'
        ? `SELECT name, deleted_at AS deletedAt, (active_to IS NOT NULL AND active_to <= @today) AS inactive
           FROM units WHERE id = @id`
        : 'SELECT head_name AS name, deleted_at AS deletedAt, 0 AS inactive FROM households WHERE id = @id';
  const row = prepared(db, sql).get({ id: ref.id, today }) as
    { name: string; deletedAt: string | null; inactive: number } | undefined;
  return row ? { name: row.name, trashed: row.deletedAt !== null, inactive: row.inactive === 1 } : null;
}

/** A unit a bulk registration or the not-registered list considers. */
export interface ScopeUnit {
  id: number;
  name: string;
  trashed: boolean;
  inactive: boolean;
}

const UNIT_FACTS = `u.id, u.name, u.deleted_at IS NOT NULL AS trashed,
  (u.active_to IS NOT NULL AND u.active_to <= @today) AS inactive`;

type RawUnit = { id: number; name: string; trashed: number; inactive: number };
const toScopeUnit = (r: RawUnit): ScopeUnit => ({
  id: r.id,
  name: r.name,
  trashed: r.trashed === 1,
  inactive: r.inactive === 1,
});

/** The units taking part in a movement (movement_units), trashed and inactive ones included. */
export function participantUnits(db: Db, movementId: number, today: string): ScopeUnit[] {
  return (
    prepared(
      db,
      `SELECT ${UNIT_FACTS} FROM movement_units mu JOIN units u ON u.id = mu.unit_id
       WHERE mu.movement_id = @movementId`,
    ).all({ movementId, today }) as RawUnit[]
  ).map(toScopeUnit);
}

/** Every unit not in the trash (active or not). */
export function liveUnits(db: Db, today: string): ScopeUnit[] {
  return (
    prepared(db, `SELECT ${UNIT_FACTS} FROM units u WHERE u.deleted_at IS NULL`).all({ today }) as RawUnit[]
  ).map(toScopeUnit);
}

/** The current members of a cụm/khối (units not in the trash). */
export function clusterUnits(db: Db, clusterId: number, today: string): ScopeUnit[] {
  return (
    prepared(
      db,
      `SELECT ${UNIT_FACTS} FROM cluster_members cm JOIN units u ON u.id = cm.unit_id AND u.deleted_at IS NULL
       WHERE cm.cluster_id = @clusterId AND cm.active_to IS NULL`,
    ).all({ clusterId, today }) as RawUnit[]
  ).map(toScopeUnit);
}

/** These units as stored (unknown ids are left out). */
export function unitsByIds(db: Db, ids: readonly number[], today: string): ScopeUnit[] {
  return (
    prepared(db, `SELECT ${UNIT_FACTS} FROM units u WHERE u.id IN (SELECT value FROM json_each(@ids))`).all({
      ids: JSON.stringify(ids),
      today,
    }) as RawUnit[]
  ).map(toScopeUnit);
}

/** Units that registered (as collectives) for the movement, or for the year only when movementId is null. */
export function registeredUnitIds(db: Db, movementId: number | null, year: number): Set<number> {
  const rows = prepared(
    db,
    `SELECT unit_id AS id FROM registrations
     WHERE coalesce(movement_id, 0) = ? AND year = ? AND registrant_kind = 'collective'`,
  ).all(movementId ?? 0, year) as { id: number }[];
  return new Set(rows.map((r) => r.id));
}

/** Registrations of every kind in the scope, counted by status. */
export function countByStatus(
  db: Db,
  movementId: number | null,
  year: number,
): Record<RegistrationStatus, number> {
  const counts: Record<RegistrationStatus, number> = { not_sent: 0, sent: 0, approved: 0, returned: 0 };
  const rows = prepared(
    db,
    `SELECT status, count(*) AS n FROM registrations WHERE coalesce(movement_id, 0) = ? AND year = ?
     GROUP BY status`,
  ).all(movementId ?? 0, year) as { status: RegistrationStatus; n: number }[];
  for (const r of rows) counts[r.status] = r.n;
  return counts;
}

/** The names of the current cụm/khối of every unit, by unit id. */
export function clusterNamesByUnit(db: Db): Map<number, string[]> {
  const rows = prepared(
    db,
    `SELECT cm.unit_id AS unitId, c.name FROM cluster_members cm
     JOIN clusters c ON c.id = cm.cluster_id AND c.deleted_at IS NULL
     WHERE cm.active_to IS NULL`,
  ).all() as { unitId: number; name: string }[];
  const byUnit = new Map<number, string[]>();
  for (const { unitId, name } of rows) byUnit.set(unitId, [...(byUnit.get(unitId) ?? []), name]);
  return byUnit;
}
