import type { MovementsContext } from './context';
import { auditFields } from './context';
import { requireOpenMovement } from './guard';
import type { MovementsService } from './types';
import { setMovementArchived, setMovementStatus } from '../../db/repos/movements';
import { AppError } from '../../../../shared/errors';
import {
  canMoveStatus,
  MOVEMENT_STATUS_LABELS,
  type MovementStatus,
} from '../../../../shared/domain/movements';
import type { Movement } from '../../../../shared/schemas/movements';

type LifecyclePart = Pick<MovementsService, 'setStatus' | 'archive' | 'unarchive'>;

const REASON_REQUIRED = 'Vui lòng nhập lý do mở lại phong trào.';

/** Status moves, close and reopen, archive: each one audited, the reopening with its reason. */
export function movementLifecycle(ctx: MovementsContext): LifecyclePart {
  const { db, write, find } = ctx;

  const record = (id: number, before: Movement, change: (at: string) => void, note?: string) =>
    write((at) => {
      change(at);
      const after = find(id);
      return {
        result: after,
        audit: {
          entityId: id,
          action: 'update' as const,
          before: auditFields(before),
          after: auditFields(after),
          ...(note === undefined ? {} : { note }),
        },
      };
    });

  const setArchived = (id: number, archived: boolean): Movement => {
    const before = find(id);
    if ((before.archivedAt !== null) === archived) return before;
    return record(id, before, (at) => setMovementArchived(db, id, archived ? at : null, at));
  };

  return {
    setStatus(id, status: MovementStatus, reason) {
      const before = find(id);
      if (before.status === status) return before;
      if (!canMoveStatus(before.status, status)) {
        throw new AppError(
          'CONFLICT',
          `Phong trào đang ở trạng thái “${MOVEMENT_STATUS_LABELS[before.status]}” nên không chuyển sang “${MOVEMENT_STATUS_LABELS[status]}” được.`,
        );
      }
      const reopening = before.status === 'closed';
      if (reopening) {
        if (before.archivedAt !== null) requireOpenMovement(db, id); // says: unarchive first
        if (reason === null)
          throw new AppError('VALIDATION', REASON_REQUIRED, { fields: { reason: REASON_REQUIRED } });
      } else requireOpenMovement(db, id);
      const note = reopening
        ? `Mở lại phong trào: ${reason}`
        : status === 'closed'
          ? 'Kết thúc phong trào'
          : undefined;
      return record(id, before, (at) => setMovementStatus(db, id, status, at), note);
    },

    archive: (id) => setArchived(id, true),
    unarchive: (id) => setArchived(id, false),
  };
}
