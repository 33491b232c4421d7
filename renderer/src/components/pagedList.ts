import type { StateCreator } from 'zustand';
import type { Page } from '../../../shared/schemas/registry/people';
import { messageOf } from '../lib/errors';

/** Rows asked for at once: a few screens' worth, so scrolling rarely waits. */
export const PAGE_SIZE = 200;
/** Windows kept in memory (10,000 rows); the farthest from the one just read are dropped. */
export const MAX_CACHED_PAGES = 50;

interface CachedPage<Row> {
  /** The generation the rows were read for; older ones are shown until their refresh arrives. */
  generation: number;
  rows: Row[];
}

export interface PagedListSlice<Row, Filter> {
  filter: Filter;
  /** Bumped on every filter change and reload: answers to an older generation are ignored. */
  generation: number;
  /** Rows matching the filter; null until the first answer. */
  total: number | null;
  pages: Record<number, CachedPage<Row>>;
  /** Page index → generation of the request in flight. */
  inflight: Record<number, number>;
  /**
   * True after a filter change until its first answer: the rows on screen still belong to the
   * previous filter (shown dimmed), so the list does not blink on every key typed in the search.
   */
  replacing: boolean;
  /** Bumped when the rows start belonging to another filter: the table goes back to the top. */
  listKey: number;
  listStatus: 'idle' | 'loading' | 'ready' | 'error';
  listError: string | null;
  /** Where the list was scrolled, so coming back from a detail page keeps the place. */
  scrollOffset: number;
  /** Opens the list: the first time reads from the top, later times refresh what is cached. */
  openList(): void;
  setFilter(patch: Partial<Filter>): void;
  /** Reads the current filter again, keeping the cached rows on screen until the new ones arrive. */
  reload(): void;
  /** Reads the windows covering rows first..last that are missing or stale. */
  ensureRange(first: number, last: number): void;
  setScrollOffset(offset: number): void;
}

/** The row at an index of a paged list, or undefined while its window is being read. */
export function rowAt<Row>(pages: Record<number, CachedPage<Row>>, index: number): Row | undefined {
  return pages[Math.floor(index / PAGE_SIZE)]?.rows[index % PAGE_SIZE];
}

function withoutKey<T>(record: Record<number, T>, key: number): Record<number, T> {
  const next = { ...record };
  delete next[key];
  return next;
}

function evictFarthest<T>(pages: Record<number, T>, near: number): Record<number, T> {
  const keys = Object.keys(pages).map(Number);
  if (keys.length <= MAX_CACHED_PAGES) return pages;
  const keep = keys.sort((a, b) => Math.abs(a - near) - Math.abs(b - near)).slice(0, MAX_CACHED_PAGES);
  return Object.fromEntries(keep.map((k) => [k, pages[k]!]));
}

/**
 * A zustand slice for a long server-side list read in windows of PAGE_SIZE rows (offset/limit),
 * for a virtualised table: pages are cached, a filter change starts over from the top (the old rows
 * stay on screen until the new ones come), answers to an older filter or reload are dropped.
 */
export function pagedListSlice<Row, Filter extends object, State extends PagedListSlice<Row, Filter>>(
  initialFilter: Filter,
  fetchPage: (filter: Filter, offset: number, limit: number) => Promise<Page<Row>>,
): StateCreator<State, [], [], PagedListSlice<Row, Filter>> {
  return (set, get) => {
    const patch = (p: Partial<PagedListSlice<Row, Filter>>) => set(p as Partial<State>);

    const loadPage = async (page: number) => {
      const { generation, filter } = get();
      patch({ inflight: { ...get().inflight, [page]: generation } });
      if (get().total === null) patch({ listStatus: 'loading', listError: null });
      try {
        const result = await fetchPage(filter, page * PAGE_SIZE, PAGE_SIZE);
        if (get().generation !== generation) return;
        const { replacing, listKey, scrollOffset } = get();
        // The first answer for a new filter replaces everything cached for the old one.
        const pages = { ...(replacing ? {} : get().pages), [page]: { generation, rows: result.rows } };
        patch({
          total: result.total,
          pages: evictFarthest(pages, page),
          inflight: withoutKey(get().inflight, page),
          replacing: false,
          listKey: replacing ? listKey + 1 : listKey,
          scrollOffset: replacing ? 0 : scrollOffset,
          listStatus: 'ready',
          listError: null,
        });
      } catch (error) {
        if (get().generation !== generation) return;
        patch({
          inflight: withoutKey(get().inflight, page),
          replacing: false,
          listStatus: 'error',
          listError: messageOf(error),
        });
      }
    };

    type Restart = 'fresh' | 'replace' | 'refresh';
    const restart = (mode: Restart, filter: Filter) => {
      patch({
        filter,
        generation: get().generation + 1,
        inflight: {},
        replacing: mode === 'replace',
        ...(mode === 'fresh' ? { pages: {}, total: null, scrollOffset: 0, listKey: get().listKey + 1 } : {}),
      });
      void loadPage(0);
    };

    return {
      filter: initialFilter,
      generation: 0,
      total: null,
      pages: {},
      inflight: {},
      replacing: false,
      listKey: 0,
      listStatus: 'idle',
      listError: null,
      scrollOffset: 0,

      openList: () => {
        if (get().generation === 0) restart('fresh', get().filter);
        else get().reload();
      },

      setFilter: (change) => {
        const mode = get().total === null || get().listStatus === 'error' ? 'fresh' : 'replace';
        restart(mode, { ...get().filter, ...change });
      },

      // The table asks again for the windows on screen when the generation changes (ensureRange).
      // After a failure nothing stale is worth showing: start from the top.
      reload: () => {
        const { listStatus, replacing, filter } = get();
        restart(listStatus === 'error' ? 'fresh' : replacing ? 'replace' : 'refresh', filter);
      },

      ensureRange: (first, last) => {
        const { generation, pages, inflight, replacing } = get();
        // The rows on screen are the old filter's: their places mean nothing for the new one.
        if (replacing) return;
        for (let p = Math.floor(first / PAGE_SIZE); p <= Math.floor(last / PAGE_SIZE); p++) {
          if (pages[p]?.generation === generation || inflight[p] === generation) continue;
          void loadPage(p);
        }
      },

      setScrollOffset: (offset) => patch({ scrollOffset: offset }),
    };
  };
}
