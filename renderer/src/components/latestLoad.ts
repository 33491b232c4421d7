import { messageOf } from '../lib/errors';

export type LoadStatus = 'idle' | 'loading' | 'ready' | 'error';

/** How a store tells the screen where its read stands. */
export interface LoadFields {
  status: LoadStatus;
  error: string | null;
}

/**
 * Hands out request tickets: each call starts a request and returns whether it is still the latest
 * one, so the answer to a request overtaken by a newer one can be dropped.
 */
export function latestRequest(): () => () => boolean {
  let latest = 0;
  return () => {
    const mine = ++latest;
    return () => mine === latest;
  };
}

type SetState<S> = (update: (state: S) => Partial<S>) => void;

/**
 * Reads into a store's fields, keeping `status` and `error` in step, where only the latest read
 * writes: the answer or failure of a read overtaken by a newer one (the filter changed meanwhile)
 * is dropped. `pending` is the status shown while reading.
 */
export function latestLoader<S extends LoadFields>(
  set: SetState<S>,
  pending: (state: S) => LoadStatus = () => 'loading',
): (read: () => Promise<Partial<S>>) => Promise<void> {
  const start = latestRequest();
  return async (read) => {
    const isLatest = start();
    set((s) => ({ status: pending(s), error: null }) as Partial<S>);
    try {
      const values = await read();
      if (isLatest()) set(() => ({ ...values, status: 'ready' }) as Partial<S>);
    } catch (error) {
      if (isLatest()) set(() => ({ status: 'error', error: messageOf(error) }) as Partial<S>);
    }
  };
}

/** A list with rows on screen keeps its status while it reads again: no spinner over the rows. */
export function keepWhileRows(state: LoadFields & { rows: readonly unknown[] }): LoadStatus {
  return state.rows.length > 0 ? state.status : 'loading';
}
