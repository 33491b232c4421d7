import type { Db } from '../types';
import { prepared } from './prepared';
import type { ExemplarStage } from '../../../../shared/domain/exemplars';
import type { StageMove } from '../../../../shared/schemas/exemplars';

/** The stage history of a model, oldest first (dates never go back, so id order is date order). */
export function listStageMoves(db: Db, modelId: number): StageMove[] {
  return prepared(
    db,
    `SELECT id, stage, on_date AS onDate, note, moved_by AS movedBy, at FROM model_stage_history
     WHERE model_id = ? ORDER BY id`,
  ).all(modelId) as StageMove[];
}

export function insertStageMove(
  db: Db,
  modelId: number,
  m: { stage: ExemplarStage; onDate: string; note: string | null; movedBy: string },
  at: string,
): number {
  const info = prepared(
    db,
    `INSERT INTO model_stage_history (model_id, stage, on_date, note, moved_by, at)
     VALUES (?, ?, ?, ?, ?, ?)`,
  ).run(modelId, m.stage, m.onDate, m.note, m.movedBy, at);
  return Number(info.lastInsertRowid);
}

/** Keeps the first row (the discovery) on the model's discovery date when the form changes it. */
export function setDiscoveryDate(db: Db, moveId: number, onDate: string): void {
  prepared(db, 'UPDATE model_stage_history SET on_date = ? WHERE id = ?').run(onDate, moveId);
}
