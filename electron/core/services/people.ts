import type { z } from 'zod';
import { auditedWriter, sameFields, type ServiceDeps } from './audit-trail';
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

export interface PeopleService {
  list(filter: z.output<typeof peopleListSchema>): Page<PersonRow>;
  /** A live person; NOT_FOUND when missing or in the trash. */
  get(id: number): Person;
  create(values: PersonValues): Person;
  update(id: number, values: PersonValues): Person;
  /** Soft delete: to the trash, restorable. */
  delete(id: number): Person;
  restore(id: number): Person;
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
  const write = auditedWriter(deps, 'people');

  const find = (id: number): Person => {
    const person = getPersonRecord(db, id);
    if (!person || person.deletedAt !== null) throw new AppError('NOT_FOUND', NOT_FOUND);
    return person;
  };
  const reread = (id: number): Person => getPersonRecord(db, id) as Person;

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

  return {
    list: ({ offset, limit, ...filter }) => listPeoplePage(db, filter satisfies PeopleFilter, offset, limit),

    get: find,

    create(values) {
      check(values, null);
      return write((at) => {
        const id = insertPerson(db, values, at);
        return { result: reread(id), audit: { entityId: id, action: 'create', after: auditFields(values) } };
      });
    },

    update(id, values) {
      const before = find(id);
      check(values, id);
      if (sameFields(auditFields(before), auditFields({ ...values, deletedAt: null }))) return before;
      return write((at) => {
        updatePerson(db, id, values, at);
        return {
          result: reread(id),
          audit: { entityId: id, action: 'update', before: auditFields(before), after: auditFields(values) },
        };
      });
    },

    delete(id) {
      const before = find(id);
      return write((at) => {
        setPersonDeleted(db, id, at, at);
        const after = reread(id);
        return {
          result: after,
          audit: { entityId: id, action: 'delete', before: auditFields(before), after: auditFields(after) },
        };
      });
    },

    restore(id) {
      const before = getPersonRecord(db, id);
      if (!before) throw new AppError('NOT_FOUND', NOT_FOUND);
      if (before.deletedAt === null) return before;
      const unit = before.unitId === null ? null : getUnitBasics(db, before.unitId);
      if (unit && unit.deletedAt !== null) {
        throw new AppError(
          'CONFLICT',
          `Đơn vị của cá nhân này (“${unit.name}”) đang ở thùng rác; hãy khôi phục đơn vị trước.`,
        );
      }
      return write((at) => {
        setPersonDeleted(db, id, null, at);
        const after = reread(id);
        return {
          result: after,
          audit: { entityId: id, action: 'restore', before: auditFields(before), after: auditFields(after) },
        };
      });
    },
  };
}
