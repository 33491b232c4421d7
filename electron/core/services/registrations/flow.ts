import { auditFields, type RegistrationsContext } from './context';
import type { RegistrationsService } from './types';
import { setRegistrationState, type RegistrationState } from '../../db/repos/registrations';
import { AppError } from '../../../../shared/errors';
import { REGISTRATION_STATUS_LABELS, type RegistrationStatus } from '../../../../shared/domain/registrations';
import type { Registration } from '../../../../shared/schemas/registrations';

type FlowPart = Pick<RegistrationsService, 'send' | 'approve' | 'returnRegistration' | 'setResult'>;

const stateOf = (r: Registration): RegistrationState => ({
  status: r.status,
  returnReason: r.returnReason,
  result: r.result,
  resultNote: r.resultNote,
  sentAt: r.sentAt,
  reviewedAt: r.reviewedAt,
});

/** The review: chưa gửi / trả lại → đã gửi → đã duyệt or trả lại; then the year-end result. */
export function registrationFlow(ctx: RegistrationsContext): FlowPart {
  const { db, write, find, requireOpen } = ctx;

  /**
   * Moves a registration from one of `from` to the state `next` builds, refusing any other
   * status with `why` (what cannot be done, in Vietnamese) and recording the move.
   */
  const move = (
    id: number,
    from: readonly RegistrationStatus[],
    why: string,
    next: (before: Registration, at: string) => RegistrationState,
    note?: string,
  ): Registration => {
    const before = find(id);
    requireOpen(before.movementId);
    if (!from.includes(before.status)) {
      throw new AppError(
        'CONFLICT',
        `Đăng ký đang ở trạng thái “${REGISTRATION_STATUS_LABELS[before.status]}” nên ${why}.`,
      );
    }
    return write((at) => {
      setRegistrationState(db, id, next(before, at), at);
      const after = find(id);
      return {
        result: after,
        audit: {
          entityId: id,
          action: 'update',
          before: auditFields(before),
          after: auditFields(after),
          ...(note === undefined ? {} : { note }),
        },
      };
    });
  };

  return {
    send: (id) =>
      move(id, ['not_sent', 'returned'], 'không gửi được', (r, at) => ({
        ...stateOf(r),
        status: 'sent',
        // The reason of an earlier return stays in the audit log; the resent registration starts clean.
        returnReason: null,
        sentAt: at,
        reviewedAt: null,
      })),

    approve: (id) =>
      move(id, ['sent'], 'không duyệt được (chỉ duyệt đăng ký đã gửi)', (r, at) => ({
        ...stateOf(r),
        status: 'approved',
        reviewedAt: at,
      })),

    returnRegistration: (id, reason) =>
      move(
        id,
        ['sent'],
        'không trả lại được (chỉ trả lại đăng ký đã gửi)',
        (r, at) => ({ ...stateOf(r), status: 'returned', returnReason: reason, reviewedAt: at }),
        reason,
      ),

    setResult(id, result, note) {
      const before = find(id);
      if (before.result === result && before.resultNote === (result === null ? null : note)) return before;
      return move(id, ['approved'], 'chưa ghi kết quả được (chỉ ghi kết quả cho đăng ký đã duyệt)', (r) => ({
        ...stateOf(r),
        result,
        resultNote: result === null ? null : note,
      }));
    },
  };
}
