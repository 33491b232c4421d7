import { auditedWriter, sameFields, type ServiceDeps } from './audit-trail';
import {
  deleteBaseSalary,
  deleteCatalogueEntry,
  findBaseSalaryByDate,
  findCatalogueByName,
  getBaseSalary,
  getCatalogueEntry,
  insertBaseSalary,
  insertCatalogueEntry,
  listBaseSalaries,
  listCatalogue,
  setCatalogueActive,
  updateCatalogueEntry,
} from '../db/repos/catalogue';
import { AppError } from '../../../shared/errors';
import { CATALOGUE_KIND_LABELS } from '../../../shared/domain/awards';
import { formatMoney } from '../../../shared/rules/money';
import { formatDate } from '../../../shared/rules/dates';
import type {
  BaseSalary,
  BaseSalaryValues,
  CatalogueEntry,
  CatalogueValues,
} from '../../../shared/schemas/catalogue';

export interface CatalogueService {
  list(): CatalogueEntry[];
  create(values: CatalogueValues): CatalogueEntry;
  update(id: number, values: CatalogueValues): CatalogueEntry;
  retire(id: number): CatalogueEntry;
  reactivate(id: number): CatalogueEntry;
  /** For good, and only while nothing refers to the entry. */
  delete(id: number): { id: number };
  listSalaries(): BaseSalary[];
  createSalary(values: BaseSalaryValues): BaseSalary;
  /** Refused while award lines were computed from the row. */
  deleteSalary(id: number): { id: number };
}

const NOT_FOUND = 'Không tìm thấy danh hiệu, hình thức khen thưởng này (có thể đã bị xóa).';
const SALARY_NOT_FOUND = 'Không tìm thấy mức lương cơ sở này (có thể đã bị xóa).';

/** The entry's editable fields and status, as the audit log records them. */
const auditFields = (e: CatalogueEntry) => ({
  name: e.name,
  kind: e.kind,
  level: e.level,
  allowsCollective: e.allowsCollective,
  allowsIndividual: e.allowsIndividual,
  allowsHousehold: e.allowsHousehold,
  collectivePermille: e.collectivePermille,
  individualPermille: e.individualPermille,
  householdPermille: e.householdPermille,
  rank: e.rank,
  note: e.note,
  active: e.active,
});

const salaryFields = (s: BaseSalary) => ({ effectiveFrom: s.effectiveFrom, amount: s.amount, note: s.note });

export function createCatalogueService(deps: ServiceDeps): CatalogueService {
  const { db } = deps;
  const write = auditedWriter(deps, 'award_catalogue');
  const writeSalary = auditedWriter(deps, 'base_salaries');

  const find = (id: number): CatalogueEntry => {
    const entry = getCatalogueEntry(db, id);
    if (!entry) throw new AppError('NOT_FOUND', NOT_FOUND);
    return entry;
  };
  const requireUniqueName = (values: CatalogueValues, ownId: number | null) => {
    const other = findCatalogueByName(db, values.kind, values.name);
    if (other !== null && other !== ownId) {
      const message = `Đã có ${CATALOGUE_KIND_LABELS[values.kind].toLowerCase()} “${values.name}” trong danh mục.`;
      throw new AppError('CONFLICT', message, { fields: { name: message } });
    }
  };
  const setActive = (id: number, active: boolean): CatalogueEntry => {
    const before = find(id);
    if (before.active === active) return before;
    return write((at) => {
      setCatalogueActive(db, id, active, at);
      const after = find(id);
      return {
        result: after,
        audit: { entityId: id, action: 'update', before: auditFields(before), after: auditFields(after) },
      };
    });
  };

  return {
    list: () => listCatalogue(db),

    create(values) {
      requireUniqueName(values, null);
      return write((at) => {
        const id = insertCatalogueEntry(db, values, at);
        const after = find(id);
        return { result: after, audit: { entityId: id, action: 'create', after: auditFields(after) } };
      });
    },

    update(id, values) {
      const before = find(id);
      requireUniqueName(values, id);
      if (sameFields(auditFields(before), auditFields({ ...before, ...values }))) return before;
      if (before.usageCount > 0 && values.kind !== before.kind) {
        throw new AppError(
          'CONFLICT',
          `“${before.name}” đã được dùng nên không đổi được giữa danh hiệu và hình thức khen thưởng.`,
          { fields: { kind: 'Đã được dùng: không đổi loại được.' } },
        );
      }
      return write((at) => {
        updateCatalogueEntry(db, id, values, at);
        const after = find(id);
        return {
          result: after,
          audit: { entityId: id, action: 'update', before: auditFields(before), after: auditFields(after) },
        };
      });
    },

    retire: (id) => setActive(id, false),
    reactivate: (id) => setActive(id, true),

    delete(id) {
      const before = find(id);
      if (before.usageCount > 0) {
        throw new AppError(
          'CONFLICT',
          `“${before.name}” đã được dùng ${before.usageCount} lần (khen thưởng, quyết định, đề nghị hoặc đăng ký thi đua) nên không xóa được; hãy ngừng sử dụng thay vì xóa.`,
        );
      }
      return write(() => {
        deleteCatalogueEntry(db, id);
        return { result: { id }, audit: { entityId: id, action: 'delete', before: auditFields(before) } };
      });
    },

    listSalaries: () => listBaseSalaries(db),

    createSalary(values) {
      if (findBaseSalaryByDate(db, values.effectiveFrom) !== null) {
        const message = `Đã có mức lương cơ sở áp dụng từ ngày ${formatDate(values.effectiveFrom)}.`;
        throw new AppError('CONFLICT', message, { fields: { effectiveFrom: message } });
      }
      return writeSalary((at) => {
        const id = insertBaseSalary(db, values, at);
        const after = getBaseSalary(db, id)!;
        return { result: after, audit: { entityId: id, action: 'create', after: salaryFields(after) } };
      });
    },

    deleteSalary(id) {
      const before = getBaseSalary(db, id);
      if (!before) throw new AppError('NOT_FOUND', SALARY_NOT_FOUND);
      if (before.usageCount > 0) {
        throw new AppError(
          'CONFLICT',
          `Mức lương cơ sở ${formatMoney(before.amount)} từ ngày ${formatDate(before.effectiveFrom)} đã được dùng để tính tiền thưởng cho ${before.usageCount} trường hợp nên không xóa được.`,
        );
      }
      return writeSalary(() => {
        deleteBaseSalary(db, id);
        return { result: { id }, audit: { entityId: id, action: 'delete', before: salaryFields(before) } };
      });
    },
  };
}
