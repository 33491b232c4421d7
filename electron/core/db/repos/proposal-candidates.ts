import type { Db } from '../types';
import { prepared } from './prepared';
import {
  RECIPIENT_DETAIL_COLUMNS,
  withRecipientDetail,
  type RecipientDetailColumns,
} from './recipient-detail';
import type { RecipientKind } from '../../../../shared/domain/awards';
import type { ProposalCandidate, ReviewOutcome } from '../../../../shared/schemas/proposals';

const RECIPIENT_ID = 'coalesce(c.person_id, c.unit_id, c.household_id)';

// Names are the registry's current ones: a proposal is a working list, not a printed document.
const CANDIDATE_SELECT = `SELECT c.id, c.proposal_id AS proposalId, c.recipient_kind AS kind,
    ${RECIPIENT_ID} AS recipientId,
    CASE c.recipient_kind WHEN 'individual' THEN pe.full_name WHEN 'collective' THEN un.name ELSE ho.head_name END AS name,
    ${RECIPIENT_DETAIL_COLUMNS},
    c.catalogue_id AS catalogueId, ac.name AS catalogueName, c.achievement,
    c.review_outcome AS outcome, c.review_note AS reviewNote, c.decision_id AS decisionId,
    d.number_text AS decisionNumberText
  FROM proposal_candidates c
  LEFT JOIN people pe ON pe.id = c.person_id
  LEFT JOIN units pu ON pu.id = pe.unit_id
  LEFT JOIN units un ON un.id = c.unit_id
  LEFT JOIN households ho ON ho.id = c.household_id
  LEFT JOIN units hg ON hg.id = ho.residential_group_unit_id
  JOIN award_catalogue ac ON ac.id = c.catalogue_id
  LEFT JOIN decisions d ON d.id = c.decision_id`;

type CandidateRow = Omit<ProposalCandidate, 'detail'> & RecipientDetailColumns;

function toCandidate(r: CandidateRow): ProposalCandidate {
  const { detail, rest } = withRecipientDetail(r.kind, r);
  return { ...rest, detail };
}

/** The candidates of a proposal in the order they were proposed. */
export function listCandidates(db: Db, proposalId: number): ProposalCandidate[] {
  return (
    prepared(db, `${CANDIDATE_SELECT} WHERE c.proposal_id = ? ORDER BY c.position, c.id`).all(
      proposalId,
    ) as CandidateRow[]
  ).map(toCandidate);
}

export function getCandidate(db: Db, id: number): ProposalCandidate | null {
  const row = prepared(db, `${CANDIDATE_SELECT} WHERE c.id = ?`).get(id);
  return row ? toCandidate(row as CandidateRow) : null;
}

const REF_COLUMN: Record<RecipientKind, string> = {
  individual: 'person_id',
  collective: 'unit_id',
  household: 'household_id',
};

/** The record's current name and whether it is in the trash; null when there is no such record. */
export function recipientName(
  db: Db,
  kind: RecipientKind,
  id: number,
): { name: string; trashed: boolean } | null {
  const sql =
    kind === 'individual'
      ? 'SELECT full_name AS name, deleted_at AS deletedAt FROM people WHERE id = ?'
      : kind === 'collective'
        ? 'SELECT name, deleted_at AS deletedAt FROM units WHERE id = ?'
        : 'SELECT head_name AS name, deleted_at AS deletedAt FROM households WHERE id = ?';
  const row = prepared(db, sql).get(id) as { name: string; deletedAt: string | null } | undefined;
  return row ? { name: row.name, trashed: row.deletedAt !== null } : null;
}

/** "kind:id:catalogueId" of every candidate already in the proposal. */
export function candidateKeys(db: Db, proposalId: number): Set<string> {
  const rows = prepared(
    db,
    `SELECT c.recipient_kind AS kind, ${RECIPIENT_ID} AS recipientId, c.catalogue_id AS catalogueId
     FROM proposal_candidates c WHERE c.proposal_id = ?`,
  ).all(proposalId) as { kind: string; recipientId: number; catalogueId: number }[];
  return new Set(rows.map((r) => `${r.kind}:${r.recipientId}:${r.catalogueId}`));
}

export function insertCandidate(
  db: Db,
  proposalId: number,
  c: { kind: RecipientKind; id: number; catalogueId: number; achievement: string | null },
  at: string,
): number {
  const { next } = prepared(
    db,
    'SELECT coalesce(max(position) + 1, 0) AS next FROM proposal_candidates WHERE proposal_id = ?',
  ).get(proposalId) as { next: number };
  const info = prepared(
    db,
    `INSERT INTO proposal_candidates (proposal_id, position, recipient_kind, ${REF_COLUMN[c.kind]}, catalogue_id,
       achievement, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(proposalId, next, c.kind, c.id, c.catalogueId, c.achievement, at, at);
  return Number(info.lastInsertRowid);
}

export function updateCandidate(
  db: Db,
  id: number,
  v: { catalogueId: number; achievement: string | null },
  at: string,
): void {
  prepared(
    db,
    'UPDATE proposal_candidates SET catalogue_id = ?, achievement = ?, updated_at = ? WHERE id = ?',
  ).run(v.catalogueId, v.achievement, at, id);
}

export function deleteCandidate(db: Db, id: number): void {
  prepared(db, 'DELETE FROM proposal_candidates WHERE id = ?').run(id);
}

export function setReview(
  db: Db,
  id: number,
  outcome: ReviewOutcome | null,
  note: string | null,
  at: string,
): void {
  prepared(
    db,
    'UPDATE proposal_candidates SET review_outcome = ?, review_note = ?, updated_at = ? WHERE id = ?',
  ).run(outcome, note, at, id);
}

/**
 * Records that `decisionId` took the candidates that now have a line in it: a line carrying the
 * candidate's id, or (when the list already held the record) a line for the same record and award.
 */
export function markDecided(db: Db, candidateIds: number[], decisionId: number, at: string): number[] {
  const marked: number[] = [];
  const covered = prepared(
    db,
    `SELECT 1 FROM proposal_candidates c JOIN awards a ON a.decision_id = @decisionId
     WHERE c.id = @id AND (a.proposal_candidate_id = c.id OR (a.recipient_kind = c.recipient_kind
       AND a.catalogue_id = c.catalogue_id
       AND coalesce(a.person_id, a.unit_id, a.household_id) = ${RECIPIENT_ID}))
     LIMIT 1`,
  );
  const update = prepared(db, 'UPDATE proposal_candidates SET decision_id = ?, updated_at = ? WHERE id = ?');
  for (const id of candidateIds) {
    if (covered.get({ decisionId, id }) === undefined) continue;
    update.run(decisionId, at, id);
    marked.push(id);
  }
  return marked;
}

/**
 * The decision side let go of candidates (their lines were removed, or the draft went to the trash):
 * they may be decided again, and a proposal that counted as decided is back to reviewed.
 */
export function releaseCandidatesOfLines(
  db: Db,
  where: { lineIds: number[] } | { decisionId: number },
  at: string,
): void {
  const ids =
    'lineIds' in where
      ? where.lineIds.flatMap((lineId) => {
          const row = prepared(db, 'SELECT proposal_candidate_id AS id FROM awards WHERE id = ?').get(
            lineId,
          ) as { id: number | null } | undefined;
          return row === undefined || row.id === null ? [] : [row.id];
        })
      : (
          prepared(db, 'SELECT id FROM proposal_candidates WHERE decision_id = ?').all(where.decisionId) as {
            id: number;
          }[]
        ).map((r) => r.id);
  const clear = prepared(
    db,
    'UPDATE proposal_candidates SET decision_id = NULL, updated_at = ? WHERE id = ?',
  );
  const reopen = prepared(
    db,
    `UPDATE proposals SET status = 'reviewed', updated_at = ?
     WHERE status = 'decided' AND id = (SELECT proposal_id FROM proposal_candidates WHERE id = ?)`,
  );
  for (const id of ids) {
    clear.run(at, id);
    reopen.run(at, id);
  }
}

/** A draft back from the trash takes again the candidates its lines came from, unless another decision took them meanwhile. */
export function relinkCandidatesOfDecision(db: Db, decisionId: number, at: string): void {
  prepared(
    db,
    `UPDATE proposal_candidates SET decision_id = @decisionId, updated_at = @at
     WHERE decision_id IS NULL AND id IN (SELECT proposal_candidate_id FROM awards WHERE decision_id = @decisionId)`,
  ).run({ decisionId, at });
}
