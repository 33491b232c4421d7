import { proposalsContext } from './context';
import { proposalRecords } from './records';
import { proposalCandidates } from './candidates';
import { proposalToDecision } from './to-decision';
import type { ProposalsDeps, ProposalsService } from './types';

export type { ProposalsService } from './types';

/** Proposals (đề nghị khen thưởng), their candidates, the Hội đồng's review, and the step to a decision. */
export function createProposalsService(deps: ProposalsDeps): ProposalsService {
  const ctx = proposalsContext(deps);
  return {
    ...proposalRecords(ctx),
    ...proposalCandidates(ctx),
    ...proposalToDecision(ctx),
  };
}
