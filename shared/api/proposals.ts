import { channel } from './define';
import { byId } from '../schemas/common';
import {
  addCandidatesSchema,
  candidateUpdateSchema,
  proposalInputSchema,
  proposalListSchema,
  proposalUpdateSchema,
  removeCandidatesSchema,
  returnSchema,
  reviewSchema,
  toDecisionSchema,
  type AddCandidatesResult,
  type Proposal,
  type ProposalCandidate,
  type ProposalSummary,
  type ToDecisionResult,
} from '../schemas/proposals';

export const proposalChannels = {
  /** Newest year first, then the latest received (or written) first. */
  'proposals.list': channel<ProposalSummary[]>()(proposalListSchema),
  'proposals.get': channel<Proposal>()(byId),
  /** A draft proposal. */
  'proposals.create': channel<Proposal>()(proposalInputSchema),
  'proposals.update': channel<Proposal>()(proposalUpdateSchema),
  /** To the trash; refused (CONFLICT) once a decision took any of its candidates. */
  'proposals.delete': channel<{ id: number }>()(byId),
  /** Draft or returned → submitted (đã trình). */
  'proposals.submit': channel<Proposal>()(byId),
  /** → returned, the reason added to the note; refused once a decision took candidates. */
  'proposals.return': channel<Proposal>()(returnSchema),

  /** In the order they were proposed. */
  'proposals.candidates': channel<ProposalCandidate[]>()(byId),
  /** Skips records already proposed for the same award in this proposal. */
  'proposals.addCandidates': channel<AddCandidatesResult>()(addCandidatesSchema),
  /** Refused (CONFLICT) once a decision took the candidate. */
  'proposals.updateCandidate': channel<ProposalCandidate>()(candidateUpdateSchema),
  'proposals.removeCandidates': channel<{ removed: number }>()(removeCandidatesSchema),
  /**
   * The Hội đồng's outcomes and notes; once every candidate has one the proposal is 'reviewed'
   * (reviewed on the given day, today by default).
   */
  'proposals.review': channel<Proposal>()(reviewSchema),
  /**
   * Every approved candidate not yet in a decision becomes a line of a new draft decision
   * (decisionId null) or of an existing draft; one transaction.
   */
  'proposals.toDecision': channel<ToDecisionResult>()(toDecisionSchema),
};
