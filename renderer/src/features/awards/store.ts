import { create } from 'zustand';
import type { HouseholdRounding } from '../../../../shared/domain/awards';
import type {
  BaseSalary,
  BaseSalaryInput,
  CatalogueEntry,
  CatalogueInput,
} from '../../../../shared/schemas/catalogue';
import { DEFAULT_SETTINGS } from '../../../../shared/schemas/settings';
import { call } from '../../lib/api';
import { messageOf } from '../../lib/errors';
import { runMutation, type MutationResult } from '../../components/mutation';

type Status = 'idle' | 'loading' | 'ready' | 'error';

interface CatalogueState {
  status: Status;
  error: string | null;
  entries: CatalogueEntry[];
  salaries: BaseSalary[];
  /** From the settings: how household money is rounded (shown in the money column). */
  householdRounding: HouseholdRounding;
  busy: boolean;
  /** Reads the catalogue, the base salary table and the rounding setting together. */
  load(): Promise<void>;
  save(id: number | null, values: CatalogueInput): Promise<MutationResult<CatalogueEntry>>;
  setActive(id: number, active: boolean): Promise<MutationResult<CatalogueEntry>>;
  remove(id: number): Promise<MutationResult<{ id: number }>>;
  addSalary(values: BaseSalaryInput): Promise<MutationResult<BaseSalary>>;
  removeSalary(id: number): Promise<MutationResult<{ id: number }>>;
}

export const useCatalogue = create<CatalogueState>()((set, get) => {
  /** Runs a write, then reads the catalogue again. */
  const change = <T>(run: () => Promise<T>) =>
    runMutation(
      (busy) => set({ busy }),
      run,
      () => get().load(),
    );

  return {
    status: 'idle',
    error: null,
    entries: [],
    salaries: [],
    householdRounding: DEFAULT_SETTINGS.householdRounding,
    busy: false,

    load: async () => {
      set({ status: 'loading', error: null });
      try {
        const [entries, salaries, settings] = await Promise.all([
          call('catalogue.list', {}),
          call('salaries.list', {}),
          call('settings.get', {}),
        ]);
        set({ status: 'ready', entries, salaries, householdRounding: settings.householdRounding });
      } catch (error) {
        set({ status: 'error', error: messageOf(error) });
      }
    },
    save: (id, values) =>
      change(() =>
        id === null ? call('catalogue.create', values) : call('catalogue.update', { id, values }),
      ),
    setActive: (id, active) =>
      change(() => call(active ? 'catalogue.reactivate' : 'catalogue.retire', { id })),
    remove: (id) => change(() => call('catalogue.delete', { id })),
    addSalary: (values) => change(() => call('salaries.create', values)),
    removeSalary: (id) => change(() => call('salaries.delete', { id })),
  };
});
