import type { ActivityFilter, Gender, StaffCategory } from '../../../../shared/domain/registry';
import type { Person, PersonInput, PersonRow } from '../../../../shared/schemas/registry/people';
import { call } from '../../lib/api';
import { createRegistryStore } from '../../components/registryStore';

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

export const usePeople = createRegistryStore<PersonRow, PeopleFilter, Person, PersonInput>(
  INITIAL_PEOPLE_FILTER,
  {
    list: (filter, offset, limit) => call('people.list', { ...filter, offset, limit }),
    get: (id) => call('people.get', { id }),
    create: (values) => call('people.create', values),
    update: (id, values) => call('people.update', { id, values }),
    delete: (id) => call('people.delete', { id }),
    restore: (id) => call('people.restore', { id }),
  },
);
