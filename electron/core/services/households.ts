import type { z } from 'zod';
import { auditedWriter, sameFields, type ServiceDeps } from './audit-trail';
import { requireResidentialGroup } from './references';
import {
  getHouseholdRecord,
  insertHousehold,
  setHouseholdDeleted,
  updateHousehold,
} from '../db/repos/households';
import { listHouseholdsPage } from '../db/repos/households-list';
import { getUnitBasics } from '../db/repos/units';
import { AppError } from '../../../shared/errors';
import type { Page } from '../../../shared/schemas/registry/people';
import type {
  Household,
  HouseholdRow,
  householdsListSchema,
  HouseholdValues,
} from '../../../shared/schemas/registry/households';

export interface HouseholdsService {
  list(filter: z.output<typeof householdsListSchema>): Page<HouseholdRow>;
  /** A live household; NOT_FOUND when missing or in the trash. */
  get(id: number): Household;
  create(values: HouseholdValues): Household;
  update(id: number, values: HouseholdValues): Household;
  /** Soft delete: to the trash, restorable. */
  delete(id: number): Household;
  restore(id: number): Household;
}

const NOT_FOUND = 'Không tìm thấy hộ gia đình này (có thể đã bị xóa).';

/** The stored fields of a household, as the audit log records them before and after a change. */
function auditFields(h: HouseholdValues & { deletedAt?: string | null }) {
  return {
    headName: h.headName,
    address: h.address,
    residentialGroupUnitId: h.residentialGroupUnitId,
    memberCount: h.memberCount,
    phone: h.phone,
    note: h.note,
    deletedAt: h.deletedAt ?? null,
  };
}

export function createHouseholdsService(deps: ServiceDeps): HouseholdsService {
  const { db } = deps;
  const write = auditedWriter(deps, 'households');

  const find = (id: number): Household => {
    const household = getHouseholdRecord(db, id);
    if (!household || household.deletedAt !== null) throw new AppError('NOT_FOUND', NOT_FOUND);
    return household;
  };
  const reread = (id: number): Household => getHouseholdRecord(db, id) as Household;
  const check = (values: HouseholdValues) => {
    if (values.residentialGroupUnitId !== null) {
      requireResidentialGroup(db, values.residentialGroupUnitId, 'residentialGroupUnitId');
    }
  };

  return {
    list: ({ offset, limit, ...filter }) => listHouseholdsPage(db, filter, offset, limit),

    get: find,

    create(values) {
      check(values);
      return write((at) => {
        const id = insertHousehold(db, values, at);
        return { result: reread(id), audit: { entityId: id, action: 'create', after: auditFields(values) } };
      });
    },

    update(id, values) {
      const before = find(id);
      check(values);
      if (sameFields(auditFields(before), auditFields({ ...values, deletedAt: null }))) return before;
      return write((at) => {
        updateHousehold(db, id, values, at);
        return {
          result: reread(id),
          audit: { entityId: id, action: 'update', before: auditFields(before), after: auditFields(values) },
        };
      });
    },

    delete(id) {
      const before = find(id);
      return write((at) => {
        setHouseholdDeleted(db, id, at, at);
        const after = reread(id);
        return {
          result: after,
          audit: { entityId: id, action: 'delete', before: auditFields(before), after: auditFields(after) },
        };
      });
    },

    restore(id) {
      const before = getHouseholdRecord(db, id);
      if (!before) throw new AppError('NOT_FOUND', NOT_FOUND);
      if (before.deletedAt === null) return before;
      const group =
        before.residentialGroupUnitId === null ? null : getUnitBasics(db, before.residentialGroupUnitId);
      if (group && group.deletedAt !== null) {
        throw new AppError(
          'CONFLICT',
          `Tổ dân phố của hộ này (“${group.name}”) đang ở thùng rác; hãy khôi phục tổ dân phố trước.`,
        );
      }
      return write((at) => {
        setHouseholdDeleted(db, id, null, at);
        const after = reread(id);
        return {
          result: after,
          audit: { entityId: id, action: 'restore', before: auditFields(before), after: auditFields(after) },
        };
      });
    },
  };
}
