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
import { messageOf } from '../../lib/errors';
import { failureOf, type MutationResult } from '../../components/mutation';

type Status = 'idle' | 'loading' | 'ready' | 'error';

interface Detail {
  id: number | null;
  status: Status;
  error: string | null;
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
  status: Status;
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

let latestList = 0;

export const useMovements = create<MovementsState>()((set, get) => {
  /** Runs a write, then reads the list and the open movement again. */
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
    filters: { year: null, kind: null, status: null, includeArchived: false, search: '' },
    status: 'idle',
    error: null,
    rows: [],
    detail: NO_DETAIL,
    clusters: [],
    busy: false,

    load: async () => {
      const request = ++latestList;
      set((s) => ({ status: s.rows.length > 0 ? s.status : 'loading', error: null }));
      try {
        const rows = await call('movements.list', get().filters);
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
        const movement = await call('movements.get', { id });
        // The decisions are a section of their own: failing to read them does not hide the movement.
        const decisions = await call('movements.decisions', { id }).catch(() => null);
        if (get().detail.id === id)
          set({ detail: { id, status: 'ready', error: null, notFound: false, movement, decisions } });
      } catch (error) {
        if (get().detail.id === id)
          set((s) => ({
            detail: {
              ...s.detail,
              status: 'error',
              error: messageOf(error),
              notFound: error instanceof ApiFailure && error.code === 'NOT_FOUND',
            },
          }));
      }
    },
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
