import type { HandlersFor } from './types';
import type { CoreServices } from '../../services';
import type { proposalChannels } from '../../../../shared/api/proposals';

export function proposalHandlers(s: CoreServices): HandlersFor<typeof proposalChannels> {
  return {
    'proposals.list': (filters) => s.proposals.list(filters),
    'proposals.get': ({ id }) => s.proposals.get(id),
    'proposals.create': (values) => s.proposals.create(values),
    'proposals.update': ({ id, values }) => s.proposals.update(id, values),
    'proposals.delete': ({ id }) => s.proposals.delete(id),
    'proposals.submit': ({ id }) => s.proposals.submit(id),
    'proposals.return': ({ id, reason }) => s.proposals.returnProposal(id, reason),
    'proposals.candidates': ({ id }) => s.proposals.candidates(id),
    'proposals.addCandidates': ({ proposalId, candidates }) =>
      s.proposals.addCandidates(proposalId, candidates),
    'proposals.updateCandidate': (values) => s.proposals.updateCandidate(values),
    'proposals.removeCandidates': ({ proposalId, candidateIds }) =>
      s.proposals.removeCandidates(proposalId, candidateIds),
    'proposals.review': (values) => s.proposals.review(values),
    'proposals.toDecision': ({ proposalId, decisionId }) => s.proposals.toDecision(proposalId, decisionId),
  };
}
