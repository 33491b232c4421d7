import type { Db } from '../db/types';
import type { Clock } from '../clock';
import type { SettingsService } from './settings';
import { insertAudit, type AuditAction } from '../db/repos/audit';

export interface ServiceDeps {
  db: Db;
  clock: Clock;
  settings: SettingsService;
}

export interface AuditChange {
  entityId: number;
  action: AuditAction;
  before?: unknown;
  after?: unknown;
  note?: string;
}

/**
 * Runs one change of `entity` (a table name) in a transaction, with its audit row in the same
 * transaction: `change(at)` does the writes and says what to record. Called inside another
 * transaction (an import), better-sqlite3 makes it a savepoint, so a refused row undoes only itself.
 */
export function auditedWriter(deps: ServiceDeps, entity: string) {
  return <T>(change: (at: string) => { result: T; audit: AuditChange | null }): T =>
    deps.db.transaction(() => {
      const at = deps.clock.now().toISOString();
      const { result, audit } = change(at);
      if (audit !== null) insertAudit(deps.db, { at, actor: deps.settings.actor(), entity, ...audit });
      return result;
    })();
}

/** True when two field snapshots hold the same values (an edit that changes nothing is not recorded). */
export const sameFields = (a: object, b: object): boolean => JSON.stringify(a) === JSON.stringify(b);
