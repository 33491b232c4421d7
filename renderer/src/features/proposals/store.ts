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
import { messageOf } from '../../lib/errors';
import { failureOf, type MutationResult } from '../../components/mutation';

type Status = 'idle' | 'loading' | 'ready' | 'error';

interface Detail {
  id: number | null;
  status: Status;
  error: string | null;
  proposal: Proposal | null;
  candidates: ProposalCandidate[];
}

const NO_DETAIL: Detail = { id: null, status: 'idle', error: null, proposal: null, candidates: [] };

interface ProposalsState {
  filters: Required<ProposalListQuery>;
  status: Status;
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

let latestList = 0;

export const useProposals = create<ProposalsState>()((set, get) => {
  /** Runs a write, then reads the list and the open proposal again. */
  async function change<T>(run: () => Promise<T>): Promise<MutationResult<T>> {
    set({ busy: true });
    try {
      const value = await run();
      const open = get().detail.id;
      await Promise.all([get().load(), open === null ? null : get().loadDetail(open)]);
      return { ok: true, value };
    } catch (error) {
      return failureOf(error);
    } finally {
      set({ busy: false });
    }
  }

  return {
    filters: { year: null, status: null, from: null, search: '' },
    status: 'idle',
    error: null,
    rows: [],
    detail: NO_DETAIL,
    catalogue: [],
    busy: false,

    load: async () => {
      const request = ++latestList;
      set((s) => ({ status: s.rows.length > 0 ? s.status : 'loading', error: null }));
      try {
        const rows = await call('proposals.list', get().filters);
        if (request === latestList) set({ status: 'ready', rows });
      } catch (error) {
        if (request === latestList) set({ status: 'error', error: messageOf(error) });
      }
    },
    setFilters: (next) => {
      set((s) => ({ filters: { ...s.filters, ...next } }));
      void get().load();
    },
    loadDetail: async (id) => {
      set((s) => ({
        detail: s.detail.id === id ? { ...s.detail, error: null } : { ...NO_DETAIL, id, status: 'loading' },
      }));
      try {
        const [proposal, candidates] = await Promise.all([
          call('proposals.get', { id }),
          call('proposals.candidates', { id }),
        ]);
        if (get().detail.id === id)
          set({ detail: { id, status: 'ready', error: null, proposal, candidates } });
      } catch (error) {
        if (get().detail.id === id)
          set((s) => ({ detail: { ...s.detail, status: 'error', error: messageOf(error) } }));
      }
    },
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
