/**
 * A small seeded PRNG (mulberry32) with the draws the generator needs. Math.random is never used:
 * the same seed must give byte-identical data on every machine and Node version, so tests and
 * benchmarks can name a seed and get the same ward.
 */
export interface Random {
  /** A float in [0, 1). */
  next(): number;
  /** An integer in [min, max], both included. */
  int(min: number, max: number): number;
  /** True with probability p. */
  chance(p: number): boolean;
  pick<T>(items: readonly T[]): T;
  /** Picks by weight; the table is built once with `weighted` so a draw is a binary search. */
  pickWeighted<T>(table: WeightedTable<T>): T;
}

export interface WeightedTable<T> {
  items: readonly T[];
  /** Running totals of the weights, last = total. */
  cumulative: readonly number[];
}

export function weighted<T>(entries: readonly (readonly [T, number])[]): WeightedTable<T> {
  if (entries.length === 0) throw new Error('weighted: empty table');
  let total = 0;
  const cumulative = entries.map(([, w]) => (total += w));
  return { items: entries.map(([item]) => item), cumulative };
}

/**
 * Weights falling with rank (Zipf-like), for name lists written most common first: the first
 * names of a list are several times likelier than the last, as in real registers.
 */
export function byRank<T>(items: readonly T[], flatten = 8): WeightedTable<T> {
  return weighted(items.map((item, i) => [item, 1 / (i + flatten)] as const));
}

export function createRandom(seed: number): Random {
  let state = seed >>> 0;
  const next = (): number => {
    // mulberry32 (public domain): 32-bit state, good enough spread for test data, and tiny.
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (min: number, max: number): number => min + Math.floor(next() * (max - min + 1));
  return {
    next,
    int,
    chance: (p) => next() < p,
    pick<T>(items: readonly T[]): T {
      if (items.length === 0) throw new Error('pick: empty list');
      return items[int(0, items.length - 1)] as T;
    },
    pickWeighted<T>(table: WeightedTable<T>): T {
      const total = table.cumulative[table.cumulative.length - 1] ?? 0;
      const target = next() * total;
      let lo = 0;
      let hi = table.cumulative.length - 1;
      while (lo < hi) {
        const mid = (lo + hi) >>> 1;
        if ((table.cumulative[mid] ?? 0) > target) hi = mid;
        else lo = mid + 1;
      }
      return table.items[lo] as T;
    },
  };
}

/**
 * An independent stream for one part of the ward, so adding a draw to (say) households does not
 * shift every person's name. Derived from the seed and a label by FNV-1a.
 */
export function childRandom(seed: number, label: string): Random {
  let h = 0x811c9dc5 ^ (seed >>> 0);
  for (let i = 0; i < label.length; i++) {
    h ^= label.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return createRandom(h >>> 0);
}
