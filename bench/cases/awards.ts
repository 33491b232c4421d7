import type Database from 'better-sqlite3';
import { foldForSearch } from '../../shared/rules/search';
import { createRandom } from '../../electron/core/seed/random';
import type { AppUnderTest } from '../context';
import { median, percentile, result, sample, time, type BenchResult } from '../stats';

const QUERIES = 100;
const YEAR = 2025;

/** The award lookup's columns and order, written the plainest way (no app code). */
const COLUMNS = `a.id, d.id AS decision_id, d.year, d.number_text, d.number, d.decision_date, d.status, a.catalogue_id,
  c.name, c.kind, a.recipient_kind, coalesce(a.person_id, a.unit_id, a.household_id) AS recipient_id,
  a.recipient_name_snapshot, a.position_unit_snapshot, a.staff_category_snapshot,
  coalesce(a.achievement, d.default_achievement) AS achievement, d.achievement_from, d.achievement_to, a.amount,
  a.register_year, a.register_number`;
const FROM = `awards a JOIN decisions d ON d.id = a.decision_id JOIN award_catalogue c ON c.id = a.catalogue_id`;
const ORDER = `d.decision_date, d.number,
  CASE a.recipient_kind WHEN 'collective' THEN 0 WHEN 'individual' THEN 1 ELSE 2 END, a.position`;

/** Names as an officer types them: the family name and the start of the given name ("nguyen h"). */
function nameQueries(raw: Database.Database, count: number, seed: number): string[] {
  const rng = createRandom(seed);
  const { maxId } = raw.prepare('SELECT max(id) AS maxId FROM awards').get() as { maxId: number };
  const nameOf = raw.prepare('SELECT recipient_name_snapshot AS name FROM awards WHERE id = ?').pluck();
  const queries: string[] = [];
  while (queries.length < count) {
    const name = nameOf.get(rng.int(1, maxId)) as string | undefined;
    if (!name) continue;
    const words = foldForSearch(name).split(' ');
    queries.push(`${words[0] ?? ''} ${(words[words.length - 1] ?? '').slice(0, 2)}`);
  }
  return queries;
}

/**
 * The award lookup on 200,000 lines (10 years): (1) the first page and totals of one year filtered
 * to one title, median of 50; (2) a folded-name search over every year, p50/p95 of 100 queries;
 * (3) one person's history, p95 over 100 people. Baselines: the same results in raw SQL on the same
 * file (page + count/sum; LIKE on the folded name; the person's lines), timed right after each call.
 */
export async function benchAwards(
  app: AppUnderTest,
  raw: Database.Database,
  seed: number,
): Promise<BenchResult[]> {
  const catalogueId = raw
    .prepare(`SELECT id FROM award_catalogue WHERE code = 'lao_dong_tien_tien'`)
    .pluck()
    .get();
  const where = `d.status = 'signed' AND d.year = @year AND a.catalogue_id = @catalogueId`;
  const yearPage = raw.prepare(`SELECT ${COLUMNS} FROM ${FROM} WHERE ${where} ORDER BY ${ORDER} LIMIT 100`);
  const yearTotals = raw.prepare(`SELECT count(*), sum(a.amount) FROM ${FROM} WHERE ${where}`);
  const params = { year: YEAR, catalogueId };
  const viaRouter = await sample(
    50,
    () => app.call('awards.search', { year: YEAR, catalogueId: catalogueId as number }),
    3,
  );
  const plain = await sample(50, () => [yearPage.all(params), yearTotals.get(params)], 3);

  const likeWhere = (n: number) =>
    `d.status = 'signed' AND ${Array.from({ length: n }, (_v, i) => `a.search_text LIKE @w${i}`).join(' AND ')}`;
  const plainSearch = (q: string) => {
    const words = q.split(' ').filter((w) => w !== '');
    const p = Object.fromEntries(words.map((w, i) => [`w${i}`, `%${w}%`]));
    const w = likeWhere(words.length);
    return [
      raw.prepare(`SELECT ${COLUMNS} FROM ${FROM} WHERE ${w} ORDER BY ${ORDER} LIMIT 100`).all(p),
      raw.prepare(`SELECT count(*), sum(a.amount) FROM ${FROM} WHERE ${w}`).get(p),
    ];
  };
  const searchRouter: number[] = [];
  const searchSql: number[] = [];
  for (const q of nameQueries(raw, 10, seed + 1)) {
    await app.call('awards.search', { search: q });
    plainSearch(q);
  }
  for (const q of nameQueries(raw, QUERIES, seed)) {
    searchRouter.push(await time(() => app.call('awards.search', { search: q })));
    searchSql.push(await time(() => plainSearch(q)));
  }

  const people = raw
    .prepare(`SELECT DISTINCT person_id FROM awards WHERE person_id IS NOT NULL ORDER BY person_id LIMIT 100`)
    .pluck()
    .all() as number[];
  const history = raw.prepare(
    `SELECT ${COLUMNS} FROM ${FROM} WHERE a.person_id = ? AND d.status IN ('signed', 'cancelled')
     ORDER BY d.decision_date DESC, d.number DESC, a.position`,
  );
  const historyRouter: number[] = [];
  const historySql: number[] = [];
  for (const id of people) {
    historyRouter.push(await time(() => app.call('awards.history', { kind: 'individual', id })));
    historySql.push(await time(() => history.all(id)));
  }

  return [
    result(
      'awards.search.year',
      `Award lookup, first page + totals of ${YEAR} for one title via router, median of 50`,
      median(viaRouter),
      median(plain),
    ),
    result(
      'awards.search.name.p50',
      `Award lookup by folded name, all years, p50 of ${QUERIES}`,
      percentile(searchRouter, 50),
      percentile(searchSql, 50),
    ),
    result(
      'awards.search.name.p95',
      `Award lookup by folded name, all years, p95 of ${QUERIES}`,
      percentile(searchRouter, 95),
      percentile(searchSql, 95),
    ),
    result(
      'awards.history.p95',
      `A person's award history via router, p95 of ${people.length}`,
      percentile(historyRouter, 95),
      percentile(historySql, 95),
    ),
  ];
}
