import { create } from 'zustand';
import type { Page } from '../../../shared/schemas/registry/people';
import { foldForSearch } from '../../../shared/rules/search';
import { messageOf } from '../lib/errors';
import { pagedListSlice, type PagedListSlice } from './pagedList';
import { runMutation, type MutationResult } from './mutation';
import { latestRequest } from './latestLoad';

/** The API calls behind one registry's list, detail page and forms. */
export interface RegistryApi<Row, Filter, Rec, Input> {
  list(filter: Filter, offset: number, limit: number): Promise<Page<Row>>;
  get(id: number): Promise<Rec>;
  create(values: Input): Promise<Rec>;
  update(id: number, values: Input): Promise<Rec>;
  /** To the trash. */
  delete(id: number): Promise<Rec>;
  restore(id: number): Promise<Rec>;
}

export interface RecordDetail<Rec> {
  id: number | null;
  record: Rec | null;
  status: 'idle' | 'loading' | 'ready' | 'error';
  error: string | null;
}

export interface RegistryState<Row, Filter, Rec, Input> extends PagedListSlice<Row, Filter> {
  /** The search box as typed (the filter holds its folded form). */
  searchText: string;
  /** Searches for what was typed; nothing is sent when the folded text did not change. */
  search(text: string): void;
  detail: RecordDetail<Rec>;
  loadDetail(id: number): Promise<void>;
  saving: boolean;
  /** Creates (id null) or updates a record. */
  save(id: number | null, values: Input): Promise<MutationResult<Rec>>;
  /** To the trash. */
  remove(id: number): Promise<MutationResult<Rec>>;
  restore(id: number): Promise<MutationResult<Rec>>;
}

/**
 * A registry store as shared screens use it, whatever its filter and form values: the hook with a
 * selector, and `getState` for a value read once.
 */
export interface RegistryStoreHook<Row, Rec, Filter = { trashed: boolean }> {
  <U>(selector: (state: RegistryState<Row, Filter, Rec, unknown>) => U): U;
  getState(): RegistryState<Row, Filter, Rec, unknown>;
}

/**
 * The store of a registry (people, households): its long paged list with a folded search, the
 * record on its detail page, and the save / delete / restore that keep both in step.
 */
export function createRegistryStore<Row, Filter extends { query: string }, Rec extends { id: number }, Input>(
  initialFilter: Filter,
  api: RegistryApi<Row, Filter, Rec, Input>,
) {
  type State = RegistryState<Row, Filter, Rec, Input>;
  const startDetail = latestRequest();

  return create<State>()((set, get, store) => {
    /** Keeps the detail and the list in step with a record the API returned. */
    const changed = (record: Rec) => {
      if (get().detail.id === record.id) set({ detail: { ...get().detail, record } });
      if (get().generation > 0) get().reload();
    };

    const mutate = (run: () => Promise<Rec>) => runMutation((saving) => set({ saving }), run, changed);

    return {
      ...pagedListSlice<Row, Filter, State>(initialFilter, api.list)(set, get, store),

      searchText: '',
      search: (text) => {
        set({ searchText: text });
        const query = foldForSearch(text);
        if (query !== get().filter.query) get().setFilter({ query } as Partial<Filter>);
      },

      detail: { id: null, record: null, status: 'idle', error: null },
      loadDetail: async (id) => {
        const isLatest = startDetail();
        const keep = get().detail.id === id ? get().detail.record : null;
        set({ detail: { id, record: keep, status: 'loading', error: null } });
        try {
          const record = await api.get(id);
          if (isLatest()) set({ detail: { id, record, status: 'ready', error: null } });
        } catch (error) {
          if (isLatest()) set({ detail: { id, record: null, status: 'error', error: messageOf(error) } });
        }
      },

      saving: false,
      save: (id, values) => mutate(() => (id === null ? api.create(values) : api.update(id, values))),
      remove: (id) => mutate(() => api.delete(id)),
      restore: (id) => mutate(() => api.restore(id)),
    };
  });
}
