import type { Db } from '../types';
import { prepared } from './prepared';
import type { Gender } from '../../../../shared/domain/registry';

/**
 * Signing takes the registry's current head gender into each household line's snapshot: the gender
 * is not edited on the line, so a gender filled in while the decision was a draft is what it is
 * signed with. From then on the snapshot is what prints.
 */
export function snapshotHeadGenders(db: Db, decisionId: number, at: string): void {
  prepared(
    db,
    `UPDATE awards SET head_gender_snapshot = h.head_gender, updated_at = @at
     FROM households h
     WHERE h.id = awards.household_id AND awards.decision_id = @decisionId
       AND awards.recipient_kind = 'household' AND awards.head_gender_snapshot IS NOT h.head_gender`,
  ).run({ decisionId, at });
}

/**
 * The head's gender of each household line of a decision, by line id: a draft prints the registry
 * as it is now, a signed or cancelled decision the snapshot taken at signing.
 */
export function householdHeadGenders(db: Db, decisionId: number): Map<number, Gender | null> {
  const rows = prepared(
    db,
    `SELECT a.id, CASE d.status WHEN 'draft' THEN h.head_gender ELSE a.head_gender_snapshot END AS gender
     FROM awards a JOIN decisions d ON d.id = a.decision_id JOIN households h ON h.id = a.household_id
     WHERE a.decision_id = ? AND a.recipient_kind = 'household'`,
  ).all(decisionId) as { id: number; gender: Gender | null }[];
  return new Map(rows.map((r) => [r.id, r.gender]));
}
