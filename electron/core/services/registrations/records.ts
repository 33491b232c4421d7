import { auditFields, scopeText, type RegistrationsContext } from './context';
import type { RegistrationsService } from './types';
import {
  deleteRegistration,
  findRegistrationId,
  insertRegistration,
  listRegistrations,
  setRegistrationCommitments,
  setRegistrationTitles,
} from '../../db/repos/registrations';
import { sameFields } from '../audit-trail';
import { AppError } from '../../../../shared/errors';
import { REGISTRATION_STATUS_LABELS } from '../../../../shared/domain/registrations';

type RecordPart = Pick<RegistrationsService, 'list' | 'get' | 'create' | 'update' | 'delete'>;

/** The registration itself: list, form, delete. */
export function registrationRecords(ctx: RegistrationsContext): RecordPart {
  const { db, write, find, requireOpen, requireRegistrant, requireTitles } = ctx;

  return {
    list: (filters) => listRegistrations(db, filters),
    get: (id) => find(id),

    create(values) {
      const movementName = requireOpen(values.movementId, values.year);
      const name = requireRegistrant(values.registrant);
      requireTitles(values.titles, values.registrant.kind);
      if (findRegistrationId(db, values.movementId, values.year, values.registrant) !== null) {
        throw new AppError(
          'CONFLICT',
          `“${name}” đã đăng ký thi đua ${scopeText(movementName, values.year)}; hãy sửa đăng ký đã có.`,
        );
      }
      return write((at) => {
        const id = insertRegistration(db, values, at);
        setRegistrationTitles(db, id, values.titles, at);
        const after = find(id);
        return { result: after, audit: { entityId: id, action: 'create', after: auditFields(after) } };
      });
    },

    update({ id, titles, commitments }) {
      const before = find(id);
      requireOpen(before.movementId);
      if (before.status === 'approved') {
        throw new AppError('CONFLICT', 'Đăng ký đã được duyệt nên không sửa được.');
      }
      requireTitles(titles, before.registrantKind);
      const sameTitles = sameFields(
        before.titles.map((t) => t.id).sort((a, b) => a - b),
        [...titles].sort((a, b) => a - b),
      );
      if (sameTitles && before.commitments === commitments) return before;
      return write((at) => {
        if (!sameTitles) setRegistrationTitles(db, id, titles, at);
        setRegistrationCommitments(db, id, commitments, at);
        const after = find(id);
        return {
          result: after,
          audit: { entityId: id, action: 'update', before: auditFields(before), after: auditFields(after) },
        };
      });
    },

    delete(id) {
      const before = find(id);
      requireOpen(before.movementId);
      if (before.status !== 'not_sent' && before.status !== 'returned') {
        throw new AppError(
          'CONFLICT',
          `Đăng ký đang ở trạng thái “${REGISTRATION_STATUS_LABELS[before.status]}” nên không xóa được.`,
        );
      }
      return write(() => {
        deleteRegistration(db, id);
        return { result: { id }, audit: { entityId: id, action: 'delete', before: auditFields(before) } };
      });
    },
  };
}
