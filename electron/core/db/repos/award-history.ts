import type { Db } from '../types';
import { prepared } from './prepared';
import { foldForSearch } from '../../../../shared/rules/search';
import type { RecipientKind } from '../../../../shared/domain/awards';
import type { AwardRecord, AwardSearchFilter } from '../../../../shared/schemas/award-history';

/** The columns of an AwardRecord, from `awards a`, `decisions d` and `award_catalogue c`. */
const RECORD_COLUMNS = `a.id AS awardId, d.id AS decisionId, d.year AS year,
  d.number_text AS decisionNumberText, d.number AS decisionNumber, d.decision_date AS decisionDate,
  d.status AS decisionStatus, a.catalogue_id AS catalogueId, c.name AS catalogueName, c.kind AS catalogueKind,
  a.recipient_kind AS recipientKind, coalesce(a.person_id, a.unit_id, a.household_id) AS recipientId,
  a.recipient_name_snapshot AS name, a.position_unit_snapshot AS positionUnit,
  a.staff_category_snapshot AS staffCategory, coalesce(a.achievement, d.default_achievement) AS achievement,
  d.achievement_from AS achievementFrom, d.achievement_to AS achievementTo, a.amount AS amount,
  a.register_year AS registerYear, a.register_number AS registerNumber`;

/**
 * The decision's list order as printed: sections (tập thể, cá nhân, hộ gia đình), then the số sổ
 * vàng, which signing gives in print order (so a list printed in Vietnamese name order reads the
 * same here), then the position entered. `d.year` leads so that one index (migration 007) walks decisions in date order for a
 * year or a range of years: the year is the decision date's year (a CHECK), so it changes nothing.
 */
const SEARCH_ORDER = `d.year, d.decision_date, d.number, d.id,
  CASE a.recipient_kind WHEN 'collective' THEN 0 WHEN 'individual' THEN 1 ELSE 2 END, a.register_number,
  a.position, a.id`;

const RECIPIENT_COLUMN: Record<RecipientKind, string> = {
  individual: 'a.person_id',
  collective: 'a.unit_id',
  household: 'a.household_id',
};

/**
 * Every line of signed or cancelled decisions for one recipient, newest first. Drafts (trashed or
 * not) are never history; a cancelled decision is told apart by `decisionStatus`.
 */
export function listRecipientAwards(db: Db, kind: RecipientKind, id: number): AwardRecord[] {
  const sql = `SELECT ${RECORD_COLUMNS}
    FROM awards a JOIN decisions d ON d.id = a.decision_id JOIN award_catalogue c ON c.id = a.catalogue_id
    WHERE ${RECIPIENT_COLUMN[kind]} = ? AND a.recipient_kind = '${kind}'
      AND d.status IN ('signed', 'cancelled') AND d.deleted_at IS NULL
    ORDER BY d.decision_date DESC, d.number DESC, d.id DESC, a.position, a.id`;
  return prepared(db, sql).all(id) as AwardRecord[];
}

interface SearchQuery {
  where: string;
  params: Record<string, unknown>;
  /** The catalogue is joined only when its kind filters; the page joins it anyway for names. */
  needsCatalogue: boolean;
  /** The unit filter's subtree, as a CTE in front of the statement. */
  withUnits: string;
}

/** `WITH` clause of the unit and every unit under it (units form a tree through parent_id). */
const UNIT_TREE = `WITH RECURSIVE unit_tree(id) AS (
    SELECT @unitId UNION SELECT u.id FROM units u JOIN unit_tree t ON u.parent_id = t.id
  ) `;

const UNIT_MATCH = `((a.recipient_kind = 'collective' AND a.unit_id IN (SELECT id FROM unit_tree))
  OR (a.recipient_kind = 'individual' AND a.person_id IN
      (SELECT p.id FROM people p WHERE p.unit_id IN (SELECT id FROM unit_tree)))
  OR (a.recipient_kind = 'household' AND a.household_id IN
      (SELECT h.id FROM households h WHERE h.residential_group_unit_id IN (SELECT id FROM unit_tree))))`;

/**
 * The WHERE clause for a filter from fixed fragments, each value a bound parameter; only the filters
 * in use appear, so each shape is one cached statement and `(@x IS NULL OR ...)` never hides an index.
 */
function searchQuery(f: AwardSearchFilter): SearchQuery {
  const where = ["d.status = 'signed'"];
  const params: Record<string, unknown> = {};
  const from = f.year ?? f.yearFrom;
  const to = f.year ?? f.yearTo;
  if (from !== null && from === to) {
    where.push('d.year = @year');
    params.year = from;
  } else {
    if (from !== null) {
      where.push('d.year >= @yearFrom');
      params.yearFrom = from;
    }
    if (to !== null) {
      where.push('d.year <= @yearTo');
      params.yearTo = to;
    }
  }
  if (f.catalogueId !== null) {
    where.push('a.catalogue_id = @catalogueId');
    params.catalogueId = f.catalogueId;
  }
  if (f.catalogueKind !== null) {
    where.push('c.kind = @catalogueKind');
    params.catalogueKind = f.catalogueKind;
  }
  if (f.recipientKind !== null) {
    where.push('a.recipient_kind = @recipientKind');
    params.recipientKind = f.recipientKind;
  }
  if (f.staffCategory !== null) {
    where.push('a.staff_category_snapshot = @staffCategory');
    params.staffCategory = f.staffCategory;
  }
  if (f.unitId !== null) {
    where.push(UNIT_MATCH);
    params.unitId = f.unitId;
  }
  // Every word must occur in the folded name as printed (awards.search_text), anywhere in it.
  foldForSearch(f.search)
    .split(/\s+/)
    .filter((w) => w !== '')
    .slice(0, 8)
    .forEach((word, i) => {
      where.push(`instr(a.search_text, @w${i}) > 0`);
      params[`w${i}`] = word;
    });
  return {
    where: where.join(' AND '),
    params,
    needsCatalogue: f.catalogueKind !== null,
    withUnits: f.unitId !== null ? UNIT_TREE : '',
  };
}

const FROM = 'decisions d JOIN awards a ON a.decision_id = d.id';
const CATALOGUE_JOIN = ' JOIN award_catalogue c ON c.id = a.catalogue_id';

function pageSql(q: SearchQuery): string {
  return `${q.withUnits}SELECT ${RECORD_COLUMNS} FROM ${FROM}${CATALOGUE_JOIN}
    WHERE ${q.where} ORDER BY ${SEARCH_ORDER} LIMIT @limit OFFSET @offset`;
}

function totalsSql(q: SearchQuery): string {
  return `${q.withUnits}SELECT count(*) AS total, coalesce(sum(a.amount), 0) AS totalAmount
    FROM ${FROM}${q.needsCatalogue ? CATALOGUE_JOIN : ''} WHERE ${q.where}`;
}

/** One window of the matching lines, in order. */
export function searchAwardsPage(db: Db, f: AwardSearchFilter, offset: number, limit: number): AwardRecord[] {
  const q = searchQuery(f);
  return prepared(db, pageSql(q)).all({ ...q.params, offset, limit }) as AwardRecord[];
}

/** How many lines match and their money in đồng. */
export function searchAwardsTotals(db: Db, f: AwardSearchFilter): { total: number; totalAmount: number } {
  const q = searchQuery(f);
  return prepared(db, totalsSql(q)).get(q.params) as { total: number; totalAmount: number };
}

/** Every matching line in order, read lazily (exports). */
export function* iterateAwards(db: Db, f: AwardSearchFilter): Generator<AwardRecord> {
  const q = searchQuery(f);
  const sql = `${q.withUnits}SELECT ${RECORD_COLUMNS} FROM ${FROM}${CATALOGUE_JOIN}
    WHERE ${q.where} ORDER BY ${SEARCH_ORDER}`;
  for (const row of prepared(db, sql).iterate(q.params)) yield row as AwardRecord;
}

/** Query plans of the window and of the totals (tests assert they keep to the indexes). */
export function explainAwardSearch(db: Db, f: AwardSearchFilter): { page: string[]; totals: string[] } {
  const q = searchQuery(f);
  const plan = (sql: string, params: Record<string, unknown>) =>
    (db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(params) as { detail: string }[]).map((r) => r.detail);
  return {
    page: plan(pageSql(q), { ...q.params, offset: 0, limit: 100 }),
    totals: plan(totalsSql(q), q.params),
  };
}
