import type { Db } from '../types';
import { prepared } from './prepared';

export interface CorrectionRow {
  id: number;
  at: string;
  actor: string;
  reason: string;
  before: Record<string, unknown>;
  after: Record<string, unknown>;
}

/** Records one correction of a signed decision: only the fields it changed, before and after. */
export function insertCorrection(
  db: Db,
  c: { decisionId: number; at: string; actor: string; reason: string; before: object; after: object },
): void {
  prepared(
    db,
    `INSERT INTO decision_corrections (decision_id, at, actor, reason, before_json, after_json)
     VALUES (?, ?, ?, ?, ?, ?)`,
  ).run(c.decisionId, c.at, c.actor, c.reason, JSON.stringify(c.before), JSON.stringify(c.after));
}

/** Oldest first, the order they were made. */
export function listCorrections(db: Db, decisionId: number): CorrectionRow[] {
  const rows = prepared(
    db,
    `SELECT id, at, actor, reason, before_json AS before, after_json AS after
     FROM decision_corrections WHERE decision_id = ? ORDER BY at, id`,
  ).all(decisionId) as {
    id: number;
    at: string;
    actor: string;
    reason: string;
    before: string;
    after: string;
  }[];
  return rows.map((r) => ({
    ...r,
    before: JSON.parse(r.before) as Record<string, unknown>,
    after: JSON.parse(r.after) as Record<string, unknown>,
  }));
}
