import { auditedWriter, sameFields, type ServiceDeps } from './audit-trail';
import { requireLiveUnit } from './references';
import {
  countClusterMovements,
  getClusterBasics,
  insertCluster,
  listClusterBasics,
  listMemberships,
  setClusterDeleted,
  setClusterMembers,
  updateCluster,
  type ClusterBasics,
  type ClusterValues,
} from '../db/repos/clusters';
import { AppError } from '../../../shared/errors';
import { compareVietnamese } from '../../../shared/rules/names';
import type { Cluster, UnitRef } from '../../../shared/schemas/registry/units';

export interface ClustersService {
  /** Live clusters with their current member units, in Vietnamese order. */
  list(): Cluster[];
  create(values: ClusterValues): Cluster;
  update(id: number, values: ClusterValues): Cluster;
  /** Makes `unitIds` the current members (leavers are closed today, kept in history). */
  setMembers(id: number, unitIds: number[]): Cluster;
  /** To the trash; refused while a movement is scoped to the cluster. */
  delete(id: number): { id: number };
}

const NOT_FOUND = 'Không tìm thấy cụm, khối thi đua này (có thể đã bị xóa).';

const byName = <T extends { name: string; id: number }>(a: T, b: T) =>
  compareVietnamese(a.name, b.name) || a.id - b.id;

export function createClustersService(deps: ServiceDeps): ClustersService {
  const { db } = deps;
  const write = auditedWriter(deps, 'clusters');

  const members = (id: number): UnitRef[] =>
    listMemberships(db, { clusterId: id })
      .map((m) => ({ id: m.unitId, name: m.unitName }))
      .sort(byName);
  const toCluster = (c: ClusterBasics): Cluster => ({
    id: c.id,
    name: c.name,
    kind: c.kind,
    note: c.note,
    units: members(c.id),
  });
  const find = (id: number): Cluster => {
    const cluster = getClusterBasics(db, id);
    if (!cluster || cluster.deletedAt !== null) throw new AppError('NOT_FOUND', NOT_FOUND);
    return toCluster(cluster);
  };
  /** The cluster's fields and members, as the audit log records them. */
  const auditFields = (c: Cluster, deletedAt: string | null = null) => ({
    name: c.name,
    kind: c.kind,
    note: c.note,
    unitIds: c.units.map((u) => u.id).sort((a, b) => a - b),
    deletedAt,
  });

  return {
    list: () => listClusterBasics(db).map(toCluster).sort(byName),

    create(values) {
      return write((at) => {
        const id = insertCluster(db, values, at);
        const after = find(id);
        return { result: after, audit: { entityId: id, action: 'create', after: auditFields(after) } };
      });
    },

    update(id, values) {
      const before = find(id);
      if (sameFields([before.name, before.kind, before.note], [values.name, values.kind, values.note]))
        return before;
      return write((at) => {
        updateCluster(db, id, values, at);
        const after = find(id);
        return {
          result: after,
          audit: { entityId: id, action: 'update', before: auditFields(before), after: auditFields(after) },
        };
      });
    },

    setMembers(id, unitIds) {
      const before = find(id);
      const wanted = [...new Set(unitIds)];
      for (const unitId of wanted) {
        requireLiveUnit(db, unitId, 'unitIds', 'Đơn vị đã chọn không tồn tại hoặc đã bị xóa.');
      }
      if (
        sameFields(
          auditFields(before).unitIds,
          [...wanted].sort((a, b) => a - b),
        )
      )
        return before;
      return write((at) => {
        setClusterMembers(db, id, wanted, at);
        const after = find(id);
        return {
          result: after,
          audit: { entityId: id, action: 'update', before: auditFields(before), after: auditFields(after) },
        };
      });
    },

    delete(id) {
      const before = find(id);
      const movements = countClusterMovements(db, id);
      if (movements > 0) {
        throw new AppError(
          'CONFLICT',
          `Cụm, khối “${before.name}” đã có ${movements} phong trào thi đua nên không xóa được.`,
        );
      }
      return write((at) => {
        setClusterDeleted(db, id, at, at);
        return {
          result: { id },
          audit: {
            entityId: id,
            action: 'delete',
            before: auditFields(before),
            after: auditFields(before, at),
          },
        };
      });
    },
  };
}
