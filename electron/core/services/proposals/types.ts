import type { z } from 'zod';
import type { ServiceDeps } from '../audit-trail';
import type { DecisionsService } from '../decisions/types';
import type {
  AddCandidatesResult,
  Proposal,
  ProposalCandidate,
  ProposalListFilters,
  ProposalSummary,
  ProposalValues,
  ToDecisionResult,
  addCandidatesSchema,
  candidateUpdateSchema,
  reviewSchema,
} from '../../../../shared/schemas/proposals';

export type CandidateRefValues = z.output<typeof addCandidatesSchema>['candidates'][number];
export type CandidateUpdateValues = z.output<typeof candidateUpdateSchema>;
export type ReviewValues = z.output<typeof reviewSchema>;

/** What the proposals service is built from: the decisions service is asked for when first needed. */
export interface ProposalsDeps extends ServiceDeps {
  decisions(): DecisionsService;
}

/**
 * Proposals (đề nghị / tờ trình) and their candidates, the Hội đồng's review, and the step that turns
 * approved candidates into a decision's list. Every write is one transaction with its audit row.
 */
export interface ProposalsService {
  list(filters: ProposalListFilters): ProposalSummary[];
  get(id: number): Proposal;
  create(values: ProposalValues): Proposal;
  update(id: number, values: ProposalValues): Proposal;
  /** To the trash; refused once a decision took any of its candidates. */
  delete(id: number): { id: number };
  submit(id: number): Proposal;
  returnProposal(id: number, reason: string): Proposal;

  candidates(proposalId: number): ProposalCandidate[];
  addCandidates(proposalId: number, refs: CandidateRefValues[]): AddCandidatesResult;
  updateCandidate(values: CandidateUpdateValues): ProposalCandidate;
  removeCandidates(proposalId: number, candidateIds: number[]): { removed: number };
  review(values: ReviewValues): Proposal;
  /** Approved candidates not yet in a decision → lines of a new draft (decisionId null) or of that draft. */
  toDecision(proposalId: number, decisionId: number | null): ToDecisionResult;
}
