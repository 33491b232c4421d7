import type { Household, HouseholdInput, HouseholdRow } from '../../../../shared/schemas/registry/households';
import { call } from '../../lib/api';
import { createRegistryStore } from '../../components/registryStore';

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

export const useHouseholds = createRegistryStore<HouseholdRow, HouseholdsFilter, Household, HouseholdInput>(
  INITIAL_HOUSEHOLDS_FILTER,
  {
    list: (filter, offset, limit) => call('households.list', { ...filter, offset, limit }),
    get: (id) => call('households.get', { id }),
    create: (values) => call('households.create', values),
    update: (id, values) => call('households.update', { id, values }),
    delete: (id) => call('households.delete', { id }),
    restore: (id) => call('households.restore', { id }),
  },
);
