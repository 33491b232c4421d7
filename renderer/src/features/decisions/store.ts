import { create } from 'zustand';
import type { DecisionStatus } from '../../../../shared/domain/decisions';
import type { CatalogueEntry } from '../../../../shared/schemas/catalogue';
import type { Decision, DecisionInput, DecisionSummary } from '../../../../shared/schemas/decisions';
import type { Settings } from '../../../../shared/schemas/settings';
import type { MovementSummary } from '../../../../shared/schemas/movements';
import { call } from '../../lib/api';
import { messageOf } from '../../lib/errors';
import { runMutation, type MutationResult } from '../../components/mutation';
import { latestLoader, type LoadStatus as Status } from '../../components/latestLoad';

export interface DecisionFilter {
  /** null = every year. */
  year: number | null;
  status: DecisionStatus | null;
  search: string;
}

/** What the decision form offers: signers and the suffix from the settings, the award catalogue, movements. */
export interface DecisionOptions {
  settings: Settings;
  catalogue: CatalogueEntry[];
  /** Movements a decision may belong to (archived ones left out). */
  movements: MovementSummary[];
}

interface DecisionsState {
  filter: DecisionFilter;
  rows: DecisionSummary[];
  status: Status;
  error: string | null;
  options: DecisionOptions | null;
  optionsStatus: Status;
  optionsError: string | null;
  saving: boolean;
  setFilter(next: Partial<DecisionFilter>): void;
  load(): Promise<void>;
  /** Reads the settings and the catalogue (again: other screens may have changed them). */
  loadOptions(): Promise<void>;
  suggestNumber(year: number): Promise<{ number: number; numberText: string } | null>;
  create(values: DecisionInput): Promise<MutationResult<Decision>>;
}

/** The decisions list (#/khen-thuong/quyet-dinh) and what the decision form needs. */
export const useDecisions = create<DecisionsState>()((set, get) => {
  const loadList = latestLoader<DecisionsState>(set);
  return {
    filter: { year: new Date().getFullYear(), status: null, search: '' },
    rows: [],
    status: 'idle',
    error: null,
    options: null,
    optionsStatus: 'idle',
    optionsError: null,
    saving: false,

    setFilter: (next) => {
      set({ filter: { ...get().filter, ...next } });
      void get().load();
    },

    load: () => loadList(async () => ({ rows: await call('decisions.list', { ...get().filter }) })),

    loadOptions: async () => {
      set({ optionsStatus: get().options ? 'ready' : 'loading', optionsError: null });
      try {
        const [settings, catalogue, movements] = await Promise.all([
          call('settings.get', {}),
          call('catalogue.list', {}),
          call('movements.list', {}),
        ]);
        set({ options: { settings, catalogue, movements }, optionsStatus: 'ready' });
      } catch (error) {
        set({ optionsStatus: 'error', optionsError: messageOf(error) });
      }
    },

    suggestNumber: async (year) => {
      try {
        return await call('decisions.suggestNumber', { year });
      } catch {
        return null;
      }
    },

    create: (values) =>
      runMutation(
        (saving) => set({ saving }),
        () => call('decisions.create', values),
        () => void get().load(),
      ),
  };
});
