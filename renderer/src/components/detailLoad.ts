import { messageOf } from '../lib/errors';
import type { LoadFields } from './latestLoad';

/** The record a detail page shows, with the state of its read. */
export interface DetailFields extends LoadFields {
  id: number | null;
}

interface DetailStore<D> {
  set(update: (state: { detail: D }) => { detail: D }): void;
  get(): { detail: D };
}

/**
 * Reads the record of a detail page into a store's `detail`. Opening another record starts from
 * `empty` (nothing of the previous one shows); reading the open one again keeps it on screen. An
 * answer for a record that is no longer open is dropped. `failed` adds fields to a failure.
 */
export function detailReader<D extends DetailFields>(
  store: DetailStore<D>,
  empty: D,
  failed: (error: unknown) => Partial<D> = () => ({}),
): (id: number, read: () => Promise<Omit<D, keyof DetailFields>>) => Promise<void> {
  const { set, get } = store;
  return async (id, read) => {
    set((s) => ({
      detail: s.detail.id === id ? { ...s.detail, error: null } : { ...empty, id, status: 'loading' },
    }));
    try {
      const values = await read();
      if (get().detail.id === id)
        set(() => ({ detail: { ...values, id, status: 'ready', error: null } as D }));
    } catch (error) {
      if (get().detail.id === id)
        set((s) => ({ detail: { ...s.detail, status: 'error', error: messageOf(error), ...failed(error) } }));
    }
  };
}

/** What a store with a list and a detail page offers to read both again. */
export interface ListAndDetail {
  detail: { id: number | null };
  load(): Promise<void>;
  loadDetail(id: number): Promise<void>;
}

/** Reads again the list and the record open on the detail page (if any), together: after a write. */
export async function reloadListAndDetail(state: ListAndDetail): Promise<void> {
  const open = state.detail.id;
  await Promise.all([state.load(), open === null ? null : state.loadDetail(open)]);
}
