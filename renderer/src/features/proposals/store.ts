import { create } from 'zustand';
import type { CatalogueEntry } from '../../../../shared/schemas/catalogue';
import type {
  AddCandidatesResult,
  CandidateRef,
  Proposal,
  ProposalCandidate,
  ProposalInput,
  ProposalListQuery,
  ProposalSummary,
  ReviewInput,
  ToDecisionResult,
} from '../../../../shared/schemas/proposals';
import { call } from '../../lib/api';
import { runMutation, type MutationResult } from '../../components/mutation';
import { keepWhileRows, latestLoader, type LoadStatus } from '../../components/latestLoad';
import { detailReader, reloadListAndDetail, type DetailFields } from '../../components/detailLoad';

interface Detail extends DetailFields {
  proposal: Proposal | null;
  candidates: ProposalCandidate[];
}

const NO_DETAIL: Detail = { id: null, status: 'idle', error: null, proposal: null, candidates: [] };

interface ProposalsState {
  filters: Required<ProposalListQuery>;
  status: LoadStatus;
  error: string | null;
  rows: ProposalSummary[];
  detail: Detail;
  /** Active catalogue entries, for the award of each candidate. */
  catalogue: CatalogueEntry[];
  busy: boolean;
  load(): Promise<void>;
  setFilters(next: Partial<ProposalListQuery>): void;
  loadDetail(id: number): Promise<void>;
  loadCatalogue(): Promise<void>;
  save(id: number | null, values: ProposalInput): Promise<MutationResult<Proposal>>;
  remove(id: number): Promise<MutationResult<{ id: number }>>;
  submit(id: number): Promise<MutationResult<Proposal>>;
  returnProposal(id: number, reason: string): Promise<MutationResult<Proposal>>;
  addCandidates(proposalId: number, refs: CandidateRef[]): Promise<MutationResult<AddCandidatesResult>>;
  updateCandidate(
    candidateId: number,
    catalogueId: number,
    achievement: string,
  ): Promise<MutationResult<ProposalCandidate>>;
  removeCandidates(proposalId: number, ids: number[]): Promise<MutationResult<{ removed: number }>>;
  review(input: ReviewInput): Promise<MutationResult<Proposal>>;
  toDecision(proposalId: number, decisionId: number | null): Promise<MutationResult<ToDecisionResult>>;
}

export const useProposals = create<ProposalsState>()((set, get) => {
  const loadList = latestLoader<ProposalsState>(set, keepWhileRows);
  const readDetail = detailReader<Detail>({ set, get }, NO_DETAIL);

  /** Runs a write, then reads the list and the open proposal again. */
  const change = <T>(run: () => Promise<T>) =>
    runMutation(
      (busy) => set({ busy }),
      run,
      () => reloadListAndDetail(get()),
    );

  return {
    filters: { year: null, status: null, from: null, search: '' },
    status: 'idle',
    error: null,
    rows: [],
    detail: NO_DETAIL,
    catalogue: [],
    busy: false,

    load: () => loadList(async () => ({ rows: await call('proposals.list', get().filters) })),
    setFilters: (next) => {
      set((s) => ({ filters: { ...s.filters, ...next } }));
      void get().load();
    },
    loadDetail: (id) =>
      readDetail(id, async () => {
        const [proposal, candidates] = await Promise.all([
          call('proposals.get', { id }),
          call('proposals.candidates', { id }),
        ]);
        return { proposal, candidates };
      }),
    loadCatalogue: async () => {
      try {
        const entries = await call('catalogue.list', {});
        set({ catalogue: entries.filter((e) => e.active) });
      } catch {
        // The picker shows an empty award list; the page's own load reports failures.
      }
    },
    save: (id, values) =>
      change(() =>
        id === null ? call('proposals.create', values) : call('proposals.update', { id, values }),
      ),
    remove: (id) =>
      change(async () => {
        const result = await call('proposals.delete', { id });
        set({ detail: NO_DETAIL });
        return result;
      }),
    submit: (id) => change(() => call('proposals.submit', { id })),
    returnProposal: (id, reason) => change(() => call('proposals.return', { id, reason })),
    addCandidates: (proposalId, candidates) =>
      change(() => call('proposals.addCandidates', { proposalId, candidates })),
    updateCandidate: (candidateId, catalogueId, achievement) =>
      change(() => call('proposals.updateCandidate', { candidateId, catalogueId, achievement })),
    removeCandidates: (proposalId, candidateIds) =>
      change(() => call('proposals.removeCandidates', { proposalId, candidateIds })),
    review: (input) => change(() => call('proposals.review', input)),
    toDecision: (proposalId, decisionId) =>
      change(() => call('proposals.toDecision', { proposalId, decisionId })),
  };
});
