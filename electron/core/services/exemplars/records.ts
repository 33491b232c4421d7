import type { ExemplarsContext } from './context';
import { auditFields } from './context';
import type { ExemplarsService } from './types';
import { insertExemplar, listExemplars, trashExemplar, updateExemplar } from '../../db/repos/exemplars';
import { insertStageMove, setDiscoveryDate } from '../../db/repos/exemplars-history';
import { recipientName } from '../../db/repos/proposal-candidates';
import { requireOpenMovement } from '../movements/guard';
import { sameFields } from '../audit-trail';
import { AppError } from '../../../../shared/errors';
import { formatDate, todayIso } from '../../../../shared/rules/dates';
import type { Exemplar, ExemplarValues } from '../../../../shared/schemas/exemplars';

type RecordPart = Pick<ExemplarsService, 'list' | 'get' | 'create' | 'update' | 'delete'>;

const fieldError = (field: string, message: string) =>
  new AppError('VALIDATION', message, { fields: { [field]: message } });

/** The model itself: board data, the form, the trash. */
export function exemplarRecords(ctx: ExemplarsContext): RecordPart {
  const { db, deps, write, find, findEditable } = ctx;

  const requireSubject = (values: ExemplarValues) => {
    const found = recipientName(db, values.subject.kind, values.subject.id);
    if (!found || found.trashed)
      throw fieldError(
        'subject',
        'Không tìm thấy người, đơn vị hoặc hộ gia đình đã chọn (có thể đã bị xóa).',
      );
  };

  /** Not in the future; when the model has moved on, not after the first move. */
  const requireDiscoveryDate = (values: ExemplarValues, before: Exemplar | null) => {
    const today = todayIso(deps.clock.now());
    if (values.discoveredOn > today)
      throw fieldError('discoveredOn', 'Ngày phát hiện không được sau ngày hôm nay.');
    const firstMove = before?.history[1];
    if (firstMove && values.discoveredOn > firstMove.onDate)
      throw fieldError(
        'discoveredOn',
        `Ngày phát hiện không được sau ngày chuyển giai đoạn đầu tiên (${formatDate(firstMove.onDate)}).`,
      );
  };

  return {
    list: (filters) =>
      listExemplars(db, filters).map(
        ({ description: _d, source: _s, createdAt: _c, deletedAt: _t, ...summary }) => summary,
      ),
    get: (id) => find(id),

    create(values) {
      requireSubject(values);
      requireDiscoveryDate(values, null);
      if (values.movementId !== null) requireOpenMovement(db, values.movementId);
      return write((at) => {
        const id = insertExemplar(db, values, at);
        insertStageMove(
          db,
          id,
          { stage: 'discovered', onDate: values.discoveredOn, note: null, movedBy: deps.settings.actor() },
          at,
        );
        const after = find(id);
        return { result: after, audit: { entityId: id, action: 'create', after: auditFields(after) } };
      });
    },

    update(id, values) {
      const before = findEditable(id);
      const subjectChanged =
        values.subject.kind !== before.subjectKind || values.subject.id !== before.subjectId;
      if (subjectChanged) requireSubject(values);
      requireDiscoveryDate(values, before);
      if (values.movementId !== null && values.movementId !== before.movementId)
        requireOpenMovement(db, values.movementId);
      const next = {
        ...before,
        ...values,
        subjectKind: values.subject.kind,
        subjectId: values.subject.id,
      };
      if (sameFields(auditFields(before), auditFields(next))) return before;
      return write((at) => {
        updateExemplar(db, id, values, at);
        const first = before.history[0];
        if (first && first.onDate !== values.discoveredOn)
          setDiscoveryDate(db, first.id, values.discoveredOn);
        const after = find(id);
        return {
          result: after,
          audit: { entityId: id, action: 'update', before: auditFields(before), after: auditFields(after) },
        };
      });
    },

    delete(id) {
      const before = findEditable(id);
      return write((at) => {
        trashExemplar(db, id, at);
        return { result: { id }, audit: { entityId: id, action: 'delete', before: auditFields(before) } };
      });
    },
  };
}
