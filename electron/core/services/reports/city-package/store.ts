import type { z } from 'zod';
import { auditedWriter, type ServiceDeps } from '../../audit-trail';
import { readPackageFile } from './check';
import {
  deleteWardPackage,
  findWardPackage,
  getWardPackage,
  insertWardPackage,
  listWardPackages,
  replaceWardPackage,
  type WardPackageInput,
} from '../../../db/repos/reports/ward-packages';
import { AppError } from '../../../../../shared/errors';
import { foldForSearch } from '../../../../../shared/rules/search';
import { compareVietnamese } from '../../../../../shared/rules/names';
import { formatDate, todayIso } from '../../../../../shared/rules/dates';
import type { ImportedPackage, packageImportSchema } from '../../../../../shared/schemas/reports';

const ENTITY = 'ward_packages';

/** What the history records of a package (audit_log before/after). */
const auditFields = (p: Omit<ImportedPackage, 'id' | 'importedAt'> & { sha256?: string }) => ({
  wardName: p.wardName,
  city: p.city,
  year: p.year,
  schemaVersion: p.schemaVersion,
  generatedAt: p.generatedAt,
  awardCount: p.awardCount,
  money: p.money,
  ...(p.sha256 ? { sha256: p.sha256 } : {}),
});

const conflictMessage = (p: ImportedPackage): string =>
  `Đã nhập gói báo cáo năm ${p.year} của ${p.wardName} ngày ${formatDate(todayIso(new Date(p.importedAt)))}; chọn Thay thế để thay bằng gói mới.`;

/** The imported packages of the city side: import (or replace), list, remove; each change audited. */
export function createPackageStore(deps: ServiceDeps) {
  const write = auditedWriter(deps, ENTITY);

  const importPackage = (input: z.output<typeof packageImportSchema>): ImportedPackage => {
    const { pkg, text, sha256 } = readPackageFile(input.file);
    return write((at) => {
      const row: WardPackageInput = {
        wardName: pkg.ward.name,
        wardFolded: foldForSearch(pkg.ward.name),
        city: pkg.ward.city,
        year: pkg.year,
        schemaVersion: pkg.schemaVersion,
        generatedAt: new Date(pkg.generatedAt).toISOString(),
        importedAt: at,
        sha256,
        payloadJson: text,
        awardCount: pkg.awards.length,
        money: pkg.awards.reduce((sum, a) => sum + a.amount, 0),
      };
      const existing = findWardPackage(deps.db, row.year, row.wardFolded);
      if (existing && !input.replace) throw new AppError('CONFLICT', conflictMessage(existing));
      const id = existing ? existing.id : insertWardPackage(deps.db, row);
      if (existing) replaceWardPackage(deps.db, id, row);
      return {
        result: getWardPackage(deps.db, id)!,
        audit: {
          entityId: id,
          action: 'import',
          ...(existing ? { before: auditFields(existing) } : {}),
          after: auditFields(row),
          note: `${existing ? 'Thay thế' : 'Nhập'} gói báo cáo năm ${row.year} của ${row.wardName} (${input.file.fileName})`,
        },
      };
    });
  };

  const remove = (id: number): { id: number } =>
    write(() => {
      const before = getWardPackage(deps.db, id);
      if (!before)
        throw new AppError('NOT_FOUND', 'Không tìm thấy gói báo cáo đã nhập (có thể đã được xóa).');
      deleteWardPackage(deps.db, id);
      return {
        result: { id },
        audit: {
          entityId: id,
          action: 'purge',
          before: auditFields(before),
          note: `Xóa gói báo cáo năm ${before.year} của ${before.wardName}`,
        },
      };
    });

  /** The year's packages by ward name in Vietnamese order. */
  const list = (year: number): ImportedPackage[] =>
    listWardPackages(deps.db, year).sort((a, b) => compareVietnamese(a.wardName, b.wardName));

  return { importPackage, remove, list };
}
