import type { Db } from '../../db/types';
import { findDecisionByNumber } from '../../db/repos/decisions';
import { getCatalogueEntry } from '../../db/repos/catalogue';
import { prepared } from '../../db/repos/prepared';
import { AppError } from '../../../../shared/errors';
import type { DecisionValues } from '../../../../shared/schemas/decisions';

/** CONFLICT on the number field when another decision of the year holds the number. */
export function requireFreeNumber(
  db: Db,
  year: number,
  number: number,
  numberText: string,
  selfId: number | null,
): void {
  const holder = findDecisionByNumber(db, year, number);
  if (holder === null || holder.id === selfId) return;
  const where =
    holder.deletedAt !== null
      ? ' (một dự thảo đang ở thùng rác)'
      : holder.status === 'cancelled'
        ? ' (quyết định đã hủy vẫn giữ số)'
        : '';
  const message = `Số ${numberText} đã được dùng trong năm ${year}${where}.`;
  throw new AppError('CONFLICT', message, { fields: { number: message } });
}

/** The award and movement chosen exist (and the award is still offered when newly chosen). */
export function requireKnownReferences(
  db: Db,
  values: DecisionValues,
  previousCatalogueId: number | null = null,
): void {
  if (values.catalogueId !== null) {
    const entry = getCatalogueEntry(db, values.catalogueId);
    if (!entry) {
      const message = 'Không tìm thấy danh hiệu, hình thức khen thưởng đã chọn.';
      throw new AppError('VALIDATION', message, { fields: { catalogueId: message } });
    }
    if (!entry.active && entry.id !== previousCatalogueId) {
      const message = `“${entry.name}” đã ngừng sử dụng.`;
      throw new AppError('VALIDATION', message, { fields: { catalogueId: message } });
    }
  }
  if (values.movementId !== null) {
    const row = prepared(db, 'SELECT deleted_at AS deletedAt FROM movements WHERE id = ?').get(
      values.movementId,
    ) as { deletedAt: string | null } | undefined;
    if (!row || row.deletedAt !== null) {
      const message = 'Không tìm thấy phong trào thi đua đã chọn (có thể đã bị xóa).';
      throw new AppError('VALIDATION', message, { fields: { movementId: message } });
    }
  }
}
