import { create } from 'zustand';
import type { TrashItem, TrashOutcome } from '../../../../shared/api/trash';
import type { TrashKind } from '../../../../shared/domain/trash';
import { call } from '../../lib/api';
import { messageOf } from '../../lib/errors';
import { failureOf, type MutationResult } from '../../components/mutation';

export const TRASH_PAGE_SIZE = 100;

interface TrashState {
  /** null: every kind together. */
  kind: TrashKind | null;
  rows: TrashItem[];
  total: number | null;
  status: 'idle' | 'loading' | 'ready' | 'error';
  error: string | null;
  loadingMore: boolean;
  /** The record being restored or purged: one at a time. */
  busyKey: string | null;
  /** Bumped on every new read: answers for an older one are dropped. */
  generation: number;
  /** Reads the trash (of a kind) from the newest deletion. */
  load(kind?: TrashKind | null): Promise<void>;
  loadMore(): Promise<void>;
  restore(item: TrashItem): Promise<MutationResult<TrashOutcome> | null>;
  /** Deletes for good; refused (with the reason) while anything still refers to the record. */
  purge(item: TrashItem): Promise<MutationResult<TrashOutcome> | null>;
}

export const keyOf = (item: Pick<TrashItem, 'kind' | 'id'>) => `${item.kind}:${item.id}`;

/** Thùng rác: soft-deleted records of every kind, restore or delete for good. */
export const useTrash = create<TrashState>()((set, get) => {
  const act = async (item: TrashItem, run: () => Promise<TrashOutcome>) => {
    if (get().busyKey) return null;
    set({ busyKey: keyOf(item) });
    try {
      const outcome = await run();
      // Gone from the trash either way: out of the list without reading it again.
      set((s) => ({
        rows: s.rows.filter((r) => keyOf(r) !== keyOf(item)),
        total: s.total === null ? null : s.total - 1,
      }));
      return { ok: true as const, value: outcome };
    } catch (error) {
      return failureOf(error);
    } finally {
      set({ busyKey: null });
    }
  };

  return {
    kind: null,
    rows: [],
    total: null,
    status: 'idle',
    error: null,
    loadingMore: false,
    busyKey: null,
    generation: 0,

    load: async (kind = get().kind) => {
      const generation = get().generation + 1;
      set({ kind, generation, status: 'loading', error: null, loadingMore: false });
      try {
        const page = await call('trash.list', { kind, offset: 0, limit: TRASH_PAGE_SIZE });
        if (get().generation === generation) set({ rows: page.rows, total: page.total, status: 'ready' });
      } catch (error) {
        if (get().generation === generation) set({ status: 'error', error: messageOf(error) });
      }
    },

    loadMore: async () => {
      const { generation, rows, total, kind, loadingMore, status } = get();
      if (loadingMore || status !== 'ready' || total === null || rows.length >= total) return;
      set({ loadingMore: true });
      try {
        const page = await call('trash.list', { kind, offset: rows.length, limit: TRASH_PAGE_SIZE });
        if (get().generation !== generation) return;
        const seen = new Set(rows.map(keyOf));
        set({ rows: [...rows, ...page.rows.filter((r) => !seen.has(keyOf(r)))], total: page.total });
      } catch (error) {
        if (get().generation === generation) set({ error: messageOf(error) });
      } finally {
        if (get().generation === generation) set({ loadingMore: false });
      }
    },

    restore: (item) => act(item, () => call('trash.restore', { kind: item.kind, id: item.id })),
    purge: (item) => act(item, () => call('trash.purge', { kind: item.kind, id: item.id })),
  };
});
