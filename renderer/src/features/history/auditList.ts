import type { StateCreator } from 'zustand';
import type { AuditEntry } from '../../../../shared/api/audit';
import type { InputOf } from '../../../../shared/api/contract';
import { call } from '../../lib/api';
import { messageOf } from '../../lib/errors';

/** Entries asked for at once; "Xem thêm" asks for the next ones. */
export const AUDIT_PAGE_SIZE = 50;

/** The filter of `audit.list` without paging. */
export type AuditFilter = Omit<InputOf<'audit.list'>, 'offset' | 'limit'>;

export interface AuditListSlice {
  filter: AuditFilter;
  rows: AuditEntry[];
  /** Entries matching the filter; null until the first answer. */
  total: number | null;
  /** `refreshing`: a new filter is being read while the previous rows stay on screen (dimmed). */
  status: 'idle' | 'loading' | 'refreshing' | 'ready' | 'error';
  error: string | null;
  loadingMore: boolean;
  moreError: string | null;
  /** Bumped on every new filter: answers for an older one are dropped. */
  generation: number;
  /** Reads the first entries for a filter, replacing what is shown once they arrive. */
  load(filter: AuditFilter): Promise<void>;
  /** "Xem thêm": the next entries of the same filter. */
  loadMore(): Promise<void>;
}

/** What a list view reads from the slice (with useShallow, so it re-renders only when these change). */
export const listView = (s: AuditListSlice) => ({
  rows: s.rows,
  total: s.total,
  status: s.status,
  error: s.error,
  loadingMore: s.loadingMore,
  moreError: s.moreError,
  loadMore: s.loadMore,
});
export type AuditListView = ReturnType<typeof listView>;

/** A zustand slice for a history list read newest first, a page at a time. */
export function auditListSlice<State extends AuditListSlice>(
  initialFilter: AuditFilter,
): StateCreator<State, [], [], AuditListSlice> {
  return (set, get) => {
    const patch = (p: Partial<AuditListSlice>) => set(p as Partial<State>);
    return {
      filter: initialFilter,
      rows: [],
      total: null,
      status: 'idle',
      error: null,
      loadingMore: false,
      moreError: null,
      generation: 0,

      load: async (filter) => {
        const generation = get().generation + 1;
        const hasRows = get().total !== null && get().status !== 'error';
        patch({
          filter,
          generation,
          status: hasRows ? 'refreshing' : 'loading',
          error: null,
          moreError: null,
        });
        try {
          const page = await call('audit.list', { ...filter, offset: 0, limit: AUDIT_PAGE_SIZE });
          if (get().generation !== generation) return;
          patch({ rows: page.rows, total: page.total, status: 'ready', loadingMore: false });
        } catch (error) {
          if (get().generation === generation) patch({ status: 'error', error: messageOf(error) });
        }
      },

      loadMore: async () => {
        const { generation, rows, total, status, loadingMore, filter } = get();
        if (loadingMore || status !== 'ready' || total === null || rows.length >= total) return;
        patch({ loadingMore: true, moreError: null });
        try {
          const page = await call('audit.list', { ...filter, offset: rows.length, limit: AUDIT_PAGE_SIZE });
          if (get().generation !== generation) return;
          patch({ rows: [...rows, ...page.rows], total: page.total, loadingMore: false });
        } catch (error) {
          if (get().generation === generation) patch({ loadingMore: false, moreError: messageOf(error) });
        }
      },
    };
  };
}
