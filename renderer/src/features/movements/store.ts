import { create } from 'zustand';
import type { MovementStatus } from '../../../../shared/domain/movements';
import type { Cluster } from '../../../../shared/schemas/registry/units';
import type {
  Movement,
  MovementDecision,
  MovementInput,
  MovementListQuery,
  MovementSummary,
} from '../../../../shared/schemas/movements';
import { ApiFailure, call } from '../../lib/api';
import { runMutation, type MutationResult } from '../../components/mutation';
import { keepWhileRows, latestLoader, type LoadStatus } from '../../components/latestLoad';
import { detailReader, reloadListAndDetail, type DetailFields } from '../../components/detailLoad';

interface Detail extends DetailFields {
  notFound: boolean;
  movement: Movement | null;
  /** null until read, or when reading them failed (the page says so in that section). */
  decisions: MovementDecision[] | null;
}

const NO_DETAIL: Detail = {
  id: null,
  status: 'idle',
  error: null,
  notFound: false,
  movement: null,
  decisions: null,
};

interface MovementsState {
  filters: Required<MovementListQuery>;
  status: LoadStatus;
  error: string | null;
  rows: MovementSummary[];
  detail: Detail;
  /** The clusters the form offers (scope and participants). */
  clusters: Cluster[];
  busy: boolean;
  load(): Promise<void>;
  setFilters(next: Partial<MovementListQuery>): void;
  loadDetail(id: number): Promise<void>;
  loadClusters(): Promise<void>;
  save(id: number | null, values: MovementInput): Promise<MutationResult<Movement>>;
  setStatus(id: number, status: MovementStatus, reason?: string): Promise<MutationResult<Movement>>;
  archive(id: number, archived: boolean): Promise<MutationResult<Movement>>;
  remove(id: number): Promise<MutationResult<{ id: number }>>;
}

export const useMovements = create<MovementsState>()((set, get) => {
  const loadList = latestLoader<MovementsState>(set, keepWhileRows);
  const readDetail = detailReader<Detail>({ set, get }, NO_DETAIL, (error) => ({
    notFound: error instanceof ApiFailure && error.code === 'NOT_FOUND',
  }));

  /** Runs a write, then reads the list and the open movement again. */
  const change = <T>(run: () => Promise<T>) =>
    runMutation(
      (busy) => set({ busy }),
      run,
      () => reloadListAndDetail(get()),
    );

  return {
    filters: { year: null, kind: null, status: null, includeArchived: false, search: '' },
    status: 'idle',
    error: null,
    rows: [],
    detail: NO_DETAIL,
    clusters: [],
    busy: false,

    load: () => loadList(async () => ({ rows: await call('movements.list', get().filters) })),
    setFilters: (next) => {
      set((s) => ({ filters: { ...s.filters, ...next } }));
      void get().load();
    },
    loadDetail: (id) =>
      readDetail(id, async () => {
        const movement = await call('movements.get', { id });
        // The decisions are a section of their own: failing to read them does not hide the movement.
        const decisions = await call('movements.decisions', { id }).catch(() => null);
        return { notFound: false, movement, decisions };
      }),
    loadClusters: async () => {
      try {
        set({ clusters: await call('clusters.list', {}) });
      } catch {
        // The form then offers no cluster; saving still checks everything in the main process.
      }
    },
    save: (id, values) =>
      change(() =>
        id === null ? call('movements.create', values) : call('movements.update', { id, values }),
      ),
    setStatus: (id, status, reason) =>
      change(() => call('movements.setStatus', { id, status, reason: reason ?? '' })),
    archive: (id, archived) =>
      change(() => call(archived ? 'movements.archive' : 'movements.unarchive', { id })),
    remove: (id) =>
      change(async () => {
        const result = await call('movements.delete', { id });
        set({ detail: NO_DETAIL });
        return result;
      }),
  };
});
