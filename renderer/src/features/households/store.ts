import { create } from 'zustand';
import type { Household, HouseholdInput, HouseholdRow } from '../../../../shared/schemas/registry/households';
import { foldForSearch } from '../../../../shared/rules/search';
import { call } from '../../lib/api';
import { messageOf } from '../../lib/errors';
import { pagedListSlice, type PagedListSlice } from '../../components/pagedList';
import { failureOf, type MutationResult } from '../../components/mutation';

/** The list's filter as the screen holds it (the API's filter without paging). */
export interface HouseholdsFilter {
  /** Folded (lower case, no tone marks): what is sent. */
  query: string;
  residentialGroupUnitId: number | null;
  trashed: boolean;
}

export const INITIAL_HOUSEHOLDS_FILTER: HouseholdsFilter = {
  query: '',
  residentialGroupUnitId: null,
  trashed: false,
};

interface DetailState {
  id: number | null;
  household: Household | null;
  status: 'idle' | 'loading' | 'ready' | 'error';
  error: string | null;
}

interface HouseholdsState extends PagedListSlice<HouseholdRow, HouseholdsFilter> {
  searchText: string;
  search(text: string): void;
  detail: DetailState;
  loadDetail(id: number): Promise<void>;
  saving: boolean;
  save(id: number | null, values: HouseholdInput): Promise<MutationResult<Household>>;
  remove(id: number): Promise<MutationResult<Household>>;
  restore(id: number): Promise<MutationResult<Household>>;
}

let detailRequest = 0;

export const useHouseholds = create<HouseholdsState>()((set, get, store) => {
  const changed = (household: Household) => {
    if (get().detail.id === household.id) set({ detail: { ...get().detail, household } });
    if (get().generation > 0) get().reload();
  };

  const mutate = async (run: () => Promise<Household>): Promise<MutationResult<Household>> => {
    set({ saving: true });
    try {
      const household = await run();
      changed(household);
      return { ok: true, value: household };
    } catch (error) {
      return failureOf(error);
    } finally {
      set({ saving: false });
    }
  };

  return {
    ...pagedListSlice<HouseholdRow, HouseholdsFilter, HouseholdsState>(
      INITIAL_HOUSEHOLDS_FILTER,
      (filter, offset, limit) => call('households.list', { ...filter, offset, limit }),
    )(set, get, store),

    searchText: '',
    search: (text) => {
      set({ searchText: text });
      const query = foldForSearch(text);
      if (query !== get().filter.query) get().setFilter({ query });
    },

    detail: { id: null, household: null, status: 'idle', error: null },
    loadDetail: async (id) => {
      const request = ++detailRequest;
      const keep = get().detail.id === id ? get().detail.household : null;
      set({ detail: { id, household: keep, status: 'loading', error: null } });
      try {
        const household = await call('households.get', { id });
        if (request === detailRequest) set({ detail: { id, household, status: 'ready', error: null } });
      } catch (error) {
        if (request === detailRequest)
          set({ detail: { id, household: null, status: 'error', error: messageOf(error) } });
      }
    },

    saving: false,
    save: (id, values) =>
      mutate(() =>
        id === null ? call('households.create', values) : call('households.update', { id, values }),
      ),
    remove: (id) => mutate(() => call('households.delete', { id })),
    restore: (id) => mutate(() => call('households.restore', { id })),
  };
});
