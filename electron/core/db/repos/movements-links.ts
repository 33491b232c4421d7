import type { Db } from '../types';
import { prepared } from './prepared';
import type {
  MovementValues,
  MovementCriterion,
  MovementDecision,
  MovementUnit,
} from '../../../../shared/schemas/movements';

/** The criteria of a movement, in order. */
export function listMovementCriteria(db: Db, movementId: number): MovementCriterion[] {
  return prepared(
    db,
    `SELECT id, position, content, target, weight_percent AS weightPercent
     FROM movement_criteria WHERE movement_id = ? ORDER BY position, id`,
  ).all(movementId) as MovementCriterion[];
}

/** Replaces the criteria with the form's list (criteria have no history of their own: the audit row keeps it). */
export function replaceMovementCriteria(
  db: Db,
  movementId: number,
  criteria: MovementValues['criteria'],
  at: string,
): void {
  prepared(db, 'DELETE FROM movement_criteria WHERE movement_id = ?').run(movementId);
  const insert = prepared(
    db,
    `INSERT INTO movement_criteria (movement_id, position, content, target, weight_percent, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?)`,
  );
  criteria.forEach((c, i) => insert.run(movementId, i, c.content, c.target, c.weightPercent, at, at));
}

/** The participating units by current name (the service sorts them), with whether each is still active. */
export function listMovementUnits(db: Db, movementId: number, today: string): MovementUnit[] {
  return (
    prepared(
      db,
      `SELECT u.id, u.name,
         (u.deleted_at IS NULL AND (u.active_to IS NULL OR u.active_to > ?)) AS active
       FROM movement_units mu JOIN units u ON u.id = mu.unit_id
       WHERE mu.movement_id = ?`,
    ).all(today, movementId) as { id: number; name: string; active: number }[]
  ).map((r) => ({ ...r, active: r.active === 1 }));
}

/** Makes `unitIds` the participants; units that stay keep their row (and when they joined). */
export function setMovementUnits(db: Db, movementId: number, unitIds: readonly number[], at: string): void {
  const wanted = new Set(unitIds);
  const current = (
    prepared(db, 'SELECT unit_id AS id FROM movement_units WHERE movement_id = ?').all(movementId) as {
      id: number;
    }[]
  ).map((r) => r.id);
  const remove = prepared(db, 'DELETE FROM movement_units WHERE movement_id = ? AND unit_id = ?');
  for (const id of current) if (!wanted.has(id)) remove.run(movementId, id);
  const add = prepared(
    db,
    'INSERT OR IGNORE INTO movement_units (movement_id, unit_id, created_at) VALUES (?, ?, ?)',
  );
  for (const id of wanted) add.run(movementId, id, at);
}

/** Live, active units today: the participants of a movement open to the whole ward. */
export function activeUnitIds(db: Db, today: string): number[] {
  return (
    prepared(
      db,
      'SELECT id FROM units WHERE deleted_at IS NULL AND (active_to IS NULL OR active_to > ?) ORDER BY id',
    ).all(today) as { id: number }[]
  ).map((r) => r.id);
}

/** Which of `ids` are units outside the trash. */
export function liveUnitIds(db: Db, ids: readonly number[]): Set<number> {
  const rows = prepared(
    db,
    'SELECT id FROM units WHERE deleted_at IS NULL AND id IN (SELECT value FROM json_each(?))',
  ).all(JSON.stringify(ids)) as { id: number }[];
  return new Set(rows.map((r) => r.id));
}

/** Everything that refers to the movement and keeps it out of the trash (all ON DELETE RESTRICT). */
export function movementReferences(
  db: Db,
  id: number,
): { registrations: number; models: number; proposals: number; decisions: number } {
  return prepared(
    db,
    `SELECT (SELECT count(*) FROM registrations WHERE movement_id = @id) AS registrations,
       (SELECT count(*) FROM exemplary_models WHERE movement_id = @id) AS models,
       (SELECT count(*) FROM proposals WHERE movement_id = @id) AS proposals,
       (SELECT count(*) FROM decisions WHERE movement_id = @id) AS decisions`,
  ).get({ id }) as { registrations: number; models: number; proposals: number; decisions: number };
}

/** The award decisions linked to the movement (trashed drafts left out), newest first. */
export function listMovementDecisions(db: Db, id: number): MovementDecision[] {
  return prepared(
    db,
    `SELECT d.id, d.number_text AS numberText, d.decision_date AS decisionDate, d.subject, d.status,
       (SELECT count(*) FROM awards a WHERE a.decision_id = d.id) AS lineCount,
       (SELECT coalesce(sum(a.amount), 0) FROM awards a WHERE a.decision_id = d.id) AS totalAmount
     FROM decisions d
     WHERE d.movement_id = ? AND d.deleted_at IS NULL
     ORDER BY coalesce(d.decision_date, substr(d.created_at, 1, 10)) DESC, d.id DESC`,
  ).all(id) as MovementDecision[];
}
