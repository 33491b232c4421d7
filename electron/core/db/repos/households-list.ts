import type { z } from 'zod';
import type { Db } from '../types';
import { prepared } from './prepared';
import { ftsPrefixQuery } from './fts';
import { HOUSEHOLD_FROM, HOUSEHOLD_ROW_COLUMNS } from './households';
import type { Page } from '../../../../shared/schemas/registry/people';
import type { HouseholdRow, householdsListSchema } from '../../../../shared/schemas/registry/households';

/** The list filter without its window (exports use the same filter for every row). */
export type HouseholdsFilter = Omit<z.output<typeof householdsListSchema>, 'offset' | 'limit'>;

interface HouseholdsQuery {
  where: string;
  params: Record<string, unknown>;
  match: string | null;
  /** The table with the index hint for reading ids in order (as for people: see people-list.ts). */
  orderedFrom: string;
  countFromMatches: boolean;
}

function householdsQuery(f: HouseholdsFilter): HouseholdsQuery {
  const where = [f.trashed ? 'h.deleted_at IS NOT NULL' : 'h.deleted_at IS NULL'];
  const params: Record<string, unknown> = {};
  const byGroup = f.residentialGroupUnitId !== null;
  if (byGroup) {
    where.push('h.residential_group_unit_id = @unitId');
    params.unitId = f.residentialGroupUnitId;
  }
  const match = ftsPrefixQuery(f.query);
  if (match !== null) params.match = match;
  // One tổ dân phố's households are few; the trash is small; the live list walks its sort index.
  const index = byGroup
    ? 'households_residential_group_unit_id'
    : f.trashed
      ? 'households_trashed'
      : 'households_listed';
  return {
    where: where.join(' AND '),
    params,
    match,
    orderedFrom: `households h INDEXED BY ${index}`,
    countFromMatches: !byGroup && !f.trashed,
  };
}

// As for people: the + makes the matches a probe while an index is walked in order.
const FTS_IN = '+h.id IN (SELECT rowid FROM households_fts WHERE households_fts MATCH @match)';
const filtered = (q: HouseholdsQuery) => (q.match === null ? q.where : `${q.where} AND ${FTS_IN}`);
const orderedIdsSql = (q: HouseholdsQuery) =>
  `SELECT h.id FROM ${q.orderedFrom} WHERE ${filtered(q)} ORDER BY h.sort_key, h.id`;

function countSql(q: HouseholdsQuery): string {
  if (q.match === null || !q.countFromMatches)
    return `SELECT count(*) AS n FROM households h WHERE ${filtered(q)}`;
  return `SELECT count(*) AS n FROM households_fts CROSS JOIN households h ON h.id = households_fts.rowid
          WHERE households_fts MATCH @match AND ${q.where}`;
}

const ROWS_BY_IDS = `SELECT ${HOUSEHOLD_ROW_COLUMNS} ${HOUSEHOLD_FROM} WHERE h.id IN (SELECT value FROM json_each(?))`;

/** One window of the filtered list in Vietnamese order of the head's name, and the matching total. */
export function listHouseholdsPage(
  db: Db,
  f: HouseholdsFilter,
  offset: number,
  limit: number,
): Page<HouseholdRow> {
  const q = householdsQuery(f);
  const ids = prepared(db, `${orderedIdsSql(q)} LIMIT @limit OFFSET @offset`)
    .pluck()
    .all({ ...q.params, limit, offset }) as number[];
  const byId = new Map(
    (prepared(db, ROWS_BY_IDS).all(JSON.stringify(ids)) as HouseholdRow[]).map((r) => [r.id, r]),
  );
  const { n } = prepared(db, countSql(q)).get(q.params) as { n: number };
  return { total: n, offset, rows: ids.flatMap((id) => byId.get(id) ?? []) };
}

/** Every row of the filtered list in order, read lazily (exports). */
export function* iterateHouseholds(db: Db, f: HouseholdsFilter): Generator<HouseholdRow> {
  const q = householdsQuery(f);
  const sql = `SELECT ${HOUSEHOLD_ROW_COLUMNS} FROM ${q.orderedFrom}
               LEFT JOIN units u ON u.id = h.residential_group_unit_id
               WHERE ${filtered(q)} ORDER BY h.sort_key, h.id`;
  yield* prepared(db, sql).iterate(q.params) as IterableIterator<HouseholdRow>;
}
