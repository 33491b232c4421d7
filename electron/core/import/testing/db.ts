import { openMemoryDatabase } from '../../db/connection';
import { migrate } from '../../db/migrate';
import { MIGRATIONS } from '../../db/migrations';
import { insertUnit } from '../../db/repos/units';
import type { Db } from '../../db/types';
import type { UnitKind } from '../../../../shared/domain/registry';

/** A migrated in-memory database. */
export function testDb(): Db {
  const db = openMemoryDatabase();
  migrate(db, MIGRATIONS);
  return db;
}

/** Adds units straight through the repository; returns their ids by name. */
export function addUnits(db: Db, names: string[], kind: UnitKind = 'other'): Record<string, number> {
  const ids: Record<string, number> = {};
  for (const name of names) {
    ids[name] = insertUnit(
      db,
      {
        name,
        shortName: null,
        kind,
        parentId: null,
        contactPerson: null,
        phone: null,
        address: null,
        activeFrom: null,
        note: null,
        clusterIds: [],
      },
      '2026-01-01T00:00:00.000Z',
    );
  }
  return ids;
}

export function count(db: Db, table: 'people' | 'units' | 'households' | 'audit_log'): number {
  return (db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;
}
