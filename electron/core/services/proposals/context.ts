import { auditedWriter } from '../audit-trail';
import type { ProposalsDeps } from './types';
import { getProposalRow, proposalDecisions, setProposalStatus } from '../../db/repos/proposals';
import { getCandidate, listCandidates } from '../../db/repos/proposal-candidates';
import { AppError } from '../../../../shared/errors';
import type { Proposal, ProposalCandidate, ProposalStatus } from '../../../../shared/schemas/proposals';

export const NOT_FOUND = 'Không tìm thấy đề nghị khen thưởng này (có thể đã bị xóa).';
export const CANDIDATE_NOT_FOUND =
  'Không tìm thấy đối tượng được đề nghị này (có thể đã bị bỏ khỏi danh sách).';

/** The header fields of a proposal as the audit log records them. */
export const auditFields = (p: Proposal) => ({
  docNumber: p.docNumber,
  docDate: p.docDate,
  fromUnitId: p.fromUnitId,
  year: p.year,
  title: p.title,
  receivedOn: p.receivedOn,
  note: p.note,
  movementId: p.movementId,
  status: p.status,
  reviewedOn: p.reviewedOn,
});

/** What the parts of the service share: lookups, the audited writer, the status rule. */
export function proposalsContext(deps: ProposalsDeps) {
  const { db } = deps;
  const write = auditedWriter(deps, 'proposals');

  /** A live proposal (not in the trash). */
  const find = (id: number): Proposal => {
    const row = getProposalRow(db, id);
    if (!row || row.deletedAt !== null) throw new AppError('NOT_FOUND', NOT_FOUND);
    const { deletedAt: _deleted, ...rest } = row;
    return { ...rest, decisions: proposalDecisions(db, id) };
  };

  const findCandidate = (id: number): ProposalCandidate => {
    const candidate = getCandidate(db, id);
    if (!candidate) throw new AppError('NOT_FOUND', CANDIDATE_NOT_FOUND);
    find(candidate.proposalId);
    return candidate;
  };

  /** A candidate a decision took is history: it is changed through the decision, not here. */
  const requireUndecided = (c: ProposalCandidate) => {
    if (c.decisionId !== null) {
      throw new AppError(
        'CONFLICT',
        `“${c.name}” đã được đưa vào quyết định${c.decisionNumberText ? ` số ${c.decisionNumberText}` : ''} nên không sửa, bỏ hoặc xét lại được.`,
      );
    }
  };

  /**
   * The status that follows from the candidates once the Hội đồng is at work: every outcome given →
   * reviewed (decided when every approved candidate is in a decision); otherwise submitted. A draft
   * or returned proposal keeps its status unless `review` (the review itself moves a draft on);
   * the review also records its date over an earlier one.
   */
  const settleStatus = (id: number, at: string, day: string, review = false): void => {
    const p = find(id);
    if (!review && (p.status === 'draft' || p.status === 'returned')) return;
    const approvedOpen = listCandidates(db, id).filter(
      (c) => c.outcome === 'approved' && c.decisionId === null,
    ).length;
    let status: ProposalStatus = 'submitted';
    if (p.candidateCount > 0 && p.pendingCount === 0) {
      status = p.approvedCount > 0 && approvedOpen === 0 ? 'decided' : 'reviewed';
    }
    const reviewedOn = status === 'submitted' ? null : review ? day : (p.reviewedOn ?? day);
    if (status === p.status && reviewedOn === p.reviewedOn) return;
    setProposalStatus(db, id, { status, reviewedOn }, at);
  };

  return { db, deps, write, find, findCandidate, requireUndecided, settleStatus };
}

export type ProposalsContext = ReturnType<typeof proposalsContext>;
