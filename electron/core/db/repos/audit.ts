import type { Db } from '../types';
import { prepared } from './prepared';
import { auditSearchText } from './audit-search';
import type { AuditAction } from '../../../../shared/domain/audit-labels';

export type { AuditAction };

export interface AuditEntry {
  at: string;
  actor: string;
  entity: string;
  entityId: number | null;
  action: AuditAction;
  before?: unknown;
  after?: unknown;
  note?: string;
}

export interface AuditRow {
  id: number;
  at: string;
  actor: string;
  entity: string;
  entityId: number | null;
  action: AuditAction;
  before: unknown;
  after: unknown;
  note: string | null;
}

/** Writes one audit row; call it inside the same transaction as the change it records. */
export function insertAudit(db: Db, entry: AuditEntry): void {
  prepared(
    db,
    `INSERT INTO audit_log (at, actor, entity, entity_id, action, before_json, after_json, note, search_text)
     VALUES (@at, @actor, @entity, @entityId, @action, @before, @after, @note, @searchText)`,
  ).run({
    at: entry.at,
    actor: entry.actor,
    entity: entry.entity,
    entityId: entry.entityId,
    action: entry.action,
    before: entry.before === undefined ? null : JSON.stringify(entry.before),
    after: entry.after === undefined ? null : JSON.stringify(entry.after),
    note: entry.note ?? null,
    searchText: auditSearchText(entry.actor, entry.note, entry.before, entry.after),
  });
}

interface RawAuditRow {
  id: number;
  at: string;
  actor: string;
  entity: string;
  entity_id: number | null;
  action: AuditAction;
  before_json: string | null;
  after_json: string | null;
  note: string | null;
}

const toRow = (r: RawAuditRow): AuditRow => ({
  id: r.id,
  at: r.at,
  actor: r.actor,
  entity: r.entity,
  entityId: r.entity_id,
  action: r.action,
  before: r.before_json === null ? null : JSON.parse(r.before_json),
  after: r.after_json === null ? null : JSON.parse(r.after_json),
  note: r.note,
});

/** Newest first; for one record when `entityId` is given. */
export function listAudit(
  db: Db,
  filter: { entity?: string; entityId?: number; limit?: number } = {},
): AuditRow[] {
  const rows = db
    .prepare(
      `SELECT * FROM audit_log
       WHERE (@entity IS NULL OR entity = @entity) AND (@entityId IS NULL OR entity_id = @entityId)
       ORDER BY id DESC LIMIT @limit`,
    )
    .all({
      entity: filter.entity ?? null,
      entityId: filter.entityId ?? null,
      limit: filter.limit ?? 200,
    }) as RawAuditRow[];
  return rows.map(toRow);
}

export interface AuditPageFilter {
  entity: string | null;
  entityId: number | null;
  action: AuditAction | null;
  /** Inclusive lower and exclusive upper bound on `at` (ISO, UTC as stored). */
  atFrom: string | null;
  atBefore: string | null;
  /** Folded words that must all occur in `search_text`. */
  words: string[];
}

const escapeLike = (s: string) => s.replace(/[\\%_]/g, (c) => `\\${c}`);

/** A window of the history, newest (highest id) first, with the number of matching rows. */
export function listAuditPage(
  db: Db,
  filter: AuditPageFilter,
  offset: number,
  limit: number,
): { total: number; rows: AuditRow[] } {
  const where = ['1 = 1'];
  const params: Record<string, unknown> = {};
  const add = (sql: string, key: string, value: unknown) => {
    where.push(sql);
    params[key] = value;
  };
  if (filter.entity !== null) add('entity = @entity', 'entity', filter.entity);
  if (filter.entityId !== null) add('entity_id = @entityId', 'entityId', filter.entityId);
  if (filter.action !== null) add('action = @action', 'action', filter.action);
  if (filter.atFrom !== null) add('at >= @atFrom', 'atFrom', filter.atFrom);
  if (filter.atBefore !== null) add('at < @atBefore', 'atBefore', filter.atBefore);
  filter.words.forEach((word, i) =>
    add(`search_text LIKE @w${i} ESCAPE '\\'`, `w${i}`, `%${escapeLike(word)}%`),
  );
  const clause = where.join(' AND ');
  const { n } = prepared(db, `SELECT count(*) AS n FROM audit_log WHERE ${clause}`).get(params) as {
    n: number;
  };
  const rows = prepared(
    db,
    `SELECT id, at, actor, entity, entity_id, action, before_json, after_json, note FROM audit_log
     WHERE ${clause} ORDER BY id DESC LIMIT @limit OFFSET @offset`,
  ).all({ ...params, limit, offset }) as RawAuditRow[];
  return { total: n, rows: rows.map(toRow) };
}
