import type { z } from 'zod';
import type { Db } from '../db/types';
import { insertAudit } from '../db/repos/audit';
import { insertCluster, setClusterMembers } from '../db/repos/clusters';
import { insertHousehold } from '../db/repos/households';
import { insertPerson } from '../db/repos/people';
import { insertUnit } from '../db/repos/units';
import { householdInputSchema } from '../../../shared/schemas/registry/households';
import { personInputSchema } from '../../../shared/schemas/registry/people';
import { clusterInputSchema, unitInputSchema } from '../../../shared/schemas/registry/units';
import { insertDecisions } from './insert-awards';
import { insertModels, insertMovements, insertRegistrations } from './insert-movements';
import { insertProposals } from './insert-proposals';
import { insertUnitReports } from './unit-reports';
import type { WardData } from './types';

export interface SeedReport {
  counts: {
    units: number;
    clusters: number;
    people: number;
    households: number;
    decisions: number;
    awards: number;
    movements: number;
    registrations: number;
    models: number;
    proposals: number;
    unitReports: number;
  };
  /** Milliseconds per table, validation included. */
  ms: {
    units: number;
    clusters: number;
    people: number;
    households: number;
    decisions: number;
    movements: number;
    total: number;
  };
}

/** Who the audit log names for generated data. */
export const SEED_ACTOR = 'Dữ liệu mẫu';

/**
 * Writes a generated ward through the repositories. Every raw input goes through the same zod
 * schema as the API, so the stored text is normalised exactly as a user's would be (Ð → Đ, NFC,
 * spaces). One transaction per table, all inside one outer transaction (savepoints), so a failure
 * leaves the database as it was rather than half seeded.
 */
export function insertWard(db: Db, ward: WardData, at: string): SeedReport {
  const ms = { units: 0, clusters: 0, people: 0, households: 0, decisions: 0, movements: 0, total: 0 };
  const timed = <T>(key: keyof typeof ms, work: () => T): T => {
    const start = performance.now();
    try {
      return work();
    } finally {
      ms[key] = Math.round(performance.now() - start);
    }
  };
  const note = `Dữ liệu mẫu: cỡ ${ward.size}, seed ${ward.seed}`;

  return timed('total', () =>
    db.transaction((): SeedReport => {
      const unitIds = timed('units', () =>
        db.transaction(() => {
          const ids: number[] = [];
          ward.units.forEach((u, i) => {
            const parentId = u.parent === null ? null : requireId(ids, u.parent, `units[${i}].parent`);
            ids.push(insertUnit(db, parse(unitInputSchema, { ...u.input, parentId }, `units[${i}]`), at));
          });
          insertAudit(db, { at, actor: SEED_ACTOR, entity: 'units', entityId: null, action: 'import', note });
          return ids;
        })(),
      );
      timed('clusters', () =>
        db.transaction(() => {
          ward.clusters.forEach((c, i) => {
            const id = insertCluster(db, parse(clusterInputSchema, c.input, `clusters[${i}]`), at);
            setClusterMembers(
              db,
              id,
              c.members.map((m) => requireId(unitIds, m, `clusters[${i}].members`)),
              at,
            );
          });
          insertAudit(db, {
            at,
            actor: SEED_ACTOR,
            entity: 'clusters',
            entityId: null,
            action: 'import',
            note,
          });
        })(),
      );
      const personIds = timed('people', () =>
        db.transaction(() => {
          const ids = ward.people.map((p, i) => {
            const unitId = p.unit === null ? null : requireId(unitIds, p.unit, `people[${i}].unit`);
            return insertPerson(db, parse(personInputSchema, { ...p.input, unitId }, `people[${i}]`), at);
          });
          insertAudit(db, {
            at,
            actor: SEED_ACTOR,
            entity: 'people',
            entityId: null,
            action: 'import',
            note,
          });
          return ids;
        })(),
      );
      const householdIds = timed('households', () =>
        db.transaction(() => {
          const ids = ward.households.map((h, i) => {
            const groupId = h.group === null ? null : requireId(unitIds, h.group, `households[${i}].group`);
            const values = parse(
              householdInputSchema,
              { ...h.input, residentialGroupUnitId: groupId },
              `households[${i}]`,
            );
            return insertHousehold(db, values, at);
          });
          insertAudit(db, {
            at,
            actor: SEED_ACTOR,
            entity: 'households',
            entityId: null,
            action: 'import',
            note,
          });
          return ids;
        })(),
      );
      const ids = { units: unitIds, people: personIds, households: householdIds };
      // Movements first: decisions, registrations and models point at them.
      const movementIds = timed('movements', () =>
        db.transaction(() => insertMovements(db, ward.movements, unitIds, at))(),
      );
      const awards = timed('decisions', () =>
        db.transaction(() => insertDecisions(db, ward.decisions, ids, at, SEED_ACTOR, movementIds))(),
      );
      const started = performance.now();
      const registrations = db.transaction(() =>
        insertRegistrations(db, ward.registrations, movementIds, ids, at),
      )();
      const models = db.transaction(() => insertModels(db, ward.models, movementIds, ids, at))();
      // Proposals of the newest award year: one decided into its draft decision, one reviewed, one waiting.
      const newestYear = ward.decisions.reduce((y, d) => Math.max(y, d.year), 0);
      const proposals = newestYear === 0 ? 0 : db.transaction(() => insertProposals(db, newestYear, at))();
      const unitReports = db.transaction(() =>
        insertUnitReports(db, ward.unitReports, unitIds, at, SEED_ACTOR),
      )();
      ms.movements += Math.round(performance.now() - started);
      return {
        counts: {
          units: ward.units.length,
          clusters: ward.clusters.length,
          people: ward.people.length,
          households: ward.households.length,
          decisions: awards.decisions,
          awards: awards.awards,
          movements: movementIds.length,
          registrations,
          models,
          proposals,
          unitReports,
        },
        ms,
      };
    })(),
  );
}

function parse<S extends z.ZodType>(schema: S, raw: unknown, where: string): z.output<S> {
  const result = schema.safeParse(raw);
  // A generator bug, not user input: say which record and why, in English for the developer.
  if (!result.success) throw new Error(`Generated ${where} is invalid: ${result.error.message}`);
  return result.data;
}

function requireId(ids: readonly number[], index: number, where: string): number {
  const id = ids[index];
  if (id === undefined)
    throw new Error(`Generated ${where} points at unit ${index}, which is not inserted yet`);
  return id;
}
