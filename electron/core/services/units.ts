import type { z } from 'zod';
import { auditedWriter, sameFields, type ServiceDeps } from './audit-trail';
import { checkDeactivation, checkUnitValues, historyOf } from './unit-checks';
import {
  getUnitBasics,
  insertUnit,
  setUnitDeactivation,
  setUnitDeleted,
  updateUnit,
  type UnitBasics,
} from '../db/repos/units';
import { getUnitRecord, listUnitItems, unitReferences } from '../db/repos/unit-queries';
import { AppError } from '../../../shared/errors';
import { formatDate, todayIso } from '../../../shared/rules/dates';
import { compareVietnamese } from '../../../shared/rules/names';
import { matchesSearch } from '../../../shared/rules/search';
import type {
  Unit,
  unitDeactivateSchema,
  unitListSchema,
  UnitRef,
  UnitRow,
  UnitValues,
} from '../../../shared/schemas/registry/units';

export interface UnitsService {
  /** Every unit matching the filter, in Vietnamese order of the name. */
  list(filter: z.output<typeof unitListSchema>): UnitRow[];
  /** A live unit; NOT_FOUND when missing or in the trash. */
  get(id: number): Unit;
  create(values: UnitValues): Unit;
  update(id: number, values: UnitValues): Unit;
  /** Ends the unit's activity on a date (kept in history), optionally naming the unit it merged into. */
  deactivate(input: z.output<typeof unitDeactivateSchema>): Unit;
  reactivate(id: number): Unit;
  /** To the trash, refused (CONFLICT) while anything refers to the unit: deactivate it instead. */
  delete(id: number): Unit;
  restore(id: number): Unit;
}

const NOT_FOUND = 'Không tìm thấy đơn vị này (có thể đã bị xóa).';

const byName = <T extends { name: string; id: number }>(a: T, b: T) =>
  compareVietnamese(a.name, b.name) || a.id - b.id;
const sortRefs = (refs: UnitRef[]) => [...refs].sort(byName);

/** The stored fields of a unit (memberships included), as the audit log records them. */
function auditFields(u: Omit<UnitValues, 'clusterIds'> & Partial<UnitBasics> & { clusterIds: number[] }) {
  return {
    name: u.name,
    shortName: u.shortName,
    kind: u.kind,
    parentId: u.parentId,
    contactPerson: u.contactPerson,
    phone: u.phone,
    address: u.address,
    activeFrom: u.activeFrom,
    activeTo: u.activeTo ?? null,
    successorId: u.successorId ?? null,
    note: u.note,
    clusterIds: [...new Set(u.clusterIds)].sort((a, b) => a - b),
    deletedAt: u.deletedAt ?? null,
  };
}

export function createUnitsService(deps: ServiceDeps): UnitsService {
  const { db, clock } = deps;
  const write = auditedWriter(deps, 'units');
  const today = () => todayIso(clock.now());

  const record = (id: number): Unit | null => {
    const unit = getUnitRecord(db, id, today());
    return unit && { ...unit, clusters: sortRefs(unit.clusters), children: sortRefs(unit.children) };
  };
  const find = (id: number): Unit => {
    const unit = record(id);
    if (!unit || unit.deletedAt !== null) throw new AppError('NOT_FOUND', NOT_FOUND);
    return unit;
  };
  const fieldsOf = (u: Unit) =>
    auditFields({ ...u, successorId: u.successor?.id ?? null, clusterIds: u.clusters.map((c) => c.id) });

  /** Writes a change of the unit row and records it with the fields before and after. */
  const change = (
    id: number,
    action: 'update' | 'delete' | 'restore',
    apply: (at: string) => void,
    note?: string,
  ) => {
    const before = fieldsOf(record(id) as Unit);
    return write((at) => {
      apply(at);
      const after = record(id) as Unit;
      return {
        result: after,
        audit: { entityId: id, action, before, after: fieldsOf(after), ...(note ? { note } : {}) },
      };
    });
  };

  return {
    list(filter) {
      const { query, ...rest } = filter;
      return listUnitItems(db, rest, today())
        .filter((u) => matchesSearch(u.searchText, query))
        .sort(byName)
        .map(({ searchText: _searchText, ...row }) => ({ ...row, clusters: sortRefs(row.clusters) }));
    },

    get: find,

    create(values) {
      const clean = { ...values, clusterIds: [...new Set(values.clusterIds)] };
      checkUnitValues(db, clean, null);
      return write((at) => {
        const id = insertUnit(db, clean, at);
        return { result: find(id), audit: { entityId: id, action: 'create', after: auditFields(clean) } };
      });
    },

    update(id, values) {
      const before = find(id);
      const self = getUnitBasics(db, id) as UnitBasics;
      const clean = { ...values, clusterIds: [...new Set(values.clusterIds)] };
      checkUnitValues(db, clean, self);
      const next = auditFields({ ...self, ...clean });
      if (sameFields(fieldsOf(before), next)) return before;
      return change(id, 'update', (at) => updateUnit(db, id, clean, at));
    },

    deactivate({ id, activeTo, successorId, reason }) {
      find(id);
      const self = getUnitBasics(db, id) as UnitBasics;
      checkDeactivation(db, self, activeTo, successorId);
      const note = `Ngừng hoạt động từ ngày ${formatDate(activeTo)}${reason ? `. Lý do: ${reason}` : ''}`;
      return change(id, 'update', (at) => setUnitDeactivation(db, id, activeTo, successorId, at), note);
    },

    reactivate(id) {
      const before = find(id);
      if (before.activeTo === null && before.successor === null) return before;
      return change(id, 'update', (at) => setUnitDeactivation(db, id, null, null, at), 'Hoạt động trở lại');
    },

    delete(id) {
      const unit = find(id);
      const history = historyOf(unitReferences(db, id));
      if (history !== null) {
        throw new AppError(
          'CONFLICT',
          `Đơn vị “${unit.name}” đã có ${history} nên không xóa được; hãy cho ngừng hoạt động để giữ lại trong lịch sử.`,
        );
      }
      return change(id, 'delete', (at) => setUnitDeleted(db, id, at, at));
    },

    restore(id) {
      const unit = record(id);
      if (!unit) throw new AppError('NOT_FOUND', NOT_FOUND);
      if (unit.deletedAt === null) return unit;
      const parent = unit.parentId === null ? null : getUnitBasics(db, unit.parentId);
      if (parent && parent.deletedAt !== null) {
        throw new AppError(
          'CONFLICT',
          `Đơn vị cấp trên (“${parent.name}”) đang ở thùng rác; hãy khôi phục đơn vị đó trước.`,
        );
      }
      return change(id, 'restore', (at) => setUnitDeleted(db, id, null, at));
    },
  };
}
