import { create } from 'zustand';
import type { ActivityFilter, UnitKind } from '../../../../shared/domain/registry';
import type { ErrorCode } from '../../../../shared/errors';
import type { Page, PersonRow } from '../../../../shared/schemas/registry/people';
import type { Unit, UnitInput, UnitListFilter, UnitRow } from '../../../../shared/schemas/registry/units';
import { ApiFailure, call } from '../../lib/api';
import { messageOf } from '../../lib/errors';

/** The list's filter as the toolbar edits it (the trash is its own view). */
export interface UnitFilter {
  query: string;
  kind: UnitKind | null;
  clusterId: number | null;
  status: ActivityFilter;
}

export type UnitsView = 'tree' | 'table';
type Status = 'idle' | 'loading' | 'ready' | 'error';

interface Loaded<T> {
  status: Status;
  data: T | null;
  /** The Vietnamese message of the last failed read. */
  error: string | null;
}

export type ActionResult<T = Unit> =
  { ok: true; value: T } | { ok: false; code: ErrorCode; message: string; fields: Record<string, string> };

export interface DeactivateInput {
  id: number;
  activeTo: string;
  successorId: number | null;
  reason: string;
}

/** Which dialog is open over the list or the detail page. */
export type UnitDialog =
  | { kind: 'form'; unit: Unit | null }
  | { kind: 'deactivate'; unit: UnitRow }
  | { kind: 'delete'; unit: UnitRow };

/** How many of a unit's people its detail page lists. */
export const DETAIL_PEOPLE_LIMIT = 50;

interface UnitsState {
  filter: UnitFilter;
  view: UnitsView;
  /** Tree nodes the user folded; everything else is open. */
  collapsed: number[];
  list: Loaded<UnitRow[]>;
  trash: Loaded<UnitRow[]>;
  /** Every unit not in the trash, for the parent and successor pickers. */
  options: Loaded<UnitRow[]>;
  detail: Loaded<Unit> & { id: number | null; notFound: boolean };
  people: Loaded<Page<PersonRow>>;
  dialog: UnitDialog | null;
  busy: boolean;

  setFilter(patch: Partial<UnitFilter>): void;
  setView(view: UnitsView): void;
  toggleCollapsed(id: number): void;
  setCollapsed(ids: number[]): void;
  loadList(): Promise<void>;
  loadTrash(): Promise<void>;
  loadOptions(): Promise<void>;
  loadDetail(id: number): Promise<void>;
  /** The detail page was left: stop reading it again after changes. */
  leaveDetail(): void;

  openCreate(): void;
  /** Opens the form on a unit, reading it first when only its row is at hand. */
  openEdit(unit: Unit | number): Promise<ActionResult>;
  openDeactivate(unit: UnitRow): void;
  openDelete(unit: UnitRow): void;
  closeDialog(): void;

  save(id: number | null, values: UnitInput): Promise<ActionResult>;
  deactivate(input: DeactivateInput): Promise<ActionResult>;
  reactivate(id: number): Promise<ActionResult>;
  remove(id: number): Promise<ActionResult>;
  restore(id: number): Promise<ActionResult>;
}

const idle = <T>(): Loaded<T> => ({ status: 'idle', data: null, error: null });

export const DEFAULT_FILTER: UnitFilter = { query: '', kind: null, clusterId: null, status: 'active' };

/** The API's filter for the list: what the export must receive too, so the file matches the screen. */
export function listFilterOf(filter: UnitFilter): UnitListFilter {
  return { ...filter, trashed: false };
}

function failed(error: unknown): ActionResult<never> {
  return error instanceof ApiFailure
    ? { ok: false, code: error.code, message: error.message, fields: error.fields }
    : { ok: false, code: 'INTERNAL', message: messageOf(error), fields: {} };
}

// Each read carries a ticket; an answer that arrives after a newer request was sent is dropped,
// so fast typing in the search box never leaves an older result on screen.
const tickets = { list: 0, trash: 0, options: 0, detail: 0, people: 0 };

export const useUnits = create<UnitsState>()((set, get) => {
  /** Reads `key` through `read`, keeping the previous data on screen while it loads. */
  async function read<K extends 'list' | 'trash' | 'options' | 'people'>(
    key: K,
    fetch: () => Promise<NonNullable<UnitsState[K]['data']>>,
  ) {
    const ticket = ++tickets[key];
    set({ [key]: { ...get()[key], status: 'loading', error: null } } as Partial<UnitsState>);
    try {
      const data = await fetch();
      if (ticket === tickets[key])
        set({ [key]: { status: 'ready', data, error: null } } as Partial<UnitsState>);
    } catch (error) {
      if (ticket === tickets[key])
        set({ [key]: { ...get()[key], status: 'error', error: messageOf(error) } } as Partial<UnitsState>);
    }
  }

  /** After a change, reads again whatever is on screen. */
  function refresh() {
    const s = get();
    if (s.list.status !== 'idle') void s.loadList();
    if (s.trash.status !== 'idle') void s.loadTrash();
    if (s.options.status !== 'idle') void s.loadOptions();
    if (s.detail.id !== null) void s.loadDetail(s.detail.id);
  }

  /** Runs a change; on success refreshes the screens and closes the dialog. */
  async function change(run: () => Promise<Unit>): Promise<ActionResult> {
    set({ busy: true });
    try {
      const unit = await run();
      set({ dialog: null });
      refresh();
      return { ok: true, value: unit };
    } catch (error) {
      return failed(error);
    } finally {
      set({ busy: false });
    }
  }

  return {
    filter: DEFAULT_FILTER,
    view: 'tree',
    collapsed: [],
    list: idle(),
    trash: idle(),
    options: idle(),
    detail: { ...idle<Unit>(), id: null, notFound: false },
    people: idle(),
    dialog: null,
    busy: false,

    setFilter: (patch) => {
      set({ filter: { ...get().filter, ...patch } });
      void get().loadList();
    },
    setView: (view) => set({ view }),
    toggleCollapsed: (id) => {
      const collapsed = get().collapsed;
      set({ collapsed: collapsed.includes(id) ? collapsed.filter((c) => c !== id) : [...collapsed, id] });
    },
    setCollapsed: (ids) => set({ collapsed: ids }),

    loadList: () => read('list', () => call('units.list', listFilterOf(get().filter))),
    loadTrash: () => read('trash', () => call('units.list', { status: 'all', trashed: true })),
    loadOptions: () => read('options', () => call('units.list', { status: 'all' })),

    loadDetail: async (id) => {
      const ticket = ++tickets.detail;
      const same = get().detail.id === id;
      set({
        detail: {
          ...(same ? get().detail : idle<Unit>()),
          id,
          status: 'loading',
          error: null,
          notFound: false,
        },
      });
      if (!same) set({ people: idle() });
      void read('people', () => call('people.list', { unitId: id, limit: DETAIL_PEOPLE_LIMIT, offset: 0 }));
      try {
        const unit = await call('units.get', { id });
        if (ticket === tickets.detail)
          set({ detail: { id, status: 'ready', data: unit, error: null, notFound: false } });
      } catch (error) {
        if (ticket !== tickets.detail) return;
        const notFound = error instanceof ApiFailure && error.code === 'NOT_FOUND';
        set({ detail: { id, status: 'error', data: null, error: messageOf(error), notFound } });
      }
    },

    leaveDetail: () => {
      tickets.detail++;
      tickets.people++;
      set({ detail: { ...idle<Unit>(), id: null, notFound: false }, people: idle() });
    },

    openCreate: () => set({ dialog: { kind: 'form', unit: null } }),
    openEdit: async (unit) => {
      if (typeof unit !== 'number') {
        set({ dialog: { kind: 'form', unit } });
        return { ok: true, value: unit };
      }
      try {
        const full = await call('units.get', { id: unit });
        set({ dialog: { kind: 'form', unit: full } });
        return { ok: true, value: full };
      } catch (error) {
        return failed(error);
      }
    },
    openDeactivate: (unit) => set({ dialog: { kind: 'deactivate', unit } }),
    openDelete: (unit) => set({ dialog: { kind: 'delete', unit } }),
    closeDialog: () => set({ dialog: null }),

    save: (id, values) =>
      change(() => (id === null ? call('units.create', values) : call('units.update', { id, values }))),
    deactivate: (input) => change(() => call('units.deactivate', input)),
    reactivate: (id) => change(() => call('units.reactivate', { id })),
    remove: (id) => change(() => call('units.delete', { id })),
    restore: (id) => change(() => call('units.restore', { id })),
  };
});
