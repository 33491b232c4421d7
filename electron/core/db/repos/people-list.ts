import type { z } from 'zod';
import type { Db } from '../types';
import { prepared } from './prepared';
import { ftsPrefixQuery } from './fts';
import { PERSON_ROW_COLUMNS, withFlag, type Raw } from './people';
import type { Page, peopleListSchema, PersonRow } from '../../../../shared/schemas/registry/people';

/** The list filter without its window (exports use the same filter for every row). */
export type PeopleFilter = Omit<z.output<typeof peopleListSchema>, 'offset' | 'limit'>;

interface PeopleQuery {
  /** The filters other than the text query, on `p`. */
  where: string;
  params: Record<string, unknown>;
  /** The FTS5 expression of the text query, if any. */
  match: string | null;
  /** The table with the index hint for reading ids in order, and for counting without a search. */
  orderedFrom: string;
  countFrom: string;
  /** Whether a search's count may start from the FTS matches (see countSql). */
  countFromMatches: boolean;
  /** The ids of the people outside the list, when they are few and nothing but status filters it. */
  outside: string | null;
}

/**
 * Which index reads what, per filter shape (indexes of migrations 001-003). The planner cannot know
 * how many rows an FTS prefix matches, and with stale or missing statistics it once walked 95,000
 * entries for one unit's 300 people, so the choice is made here:
 * - a unit's people are few: the unit index, then a sort of those few;
 * - the trash is small: its own index;
 * - the live list of one status walks people_listed in order and stops after the window, whatever
 *   a search matches; its count reads that index alone, unless a category or gender filter needs
 *   every row, when a plain table scan is cheaper than a lookup per index entry;
 * - both statuses walk the sort_key index.
 */
function sources(
  f: PeopleFilter,
): Pick<PeopleQuery, 'orderedFrom' | 'countFrom' | 'countFromMatches' | 'outside'> {
  if (f.unitId !== null) {
    const from = `people p INDEXED BY ${f.trashed ? 'people_unit_id' : 'people_unit_listed'}`;
    return { orderedFrom: from, countFrom: from, countFromMatches: false, outside: null };
  }
  if (f.trashed) {
    const from = 'people p INDEXED BY people_trashed';
    return { orderedFrom: from, countFrom: from, countFromMatches: false, outside: null };
  }
  const onlyStatus = f.staffCategory === null && f.gender === null;
  if (f.status === 'all') {
    return {
      orderedFrom: 'people p INDEXED BY people_sort_key',
      countFrom: 'people p',
      countFromMatches: true,
      outside: onlyStatus ? TRASHED_IDS : null,
    };
  }
  return {
    orderedFrom: 'people p INDEXED BY people_listed',
    countFrom: onlyStatus ? 'people p INDEXED BY people_listed' : 'people p NOT INDEXED',
    countFromMatches: true,
    // Inactive people are usually few; the active ones are not, so that list has no cheap outside.
    outside: onlyStatus && f.status === 'active' ? `${TRASHED_IDS} UNION ALL ${INACTIVE_IDS}` : null,
  };
}

const TRASHED_IDS = 'SELECT p.id FROM people p INDEXED BY people_trashed WHERE p.deleted_at IS NOT NULL';
const INACTIVE_IDS =
  'SELECT p.id FROM people p INDEXED BY people_listed WHERE p.deleted_at IS NULL AND p.active = 0';

/**
 * The WHERE clause for a filter, built from fixed fragments (so each shape is one cached statement
 * and every value is a bound parameter). Only the filters in use appear: `(@x IS NULL OR ...)`
 * would keep SQLite from using the indexes.
 */
function peopleQuery(f: PeopleFilter): PeopleQuery {
  const where: string[] = [];
  const params: Record<string, unknown> = {};
  if (f.trashed) where.push('p.deleted_at IS NOT NULL');
  else {
    where.push('p.deleted_at IS NULL');
    // The trash is a view of its own: everything in it shows whatever the status filter says.
    if (f.status !== 'all') where.push(`p.active = ${f.status === 'active' ? 1 : 0}`);
  }
  if (f.unitId !== null) {
    where.push('p.unit_id = @unitId');
    params.unitId = f.unitId;
  }
  if (f.staffCategory !== null) {
    where.push('p.staff_category = @staffCategory');
    params.staffCategory = f.staffCategory;
  }
  if (f.gender !== null) {
    where.push('p.gender = @gender');
    params.gender = f.gender;
  }
  const match = ftsPrefixQuery(f.query);
  if (match !== null) params.match = match;
  return { where: where.join(' AND '), params, match, ...sources(f) };
}

// The unary + keeps SQLite from looking each match up by rowid: the ids are probed while an index is
// walked in order instead (one lookup per match costs as much as the search matches, often 40,000).
const FTS_IN = '+p.id IN (SELECT rowid FROM people_fts WHERE people_fts MATCH @match)';

const filtered = (q: PeopleQuery) => (q.match === null ? q.where : `${q.where} AND ${FTS_IN}`);

function orderedIdsSql(q: PeopleQuery): string {
  return `SELECT p.id FROM ${q.orderedFrom} WHERE ${filtered(q)} ORDER BY p.sort_key, p.id`;
}

/**
 * A search's count must see every match. Cheapest first: the FTS index counts its own matches, less
 * those among the few people outside the list (trash, inactive); otherwise the FTS index leads and
 * each match is looked up once, in rowid order. Both beat walking the list and probing each entry.
 * (people_fts holds exactly one entry per person: migration 002's triggers keep it in step.)
 */
function countSql(q: PeopleQuery): string {
  if (q.match === null || !q.countFromMatches)
    return `SELECT count(*) AS n FROM ${q.countFrom} WHERE ${filtered(q)}`;
  if (q.outside !== null) {
    return `SELECT (SELECT count(*) FROM people_fts WHERE people_fts MATCH @match)
              - (SELECT count(*) FROM (${q.outside}) o
                 WHERE o.id IN (SELECT rowid FROM people_fts WHERE people_fts MATCH @match)) AS n`;
  }
  return `SELECT count(*) AS n FROM people_fts CROSS JOIN people p ON p.id = people_fts.rowid
          WHERE people_fts MATCH @match AND ${q.where}`;
}

const ROWS_BY_IDS = `SELECT ${PERSON_ROW_COLUMNS} FROM people p LEFT JOIN units u ON u.id = p.unit_id
  WHERE p.id IN (SELECT value FROM json_each(?))`;

/** One window of the filtered list in Vietnamese name order, and how many rows the filter matches. */
export function listPeoplePage(db: Db, f: PeopleFilter, offset: number, limit: number): Page<PersonRow> {
  const q = peopleQuery(f);
  // The window's ids first, from the index alone; only those rows are then read in full (with the
  // unit's name), not every row skipped on the way to a deep offset.
  const ids = prepared(db, `${orderedIdsSql(q)} LIMIT @limit OFFSET @offset`)
    .pluck()
    .all({ ...q.params, limit, offset }) as number[];
  const rows = prepared(db, ROWS_BY_IDS).all(JSON.stringify(ids)) as Raw<PersonRow>[];
  const byId = new Map(rows.map((r) => [r.id, withFlag(r)]));
  const { n } = prepared(db, countSql(q)).get(q.params) as { n: number };
  return { total: n, offset, rows: ids.flatMap((id) => byId.get(id) ?? []) };
}

/** The query plan of the window's ids for a filter (tests assert that it keeps to the index). */
export function explainPeoplePage(db: Db, f: PeopleFilter): string[] {
  const q = peopleQuery(f);
  const plan = db.prepare(`EXPLAIN QUERY PLAN ${orderedIdsSql(q)} LIMIT 100`).all(q.params);
  return (plan as { detail: string }[]).map((r) => r.detail);
}

/** Every row of the filtered list in order, read lazily (exports of 100,000 rows). */
export function* iteratePeople(db: Db, f: PeopleFilter): Generator<PersonRow> {
  const q = peopleQuery(f);
  const sql = `SELECT ${PERSON_ROW_COLUMNS} FROM ${q.orderedFrom} LEFT JOIN units u ON u.id = p.unit_id
               WHERE ${filtered(q)} ORDER BY p.sort_key, p.id`;
  for (const row of prepared(db, sql).iterate(q.params)) yield withFlag(row as Raw<PersonRow>);
}
