import { create } from 'zustand';
import type { CatalogueKind, RecipientKind } from '../../../../shared/domain/awards';
import type { StaffCategory } from '../../../../shared/domain/registry';
import type { CatalogueEntry } from '../../../../shared/schemas/catalogue';
import type { AwardRecord, AwardSearchQuery } from '../../../../shared/schemas/award-history';
import { call } from '../../lib/api';
import { messageOf } from '../../lib/errors';
import { pagedListSlice, type PagedListSlice } from '../../components/pagedList';
import type { SaveState } from '../transfer/store';

/** The lookup's filter as the screen holds it; the year range becomes `year` when both ends match. */
export interface LookupFilter {
  yearFrom: number | null;
  yearTo: number | null;
  catalogueId: number | null;
  catalogueKind: CatalogueKind | null;
  unitId: number | null;
  recipientKind: RecipientKind | null;
  staffCategory: StaffCategory | null;
  search: string;
}

export const thisYear = () => new Date().getFullYear();

export const initialLookupFilter = (): LookupFilter => ({
  yearFrom: thisYear(),
  yearTo: thisYear(),
  catalogueId: null,
  catalogueKind: null,
  unitId: null,
  recipientKind: null,
  staffCategory: null,
  search: '',
});

/** What is sent: one year as `year`, a range as its ends. */
export function queryOf(f: LookupFilter): Omit<AwardSearchQuery, 'offset' | 'limit'> {
  const { yearFrom, yearTo, ...rest } = f;
  const years = yearFrom !== null && yearFrom === yearTo ? { year: yearFrom } : { yearFrom, yearTo };
  return { ...rest, ...years };
}

interface LookupState extends PagedListSlice<AwardRecord, LookupFilter> {
  /** Đồng, over every matching line; null until the first answer. */
  totalAmount: number | null;
  catalogue: CatalogueEntry[];
  loadCatalogue(): Promise<void>;
  exportState: SaveState;
  exportExcel(): Promise<void>;
}

/** The "Tra cứu" tab: a paged, virtualised list of award lines, its totals and its Excel export. */
export const useAwardLookup = create<LookupState>()((set, get, api) => ({
  ...pagedListSlice<AwardRecord, LookupFilter, LookupState>(
    initialLookupFilter(),
    async (filter, offset, limit) => {
      const page = await call('awards.search', { ...queryOf(filter), offset, limit });
      // The money belongs to the filter it was read for; answers to an older filter are not shown.
      if (get().filter === filter) set({ totalAmount: page.totalAmount });
      return page;
    },
  )(set, get, api),
  totalAmount: null,
  catalogue: [],
  loadCatalogue: async () => {
    try {
      set({ catalogue: await call('catalogue.list', {}) });
    } catch {
      // The filter then offers no catalogue entries; the lookup itself still works.
    }
  },
  exportState: { status: 'idle' },
  exportExcel: async () => {
    set({ exportState: { status: 'saving' } });
    try {
      const outcome = await call('awards.export', queryOf(get().filter));
      set({
        exportState: outcome.saved
          ? { status: 'saved', location: outcome.location }
          : { status: 'cancelled' },
      });
    } catch (error) {
      set({ exportState: { status: 'failed', message: messageOf(error) } });
    }
  },
}));
