import { create } from 'zustand';
import type { ActivityFilter, Gender, StaffCategory } from '../../../../shared/domain/registry';
import type { Person, PersonInput, PersonRow } from '../../../../shared/schemas/registry/people';
import { foldForSearch } from '../../../../shared/rules/search';
import { call } from '../../lib/api';
import { messageOf } from '../../lib/errors';
import { pagedListSlice, type PagedListSlice } from '../../components/pagedList';
import { failureOf, type MutationResult } from '../../components/mutation';

/** The list's filter as the screen holds it (the API's filter without paging). */
export interface PeopleFilter {
  /** Folded (lower case, no tone marks): what is sent. */
  query: string;
  unitId: number | null;
  staffCategory: StaffCategory | null;
  gender: Gender | null;
  status: ActivityFilter;
  trashed: boolean;
}

export const INITIAL_PEOPLE_FILTER: PeopleFilter = {
  query: '',
  unitId: null,
  staffCategory: null,
  gender: null,
  status: 'active',
  trashed: false,
};

interface DetailState {
  id: number | null;
  person: Person | null;
  status: 'idle' | 'loading' | 'ready' | 'error';
  error: string | null;
}

interface PeopleState extends PagedListSlice<PersonRow, PeopleFilter> {
  /** The search box as typed (the filter holds its folded form). */
  searchText: string;
  /** Searches for what was typed; nothing is sent when the folded text did not change. */
  search(text: string): void;
  detail: DetailState;
  loadDetail(id: number): Promise<void>;
  saving: boolean;
  /** Creates (id null) or updates a person. */
  save(id: number | null, values: PersonInput): Promise<MutationResult<Person>>;
  /** To the trash. */
  remove(id: number): Promise<MutationResult<Person>>;
  restore(id: number): Promise<MutationResult<Person>>;
}

let detailRequest = 0;

export const usePeople = create<PeopleState>()((set, get, store) => {
  /** Keeps the detail and the list in step with a record the API returned. */
  const changed = (person: Person) => {
    if (get().detail.id === person.id) set({ detail: { ...get().detail, person } });
    if (get().generation > 0) get().reload();
  };

  const mutate = async (run: () => Promise<Person>): Promise<MutationResult<Person>> => {
    set({ saving: true });
    try {
      const person = await run();
      changed(person);
      return { ok: true, value: person };
    } catch (error) {
      return failureOf(error);
    } finally {
      set({ saving: false });
    }
  };

  return {
    ...pagedListSlice<PersonRow, PeopleFilter, PeopleState>(INITIAL_PEOPLE_FILTER, (filter, offset, limit) =>
      call('people.list', { ...filter, offset, limit }),
    )(set, get, store),

    searchText: '',
    search: (text) => {
      set({ searchText: text });
      const query = foldForSearch(text);
      if (query !== get().filter.query) get().setFilter({ query });
    },

    detail: { id: null, person: null, status: 'idle', error: null },
    loadDetail: async (id) => {
      const request = ++detailRequest;
      const keep = get().detail.id === id ? get().detail.person : null;
      set({ detail: { id, person: keep, status: 'loading', error: null } });
      try {
        const person = await call('people.get', { id });
        if (request === detailRequest) set({ detail: { id, person, status: 'ready', error: null } });
      } catch (error) {
        if (request === detailRequest)
          set({ detail: { id, person: null, status: 'error', error: messageOf(error) } });
      }
    },

    saving: false,
    save: (id, values) =>
      mutate(() => (id === null ? call('people.create', values) : call('people.update', { id, values }))),
    remove: (id) => mutate(() => call('people.delete', { id })),
    restore: (id) => mutate(() => call('people.restore', { id })),
  };
});
