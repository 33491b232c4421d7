import { describe, expect, it } from 'vitest';
import { create } from 'zustand';
import { ApiFailure } from '../lib/api';
import { detailReader, reloadListAndDetail, type DetailFields } from './detailLoad';

interface Detail extends DetailFields {
  name: string | null;
  missing: boolean;
}

const EMPTY: Detail = { id: null, status: 'idle', error: null, name: null, missing: false };

function detailStore() {
  const store = create<{ detail: Detail }>()(() => ({ detail: EMPTY }));
  const read = detailReader<Detail>({ set: store.setState, get: store.getState }, EMPTY, (error) => ({
    missing: error instanceof ApiFailure && error.code === 'NOT_FOUND',
  }));
  return { store, read };
}

function deferred<T>() {
  let resolve!: (value: T) => void;
  const promise = new Promise<T>((res) => (resolve = res));
  return { promise, resolve };
}

const notFound = new ApiFailure({ code: 'NOT_FOUND', message: 'Không tìm thấy' });

describe('detailReader', () => {
  it('opens a record: loading from empty, then ready with what was read', async () => {
    const { store, read } = detailStore();
    await read(1, async () => ({ name: 'Một', missing: false }));
    const answer = deferred<string>();
    const done = read(2, async () => ({ name: await answer.promise, missing: false }));
    expect(store.getState().detail).toEqual({ ...EMPTY, id: 2, status: 'loading' });
    answer.resolve('Hai');
    await done;
    expect(store.getState().detail).toEqual({
      id: 2,
      status: 'ready',
      error: null,
      name: 'Hai',
      missing: false,
    });
  });

  it('keeps the open record on screen while it is read again', async () => {
    const { store, read } = detailStore();
    await read(1, async () => ({ name: 'Một', missing: false }));
    const answer = deferred<string>();
    const done = read(1, async () => ({ name: await answer.promise, missing: false }));
    expect(store.getState().detail).toMatchObject({ id: 1, status: 'ready', name: 'Một' });
    answer.resolve('Một (mới)');
    await done;
    expect(store.getState().detail.name).toBe('Một (mới)');
  });

  it('drops the answer for a record that is no longer open', async () => {
    const { store, read } = detailStore();
    const slow = deferred<string>();
    const first = read(1, async () => ({ name: await slow.promise, missing: false }));
    await read(2, async () => ({ name: 'Hai', missing: false }));
    slow.resolve('Một');
    await first;
    expect(store.getState().detail).toMatchObject({ id: 2, name: 'Hai' });
  });

  it('reports a failure with its message and the extra fields, keeping what was shown', async () => {
    const { store, read } = detailStore();
    await read(1, async () => ({ name: 'Một', missing: false }));
    await read(1, () => Promise.reject(notFound));
    expect(store.getState().detail).toEqual({
      id: 1,
      status: 'error',
      error: 'Không tìm thấy',
      name: 'Một',
      missing: true,
    });
  });

  it('drops the failure for a record that is no longer open', async () => {
    const { store, read } = detailStore();
    let fail!: (error: unknown) => void;
    const first = read(1, () => new Promise((_, reject) => (fail = reject)));
    await read(2, async () => ({ name: 'Hai', missing: false }));
    fail(notFound);
    await first;
    expect(store.getState().detail).toMatchObject({ id: 2, status: 'ready', error: null });
  });
});

describe('reloadListAndDetail', () => {
  function state(open: number | null) {
    const calls: string[] = [];
    const list = deferred<void>();
    const s = {
      detail: { id: open },
      load: () => (calls.push('list'), list.promise),
      loadDetail: (id: number) => (calls.push(`detail ${id}`), Promise.resolve()),
    };
    return { s, calls, list };
  }

  it('reads the list and the open record again, and waits for both', async () => {
    const { s, calls, list } = state(4);
    let done = false;
    const reload = reloadListAndDetail(s).then(() => (done = true));
    expect(calls).toEqual(['list', 'detail 4']);
    await Promise.resolve();
    expect(done).toBe(false);
    list.resolve();
    await reload;
    expect(done).toBe(true);
  });

  it('reads only the list when no record is open', async () => {
    const { s, calls, list } = state(null);
    list.resolve();
    await reloadListAndDetail(s);
    expect(calls).toEqual(['list']);
  });
});
