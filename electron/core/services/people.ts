import type { z } from 'zod';
import type { ServiceDeps } from './audit-trail';
import { softDeletableRecords, type SoftDeletableRecords } from './soft-deletable';
import { requireLiveUnit } from './references';
import {
  findPersonByIdentityNumber,
  getPersonRecord,
  insertPerson,
  setPersonDeleted,
  updatePerson,
} from '../db/repos/people';
import { listPeoplePage, type PeopleFilter } from '../db/repos/people-list';
import { getUnitBasics } from '../db/repos/units';
import { AppError } from '../../../shared/errors';
import { todayIso } from '../../../shared/rules/dates';
import type {
  Page,
  peopleListSchema,
  Person,
  PersonRow,
  PersonValues,
} from '../../../shared/schemas/registry/people';

export interface PeopleService extends SoftDeletableRecords<PersonValues, Person> {
  list(filter: z.output<typeof peopleListSchema>): Page<PersonRow>;
}

const NOT_FOUND = 'Không tìm thấy cá nhân này (có thể đã bị xóa).';

/** The stored fields of a person, as the audit log records them before and after a change. */
function auditFields(p: PersonValues & { deletedAt?: string | null }) {
  return {
    fullName: p.fullName,
    gender: p.gender,
    birthDate: p.birthDate,
    birthYear: p.birthYear,
    unitId: p.unitId,
    position: p.position,
    staffCategory: p.staffCategory,
    identityNumber: p.identityNumber,
    phone: p.phone,
    address: p.address,
    note: p.note,
    active: p.active,
    deletedAt: p.deletedAt ?? null,
  };
}

export function createPeopleService(deps: ServiceDeps): PeopleService {
  const { db, clock } = deps;

  /** What the schema cannot know: today's date, the unit, and who else holds the identity number. */
  function check(values: PersonValues, selfId: number | null): void {
    const today = todayIso(clock.now());
    if (values.birthDate !== null && values.birthDate > today) {
      const message = 'Ngày sinh không được sau ngày hôm nay.';
      throw new AppError('VALIDATION', message, { fields: { birthDate: message } });
    }
    if (values.birthYear !== null && values.birthYear > Number(today.slice(0, 4))) {
      const message = 'Năm sinh không được sau năm nay.';
      throw new AppError('VALIDATION', message, { fields: { birthYear: message } });
    }
    if (values.unitId !== null) requireLiveUnit(db, values.unitId, 'unitId');
    if (values.identityNumber !== null) {
      const holder = findPersonByIdentityNumber(db, values.identityNumber);
      if (holder && holder.id !== selfId) {
        const where = holder.deletedAt === null ? '' : ' (đang ở thùng rác)';
        const message = `Số định danh ${values.identityNumber} đã được dùng cho “${holder.fullName}”${where}.`;
        throw new AppError('CONFLICT', message, { fields: { identityNumber: message } });
      }
    }
  }

  const records = softDeletableRecords<PersonValues, Person>(deps, {
    entity: 'people',
    notFound: NOT_FOUND,
    read: getPersonRecord,
    insert: insertPerson,
    update: updatePerson,
    setDeleted: setPersonDeleted,
    auditFields,
    check,
    restoreConflict(before) {
      const unit = before.unitId === null ? null : getUnitBasics(db, before.unitId);
      return unit && unit.deletedAt !== null
        ? `Đơn vị của cá nhân này (“${unit.name}”) đang ở thùng rác; hãy khôi phục đơn vị trước.`
        : null;
    },
  });

  return {
    list: ({ offset, limit, ...filter }) => listPeoplePage(db, filter satisfies PeopleFilter, offset, limit),
    ...records,
  };
}
