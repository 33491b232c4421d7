import type { Db } from '../../db/types';
import { prepared } from '../../db/repos/prepared';
import { AppError } from '../../../../shared/errors';

/**
 * A closed movement is read-only until it is reopened (and an archived or trashed one is out of
 * use): registrations, models and the movement itself call this before writing anything that
 * belongs to it.
 */
export function requireOpenMovement(db: Db, movementId: number): void {
  const row = prepared(
    db,
    'SELECT name, status, archived_at AS archivedAt, deleted_at AS deletedAt FROM movements WHERE id = ?',
  ).get(movementId) as
    { name: string; status: string; archivedAt: string | null; deletedAt: string | null } | undefined;
  if (!row || row.deletedAt !== null)
    throw new AppError('NOT_FOUND', 'Không tìm thấy phong trào thi đua này (có thể đã bị xóa).');
  if (row.archivedAt !== null)
    throw new AppError(
      'CONFLICT',
      `Phong trào “${row.name}” đã được lưu trữ; hãy bỏ lưu trữ trước khi thay đổi.`,
    );
  if (row.status === 'closed')
    throw new AppError(
      'CONFLICT',
      `Phong trào “${row.name}” đã kết thúc; hãy mở lại phong trào trước khi thay đổi.`,
    );
}
