import { describe, expect, it } from 'vitest';
import { create } from 'zustand';
import { ApiFailure } from '../lib/api';
import { keepWhileRows, latestLoader, latestRequest, type LoadStatus } from './latestLoad';

/** A promise settled from the test, to answer requests in any order. */
function deferred<T>() {
  let resolve!: (value: T) => void;
  let reject!: (error: unknown) => void;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

interface ListState {
  status: LoadStatus;
  error: string | null;
  rows: string[];
}

function listStore(pending?: (s: ListState) => LoadStatus) {
  const store = create<ListState>()(() => ({ status: 'idle', error: null, rows: [] }));
  return { store, load: latestLoader<ListState>(store.setState, pending) };
}

const notFound = new ApiFailure({ code: 'NOT_FOUND', message: 'Không tìm thấy' });

describe('latestRequest', () => {
  it('keeps only the newest ticket current', () => {
    const start = latestRequest();
    const first = start();
    expect(first()).toBe(true);
    const second = start();
    expect(first()).toBe(false);
    expect(second()).toBe(true);
  });

  it('counts each source on its own', () => {
    const a = latestRequest()();
    latestRequest()();
    expect(a()).toBe(true);
  });
});

describe('latestLoader', () => {
  it('shows loading while reading, then the answer as ready', async () => {
    const { store, load } = listStore();
    const answer = deferred<string[]>();
    const done = load(async () => ({ rows: await answer.promise }));
    expect(store.getState().status).toBe('loading');
    answer.resolve(['a']);
    await done;
    expect(store.getState()).toMatchObject({ status: 'ready', error: null, rows: ['a'] });
  });

  it('drops the answer of a read overtaken by a newer one', async () => {
    const { store, load } = listStore();
    const old = deferred<string[]>();
    const fresh = deferred<string[]>();
    const first = load(async () => ({ rows: await old.promise }));
    const second = load(async () => ({ rows: await fresh.promise }));
    fresh.resolve(['new']);
    await second;
    old.resolve(['old']);
    await first;
    expect(store.getState().rows).toEqual(['new']);
  });

  it('drops the failure of an overtaken read', async () => {
    const { store, load } = listStore();
    const old = deferred<string[]>();
    const first = load(async () => ({ rows: await old.promise }));
    await load(async () => ({ rows: ['new'] }));
    old.reject(notFound);
    await first;
    expect(store.getState()).toMatchObject({ status: 'ready', error: null, rows: ['new'] });
  });

  it('reports a failure with its message and clears it on the next read', async () => {
    const { store, load } = listStore();
    await load(() => Promise.reject(notFound));
    expect(store.getState()).toMatchObject({ status: 'error', error: 'Không tìm thấy' });
    const answer = deferred<string[]>();
    const done = load(async () => ({ rows: await answer.promise }));
    expect(store.getState().error).toBeNull();
    answer.resolve([]);
    await done;
  });

  it('shows the pending status it is given while reading', async () => {
    const { store, load } = listStore(keepWhileRows);
    await load(async () => ({ rows: ['a'] }));
    const answer = deferred<string[]>();
    const done = load(async () => ({ rows: await answer.promise }));
    expect(store.getState().status).toBe('ready');
    answer.resolve(['a', 'b']);
    await done;
  });
});

describe('keepWhileRows', () => {
  it('keeps the status while rows are shown, else shows loading', () => {
    expect(keepWhileRows({ status: 'error', error: null, rows: ['a'] })).toBe('error');
    expect(keepWhileRows({ status: 'ready', error: null, rows: [] })).toBe('loading');
  });
});
