import { createContext, useContext } from 'react';
import { createStore, useStore, type StoreApi } from 'zustand';
import type { CatalogueEntry } from '../../../../shared/schemas/catalogue';
import type { Cluster } from '../../../../shared/schemas/registry/units';
import type { RegistrationResult, RegistrationStatus } from '../../../../shared/domain/registrations';
import type {
  BulkRegisterResult,
  BulkTarget,
  NotRegisteredResult,
  Registration,
  RegistrationInput,
} from '../../../../shared/schemas/registrations';
import { call } from '../../lib/api';
import { runMutation, type MutationResult } from '../../components/mutation';
import { keepWhileRows, latestLoader, type LoadStatus as Status } from '../../components/latestLoad';

/** What the list is about: one movement (or the year-only registrations) in one year. */
export interface Scope {
  year: number;
  movementId: number | null;
  movementName: string | null;
  /** A closed (or archived) movement: the list is shown without write actions. */
  readOnly: boolean;
}

export interface RegistrationsState {
  scope: Scope;
  statusFilter: RegistrationStatus | null;
  search: string;
  status: Status;
  error: string | null;
  rows: Registration[];
  missing: NotRegisteredResult | null;
  /** Active danh hiệu thi đua (not hình thức khen thưởng), for the title pickers. */
  titles: CatalogueEntry[];
  clusters: Cluster[];
  busy: boolean;
  setScope(next: Partial<Scope>): void;
  setFilters(next: { statusFilter?: RegistrationStatus | null; search?: string }): void;
  load(): Promise<void>;
  loadOptions(): Promise<void>;
  create(values: Omit<RegistrationInput, 'movementId' | 'year'>): Promise<MutationResult<Registration>>;
  update(id: number, titles: number[], commitments: string): Promise<MutationResult<Registration>>;
  send(id: number): Promise<MutationResult<Registration>>;
  approve(id: number): Promise<MutationResult<Registration>>;
  returnRegistration(id: number, reason: string): Promise<MutationResult<Registration>>;
  setResult(
    id: number,
    result: RegistrationResult | null,
    note: string,
  ): Promise<MutationResult<Registration>>;
  remove(id: number): Promise<MutationResult<{ id: number }>>;
  bulk(
    target: BulkTarget,
    titles: number[],
    commitments: string,
  ): Promise<MutationResult<BulkRegisterResult>>;
}

/** One store per mounted list (the tab and a movement's page each keep their own scope). */
export function createRegistrationsStore(scope: Scope): StoreApi<RegistrationsState> {
  return createStore<RegistrationsState>()((set, get) => {
    const loadList = latestLoader<RegistrationsState>(set, keepWhileRows);
    /** Runs a write, then reads the list and the not-registered units again. */
    const change = <T>(run: () => Promise<T>) =>
      runMutation(
        (busy) => set({ busy }),
        run,
        () => get().load(),
      );
    const scoped = () => ({ movementId: get().scope.movementId, year: get().scope.year });

    return {
      scope,
      statusFilter: null,
      search: '',
      status: 'idle',
      error: null,
      rows: [],
      missing: null,
      titles: [],
      clusters: [],
      busy: false,

      setScope: (next) => {
        const before = get().scope;
        const after = { ...before, ...next };
        set({ scope: after });
        if (after.year !== before.year || after.movementId !== before.movementId) void get().load();
      },
      setFilters: (next) => {
        set(next);
        void get().load();
      },
      load: () =>
        loadList(async () => {
          const { statusFilter, search } = get();
          const [rows, missing] = await Promise.all([
            call('registrations.list', { ...scoped(), status: statusFilter, search }),
            call('registrations.notRegistered', scoped()),
          ]);
          return { rows, missing };
        }),
      loadOptions: async () => {
        try {
          const [entries, clusters] = await Promise.all([
            call('catalogue.list', {}),
            call('clusters.list', {}),
          ]);
          set({ titles: entries.filter((e) => e.active && e.kind === 'title'), clusters });
        } catch {
          // The pickers show empty lists; the list's own load reports failures.
        }
      },
      create: (values) => change(() => call('registrations.create', { ...scoped(), ...values })),
      update: (id, titles, commitments) =>
        change(() => call('registrations.update', { id, titles, commitments })),
      send: (id) => change(() => call('registrations.send', { id })),
      approve: (id) => change(() => call('registrations.approve', { id })),
      returnRegistration: (id, reason) => change(() => call('registrations.return', { id, reason })),
      setResult: (id, result, note) => change(() => call('registrations.setResult', { id, result, note })),
      remove: (id) => change(() => call('registrations.delete', { id })),
      bulk: (target, titles, commitments) =>
        change(() => call('registrations.bulkRegister', { ...scoped(), target, titles, commitments })),
    };
  });
}

export const RegistrationsContext = createContext<StoreApi<RegistrationsState> | null>(null);

/** Selects from the store of the list this component belongs to. */
export function useRegistrations<T>(selector: (s: RegistrationsState) => T): T {
  const store = useContext(RegistrationsContext);
  if (!store) throw new Error('useRegistrations outside a RegistrationsContext');
  return useStore(store, selector);
}

const ALLOWS = {
  collective: 'allowsCollective',
  individual: 'allowsIndividual',
  household: 'allowsHousehold',
} as const;

/** The titles a kind of registrant may register for, as select options. */
export function titleOptions(titles: CatalogueEntry[], kind: keyof typeof ALLOWS) {
  return titles.filter((e) => e[ALLOWS[kind]]).map((e) => ({ value: String(e.id), label: e.name }));
}
