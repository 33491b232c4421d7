import type { Db } from '../types';
import { prepared } from './prepared';
import { foldForSearch } from '../../../../shared/rules/search';
import type {
  Proposal,
  ProposalListFilters,
  ProposalStatus,
  ProposalSummary,
  ProposalValues,
} from '../../../../shared/schemas/proposals';

/** What proposal searches look in: the tờ trình's number and title (the unit's name is joined). */
export const proposalSearchText = (v: { docNumber: string | null; title: string }): string =>
  foldForSearch(`${v.docNumber ?? ''} ${v.title}`);

const COUNTS = `
  (SELECT count(*) FROM proposal_candidates c WHERE c.proposal_id = p.id) AS candidateCount,
  (SELECT count(*) FROM proposal_candidates c WHERE c.proposal_id = p.id AND c.review_outcome = 'approved') AS approvedCount,
  (SELECT count(*) FROM proposal_candidates c WHERE c.proposal_id = p.id AND c.review_outcome = 'rejected') AS rejectedCount,
  (SELECT count(*) FROM proposal_candidates c WHERE c.proposal_id = p.id AND c.review_outcome = 'proposed_upward') AS upwardCount,
  (SELECT count(*) FROM proposal_candidates c WHERE c.proposal_id = p.id AND c.review_outcome IS NULL) AS pendingCount,
  (SELECT count(*) FROM proposal_candidates c WHERE c.proposal_id = p.id AND c.decision_id IS NOT NULL) AS decidedCount`;

const SUMMARY_COLUMNS = `p.id, p.doc_number AS docNumber, p.doc_date AS docDate, p.from_unit_id AS fromUnitId,
  u.name AS fromUnitName, p.year, p.title, p.status, p.received_on AS receivedOn, p.reviewed_on AS reviewedOn,
  ${COUNTS}, p.updated_at AS updatedAt`;
const FROM = 'FROM proposals p LEFT JOIN units u ON u.id = p.from_unit_id';

const escapeLike = (s: string) => s.replace(/[\\%_]/g, (c) => `\\${c}`);

/** Live proposals matching the filters: newest year first, then the latest received (or written). */
export function listProposals(db: Db, f: ProposalListFilters): ProposalSummary[] {
  const where = ['p.deleted_at IS NULL'];
  const params: Record<string, unknown> = {};
  if (f.year !== null) {
    where.push('p.year = @year');
    params.year = f.year;
  }
  if (f.status !== null) {
    where.push('p.status = @status');
    params.status = f.status;
  }
  if (f.from === 'office') where.push('p.from_unit_id IS NULL');
  else if (f.from !== null) {
    where.push('p.from_unit_id = @fromUnitId');
    params.fromUnitId = f.from;
  }
  foldForSearch(f.search)
    .split(' ')
    .filter((w) => w !== '')
    .forEach((word, i) => {
      where.push(`(p.search_text || ' ' || coalesce(u.search_text, '')) LIKE @w${i} ESCAPE '\\'`);
      params[`w${i}`] = `%${escapeLike(word)}%`;
    });
  return prepared(
    db,
    `SELECT ${SUMMARY_COLUMNS} ${FROM} WHERE ${where.join(' AND ')}
     ORDER BY p.year DESC, coalesce(p.received_on, p.doc_date, substr(p.created_at, 1, 10)) DESC, p.id DESC`,
  ).all(params) as ProposalSummary[];
}

/** One proposal (trashed too, with deletedAt), or null. */
export function getProposalRow(
  db: Db,
  id: number,
): (Omit<Proposal, 'decisions'> & { deletedAt: string | null }) | null {
  const row = prepared(
    db,
    `SELECT ${SUMMARY_COLUMNS}, p.note, p.movement_id AS movementId, p.created_at AS createdAt,
       p.deleted_at AS deletedAt
     ${FROM} WHERE p.id = ?`,
  ).get(id);
  return (row as (Omit<Proposal, 'decisions'> & { deletedAt: string | null }) | undefined) ?? null;
}

/** The decisions that took candidates of the proposal, oldest first. */
export function proposalDecisions(db: Db, id: number): Proposal['decisions'] {
  return prepared(
    db,
    `SELECT d.id, d.number_text AS numberText, d.status FROM decisions d
     WHERE d.id IN (SELECT decision_id FROM proposal_candidates WHERE proposal_id = ?)
     ORDER BY d.id`,
  ).all(id) as Proposal['decisions'];
}

const valueParams = (v: ProposalValues) => ({
  docNumber: v.docNumber,
  docDate: v.docDate,
  fromUnitId: v.fromUnitId,
  movementId: v.movementId,
  year: v.year,
  title: v.title,
  receivedOn: v.receivedOn,
  note: v.note,
  searchText: proposalSearchText(v),
});

export function insertProposal(db: Db, v: ProposalValues, at: string): number {
  const info = prepared(
    db,
    `INSERT INTO proposals (doc_number, doc_date, from_unit_id, movement_id, year, title, received_on, note,
       search_text, created_at, updated_at)
     VALUES (@docNumber, @docDate, @fromUnitId, @movementId, @year, @title, @receivedOn, @note,
       @searchText, @at, @at)`,
  ).run({ ...valueParams(v), at });
  return Number(info.lastInsertRowid);
}

export function updateProposal(db: Db, id: number, v: ProposalValues, at: string): void {
  prepared(
    db,
    `UPDATE proposals SET doc_number = @docNumber, doc_date = @docDate, from_unit_id = @fromUnitId,
       movement_id = @movementId, year = @year, title = @title, received_on = @receivedOn, note = @note,
       search_text = @searchText, updated_at = @at
     WHERE id = @id`,
  ).run({ ...valueParams(v), at, id });
}

export function setProposalStatus(
  db: Db,
  id: number,
  change: { status: ProposalStatus; reviewedOn?: string | null; note?: string | null },
  at: string,
): void {
  prepared(
    db,
    `UPDATE proposals SET status = @status,
       reviewed_on = CASE WHEN @setReviewed THEN @reviewedOn ELSE reviewed_on END,
       note = CASE WHEN @setNote THEN @note ELSE note END, updated_at = @at
     WHERE id = @id`,
  ).run({
    id,
    at,
    status: change.status,
    setReviewed: change.reviewedOn === undefined ? 0 : 1,
    reviewedOn: change.reviewedOn ?? null,
    setNote: change.note === undefined ? 0 : 1,
    note: change.note ?? null,
  });
}

/** Moves a proposal to the trash. */
export function trashProposal(db: Db, id: number, at: string): void {
  prepared(db, 'UPDATE proposals SET deleted_at = ?, updated_at = ? WHERE id = ?').run(at, at, id);
}

/** Marks a proposal as changed (its candidates were). */
export function touchProposal(db: Db, id: number, at: string): void {
  prepared(db, 'UPDATE proposals SET updated_at = ? WHERE id = ?').run(at, id);
}
