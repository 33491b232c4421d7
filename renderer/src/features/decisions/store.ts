import { create } from 'zustand';
import type { DecisionStatus } from '../../../../shared/domain/decisions';
import type { CatalogueEntry } from '../../../../shared/schemas/catalogue';
import type { Decision, DecisionInput, DecisionSummary } from '../../../../shared/schemas/decisions';
import type { Settings } from '../../../../shared/schemas/settings';
import type { MovementSummary } from '../../../../shared/schemas/movements';
import { call } from '../../lib/api';
import { messageOf } from '../../lib/errors';
import { failureOf, type MutationResult } from '../../components/mutation';

type Status = 'idle' | 'loading' | 'ready' | 'error';

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

let listRequest = 0;

/** The decisions list (#/khen-thuong/quyet-dinh) and what the decision form needs. */
export const useDecisions = create<DecisionsState>()((set, get) => ({
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

  load: async () => {
    const request = ++listRequest;
    set({ status: 'loading', error: null });
    try {
      const rows = await call('decisions.list', { ...get().filter });
      if (request === listRequest) set({ rows, status: 'ready' });
    } catch (error) {
      if (request === listRequest) set({ status: 'error', error: messageOf(error) });
    }
  },

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

  create: async (values) => {
    set({ saving: true });
    try {
      const decision = await call('decisions.create', values);
      void get().load();
      return { ok: true, value: decision };
    } catch (error) {
      return failureOf(error);
    } finally {
      set({ saving: false });
    }
  },
}));
