import type { Db } from '../types';
import { prepared } from './prepared';

export type AuditAction =
  'create' | 'update' | 'delete' | 'restore' | 'purge' | 'correct' | 'sign' | 'cancel' | 'import' | 'other';

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
    `INSERT INTO audit_log (at, actor, entity, entity_id, action, before_json, after_json, note)
     VALUES (@at, @actor, @entity, @entityId, @action, @before, @after, @note)`,
  ).run({
    at: entry.at,
    actor: entry.actor,
    entity: entry.entity,
    entityId: entry.entityId,
    action: entry.action,
    before: entry.before === undefined ? null : JSON.stringify(entry.before),
    after: entry.after === undefined ? null : JSON.stringify(entry.after),
    note: entry.note ?? null,
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
  return rows.map((r) => ({
    id: r.id,
    at: r.at,
    actor: r.actor,
    entity: r.entity,
    entityId: r.entity_id,
    action: r.action,
    before: r.before_json === null ? null : JSON.parse(r.before_json),
    after: r.after_json === null ? null : JSON.parse(r.after_json),
    note: r.note,
  }));
}
