import { auditedWriter, sameFields, type ServiceDeps } from './audit-trail';
import type { Db } from '../db/types';
import { AppError } from '../../../shared/errors';

/** How one soft-deletable table is read and written, and how its changes are audited. */
export interface SoftDeletableTable<V, R extends V & { deletedAt: string | null }> {
  /** The table name, as the audit log records it. */
  entity: string;
  /** The message of NOT_FOUND when the record is missing (or, for a live read, in the trash). */
  notFound: string;
  read(db: Db, id: number): R | null;
  insert(db: Db, values: V, at: string): number;
  update(db: Db, id: number, values: V, at: string): void;
  setDeleted(db: Db, id: number, deletedAt: string | null, at: string): void;
  /** The stored fields (with `deletedAt` when given a record), as the audit log records them. */
  auditFields(record: V): object;
  /** What the schema cannot know; throws. `selfId` is null for a new record. */
  check(values: V, selfId: number | null): void;
  /** Why a record in the trash cannot come back yet (its parent is in the trash too), or null. */
  restoreConflict(record: R): string | null;
}

export interface SoftDeletableRecords<V, R> {
  /** A live record; NOT_FOUND when missing or in the trash. */
  get(id: number): R;
  create(values: V): R;
  update(id: number, values: V): R;
  /** Soft delete: to the trash, restorable. */
  delete(id: number): R;
  restore(id: number): R;
}

/** Create, update, soft delete and restore of one table, each change with its audit row. */
export function softDeletableRecords<V, R extends V & { deletedAt: string | null }>(
  deps: ServiceDeps,
  table: SoftDeletableTable<V, R>,
): SoftDeletableRecords<V, R> {
  const { db } = deps;
  const { auditFields } = table;
  const write = auditedWriter(deps, table.entity);

  const find = (id: number): R => {
    const record = table.read(db, id);
    if (!record || record.deletedAt !== null) throw new AppError('NOT_FOUND', table.notFound);
    return record;
  };
  const reread = (id: number): R => table.read(db, id) as R;

  /** Moves a record into or out of the trash, recording it as `action`. */
  const setDeleted = (id: number, before: R, action: 'delete' | 'restore', deleting: boolean): R =>
    write((at) => {
      table.setDeleted(db, id, deleting ? at : null, at);
      const after = reread(id);
      return {
        result: after,
        audit: { entityId: id, action, before: auditFields(before), after: auditFields(after) },
      };
    });

  return {
    get: find,

    create(values) {
      table.check(values, null);
      return write((at) => {
        const id = table.insert(db, values, at);
        return { result: reread(id), audit: { entityId: id, action: 'create', after: auditFields(values) } };
      });
    },

    update(id, values) {
      const before = find(id);
      table.check(values, id);
      if (sameFields(auditFields(before), auditFields({ ...values, deletedAt: null }))) return before;
      return write((at) => {
        table.update(db, id, values, at);
        return {
          result: reread(id),
          audit: { entityId: id, action: 'update', before: auditFields(before), after: auditFields(values) },
        };
      });
    },

    delete(id) {
      return setDeleted(id, find(id), 'delete', true);
    },

    restore(id) {
      const before = table.read(db, id);
      if (!before) throw new AppError('NOT_FOUND', table.notFound);
      if (before.deletedAt === null) return before;
      const conflict = table.restoreConflict(before);
      if (conflict !== null) throw new AppError('CONFLICT', conflict);
      return setDeleted(id, before, 'restore', false);
    },
  };
}
