import type Database from 'better-sqlite3';
import { foldForSearch } from '../../shared/rules/search';
import { createRandom, type Random } from '../../electron/core/seed/random';
import type { AppUnderTest } from '../context';
import { percentile, result, time, type BenchResult } from '../stats';

const QUERIES = 200;
const WARMUP = 20;

/**
 * What an officer types into the search box, drawn from real names in the data: the family name
 * and the start of the middle ("nguyen th"), family + middle + a letter ("tran van d"), the start
 * of a given name ("hoa"), or a given and a family name in any order ("hung le").
 */
export function searchQueries(raw: Database.Database, count: number, seed: number): string[] {
  const rng = createRandom(seed);
  const { maxId } = raw.prepare('SELECT max(id) AS maxId FROM people').get() as { maxId: number };
  const nameOf = raw.prepare('SELECT full_name AS name FROM people WHERE id = ?');
  const queries: string[] = [];
  while (queries.length < count) {
    const row = nameOf.get(rng.int(1, maxId)) as { name: string } | undefined;
    if (row) queries.push(typed(rng, foldForSearch(row.name).split(' ')));
  }
  return queries;
}

function typed(rng: Random, words: string[]): string {
  const family = words[0] ?? '';
  const given = words[words.length - 1] ?? '';
  const middle = words[1] ?? '';
  const r = rng.next();
  if (r < 0.3) return `${family} ${middle.slice(0, 2)}`;
  if (r < 0.55) return `${family} ${middle} ${given.slice(0, 1)}`;
  if (r < 0.8) return given.slice(0, 3);
  return `${given} ${family}`;
}

/** The MATCH expression the plain way: every folded word a quoted prefix. */
const matchOf = (q: string) =>
  foldForSearch(q)
    .split(' ')
    .filter((w) => w !== '')
    .map((w) => `"${w}"*`)
    .join(' ');

/**
 * (c) Search as you type, p50 and p95 over 200 queries through the router (first page + total, as
 * the list shows them). Baseline: the same FTS5 page and count as raw SQL on the same file, each
 * query timed right after the router's so both see the same cache.
 */
export async function benchSearch(
  app: AppUnderTest,
  raw: Database.Database,
  seed: number,
): Promise<BenchResult[]> {
  const where = `p.deleted_at IS NULL AND p.active = 1 AND p.id IN (SELECT rowid FROM people_fts WHERE people_fts MATCH ?)`;
  const page = raw.prepare(
    `SELECT p.id, p.full_name, p.gender, p.birth_date, p.birth_year, p.unit_id, u.name AS unit_name, p.position,
       p.staff_category, p.active
     FROM people p LEFT JOIN units u ON u.id = p.unit_id WHERE ${where} ORDER BY p.sort_key, p.id LIMIT 100`,
  );
  const count = raw.prepare(`SELECT count(*) AS n FROM people p WHERE ${where}`);
  const plain = (q: string) => {
    const m = matchOf(q);
    return { rows: page.all(m), n: count.get(m) };
  };

  for (const q of searchQueries(raw, WARMUP, seed + 1)) {
    await app.call('people.list', { query: q });
    plain(q);
  }
  const viaRouter: number[] = [];
  const viaSql: number[] = [];
  for (const q of searchQueries(raw, QUERIES, seed)) {
    viaRouter.push(await time(() => app.call('people.list', { query: q })));
    viaSql.push(await time(() => plain(q)));
  }
  return [
    result(
      'search.p50',
      `Search by folded prefix via router, p50 of ${QUERIES}`,
      percentile(viaRouter, 50),
      percentile(viaSql, 50),
    ),
    result(
      'search.p95',
      `Search by folded prefix via router, p95 of ${QUERIES}`,
      percentile(viaRouter, 95),
      percentile(viaSql, 95),
    ),
  ];
}
