import type { z } from 'zod';
import type { ServiceDeps } from './audit-trail';
import { softDeletableRecords, type SoftDeletableRecords } from './soft-deletable';
import { requireResidentialGroup } from './references';
import {
  getHouseholdRecord,
  insertHousehold,
  setHouseholdDeleted,
  updateHousehold,
} from '../db/repos/households';
import { listHouseholdsPage } from '../db/repos/households-list';
import { getUnitBasics } from '../db/repos/units';
import type { Page } from '../../../shared/schemas/registry/people';
import type {
  Household,
  HouseholdRow,
  householdsListSchema,
  HouseholdValues,
} from '../../../shared/schemas/registry/households';

export interface HouseholdsService extends SoftDeletableRecords<HouseholdValues, Household> {
  list(filter: z.output<typeof householdsListSchema>): Page<HouseholdRow>;
}

const NOT_FOUND = 'Không tìm thấy hộ gia đình này (có thể đã bị xóa).';

/** The stored fields of a household, as the audit log records them before and after a change. */
function auditFields(h: HouseholdValues & { deletedAt?: string | null }) {
  return {
    headName: h.headName,
    headGender: h.headGender,
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
  const records = softDeletableRecords<HouseholdValues, Household>(deps, {
    entity: 'households',
    notFound: NOT_FOUND,
    read: getHouseholdRecord,
    insert: insertHousehold,
    update: updateHousehold,
    setDeleted: setHouseholdDeleted,
    auditFields,
    check(values) {
      if (values.residentialGroupUnitId !== null) {
        requireResidentialGroup(db, values.residentialGroupUnitId, 'residentialGroupUnitId');
      }
    },
    restoreConflict(before) {
      const group =
        before.residentialGroupUnitId === null ? null : getUnitBasics(db, before.residentialGroupUnitId);
      return group && group.deletedAt !== null
        ? `Tổ dân phố của hộ này (“${group.name}”) đang ở thùng rác; hãy khôi phục tổ dân phố trước.`
        : null;
    },
  });

  return {
    list: ({ offset, limit, ...filter }) => listHouseholdsPage(db, filter, offset, limit),
    ...records,
  };
}
