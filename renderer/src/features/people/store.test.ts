import { describe, expect, it } from 'vitest';
import { waitFor } from '@testing-library/react';
import type { PeopleListFilter } from '../../../../shared/schemas/registry/people';
import { MAX_CACHED_PAGES, PAGE_SIZE, rowAt } from '../../components/pagedList';
import { fakeApi, sent } from '../../test/fake-api';
import { deferred, pageOf, peopleWindow } from '../../test/registry-fixtures';
import { setTransportForTests } from '../../lib/api';
import { usePeople } from './store';

const TOTAL = 100_000;

/** A server holding TOTAL people, answering any window. */
function bigList() {
  return fakeApi({
    'people.list': (input) => {
      const { offset = 0, limit = 100 } = input;
      return pageOf(peopleWindow(offset, Math.max(0, Math.min(limit, TOTAL - offset))), TOTAL, offset);
    },
  });
}

const offsets = (transport: ReturnType<typeof fakeApi>) =>
  (sent(transport, 'people.list') as PeopleListFilter[]).map((f) => f.offset);

describe('people store: a long list read in windows', () => {
  it('reads the first window of 200 with the default filter when the list opens', async () => {
    const transport = bigList();
    usePeople.getState().openList();
    await waitFor(() => expect(usePeople.getState().total).toBe(TOTAL));
    expect(sent(transport, 'people.list')).toEqual([
      {
        query: '',
        unitId: null,
        staffCategory: null,
        gender: null,
        status: 'active',
        trashed: false,
        offset: 0,
        limit: PAGE_SIZE,
      },
    ]);
    expect(rowAt(usePeople.getState().pages, 0)?.fullName).toBe('Người số 1');
    expect(rowAt(usePeople.getState().pages, 199)?.fullName).toBe('Người số 200');
    expect(rowAt(usePeople.getState().pages, 200)).toBeUndefined();
  });

  it('asks only for the windows of a range that are not cached yet, once', async () => {
    const transport = bigList();
    usePeople.getState().openList();
    await waitFor(() => expect(usePeople.getState().total).toBe(TOTAL));

    usePeople.getState().ensureRange(350, 420);
    // Asked twice while in flight: still one request per window.
    usePeople.getState().ensureRange(350, 420);
    await waitFor(() => expect(rowAt(usePeople.getState().pages, 420)?.fullName).toBe('Người số 421'));
    expect(offsets(transport)).toEqual([0, 200, 400]);

    usePeople.getState().ensureRange(0, 599);
    expect(offsets(transport)).toEqual([0, 200, 400]);

    usePeople.getState().ensureRange(50_010, 50_030);
    await waitFor(() => expect(rowAt(usePeople.getState().pages, 50_020)?.fullName).toBe('Người số 50021'));
    expect(offsets(transport)).toEqual([0, 200, 400, 50_000]);
  });

  it('starts over from the top on a filter change, keeping the old rows on screen until the new ones come', async () => {
    const transport = bigList();
    usePeople.getState().openList();
    await waitFor(() => expect(usePeople.getState().total).toBe(TOTAL));
    usePeople.getState().ensureRange(900, 950);
    await waitFor(() => expect(rowAt(usePeople.getState().pages, 900)).toBeDefined());
    usePeople.getState().setScrollOffset(900 * 44);
    const listKey = usePeople.getState().listKey;

    usePeople.getState().setFilter({ gender: 'female', unitId: 3 });
    // Until the answer: the previous rows, marked as being replaced; no window asked at the old place.
    expect(usePeople.getState().replacing).toBe(true);
    expect(rowAt(usePeople.getState().pages, 900)).toBeDefined();
    usePeople.getState().ensureRange(900, 950);
    expect(offsets(transport)).toEqual([0, 800, 0]);

    await waitFor(() => expect(usePeople.getState().replacing).toBe(false));
    expect(sent(transport, 'people.list').at(-1)).toMatchObject({ gender: 'female', unitId: 3, offset: 0 });
    expect(Object.keys(usePeople.getState().pages)).toEqual(['0']);
    expect(usePeople.getState().listKey).toBe(listKey + 1);
    expect(usePeople.getState().scrollOffset).toBe(0);
  });

  it('drops an answer that arrives after the filter changed', async () => {
    const late = deferred<void>();
    setTransportForTests(async (_channel, input) => {
      const filter = input as PeopleListFilter;
      if (filter.query === 'an') await late.promise;
      return {
        ok: true,
        data: pageOf(
          peopleWindow(0, 3).map((p) => ({ ...p, fullName: `${filter.query} ${p.id}` })),
          3,
        ),
      };
    });
    usePeople.getState().search('An');
    usePeople.getState().search('Bình');
    await waitFor(() => expect(rowAt(usePeople.getState().pages, 0)?.fullName).toBe('binh 1'));
    late.resolve();
    await new Promise((r) => setTimeout(r, 10));
    expect(rowAt(usePeople.getState().pages, 0)?.fullName).toBe('binh 1');
    expect(usePeople.getState().filter.query).toBe('binh');
  });

  it('keeps the rows on screen while a reload reads them again', async () => {
    const hold = deferred<void>();
    let calls = 0;
    setTransportForTests(async () => {
      calls++;
      if (calls > 1) await hold.promise;
      return { ok: true, data: pageOf(peopleWindow(0, 2), 2) };
    });
    usePeople.getState().openList();
    await waitFor(() => expect(usePeople.getState().total).toBe(2));
    usePeople.getState().reload();
    expect(usePeople.getState().total).toBe(2);
    expect(rowAt(usePeople.getState().pages, 1)?.fullName).toBe('Người số 2');
    hold.resolve();
  });

  it('keeps at most a bounded number of windows in memory', async () => {
    bigList();
    usePeople.getState().openList();
    await waitFor(() => expect(usePeople.getState().total).toBe(TOTAL));
    for (let page = 1; page <= MAX_CACHED_PAGES + 10; page++) {
      usePeople.getState().ensureRange(page * PAGE_SIZE, page * PAGE_SIZE);
    }
    await waitFor(() => expect(usePeople.getState().inflight).toEqual({}));
    const cached = Object.keys(usePeople.getState().pages).map(Number);
    expect(cached).toHaveLength(MAX_CACHED_PAGES);
    expect(cached).toContain(MAX_CACHED_PAGES + 10);
  });

  it('does not search again when the folded text did not change', async () => {
    const transport = bigList();
    usePeople.getState().search('Đức');
    usePeople.getState().search('duc ');
    await waitFor(() => expect(usePeople.getState().total).toBe(TOTAL));
    expect(sent(transport, 'people.list')).toHaveLength(1);
    expect(usePeople.getState().searchText).toBe('duc ');
  });
});
