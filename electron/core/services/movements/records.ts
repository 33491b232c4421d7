import type { MovementsContext } from './context';
import { auditFields } from './context';
import { checkScope, resolveParticipants } from './participants';
import { requireOpenMovement } from './guard';
import type { MovementsService } from './types';
import { insertMovement, listMovements, trashMovement, updateMovement } from '../../db/repos/movements';
import {
  listMovementDecisions,
  movementReferences,
  replaceMovementCriteria,
  setMovementUnits,
} from '../../db/repos/movements-links';
import { sameFields } from '../audit-trail';
import { AppError } from '../../../../shared/errors';
import { formatNumberVi } from '../../../../shared/rules/money';
import type { MovementValues } from '../../../../shared/schemas/movements';

type RecordPart = Pick<MovementsService, 'list' | 'get' | 'create' | 'update' | 'delete' | 'decisions'>;

/** What keeps a movement out of the trash, in words: "2 đăng ký thi đua, 1 quyết định khen thưởng". */
function referencesText(r: ReturnType<typeof movementReferences>): string {
  return [
    [r.registrations, 'đăng ký thi đua'],
    [r.models, 'điển hình tiên tiến'],
    [r.proposals, 'đề nghị khen thưởng'],
    [r.decisions, 'quyết định khen thưởng'],
  ]
    .filter(([n]) => (n as number) > 0)
    .map(([n, what]) => `${formatNumberVi(n as number)} ${what as string}`)
    .join(', ');
}

/** The movement itself: list, form (criteria and participants with it), trash, linked decisions. */
export function movementRecords(ctx: MovementsContext): RecordPart {
  const { db, write, find } = ctx;

  /** Writes the form's values: the row, the criteria in order, the resolved participants. */
  const store = (id: number | null, values: MovementValues, unitIds: number[], at: string): number => {
    const movementId = id ?? insertMovement(db, values, at);
    if (id !== null) updateMovement(db, id, values, at);
    replaceMovementCriteria(db, movementId, values.criteria, at);
    setMovementUnits(db, movementId, unitIds, at);
    return movementId;
  };

  return {
    list: (filters) => listMovements(db, filters),
    get: (id) => find(id),

    create(values) {
      checkScope(ctx, values);
      const unitIds = resolveParticipants(ctx, values.participants);
      return write((at) => {
        const id = store(null, values, unitIds, at);
        const after = find(id);
        return { result: after, audit: { entityId: id, action: 'create', after: auditFields(after) } };
      });
    },

    update(id, values) {
      const before = find(id);
      requireOpenMovement(db, id);
      checkScope(ctx, values);
      const unitIds = resolveParticipants(ctx, values.participants);
      return write((at) => {
        store(id, values, unitIds, at);
        const after = find(id);
        // An edit that changes nothing leaves no trace in the history.
        const audit = sameFields(auditFields(before), auditFields(after))
          ? null
          : {
              entityId: id,
              action: 'update' as const,
              before: auditFields(before),
              after: auditFields(after),
            };
        return { result: after, audit };
      });
    },

    delete(id) {
      const before = find(id);
      const refs = movementReferences(db, id);
      const text = referencesText(refs);
      if (text !== '') {
        throw new AppError(
          'CONFLICT',
          `Phong trào “${before.name}” đã có ${text} gắn với nó nên không xóa được. Hãy lưu trữ phong trào: dữ liệu được giữ lại và phong trào không còn hiện trong danh sách đang theo dõi.`,
        );
      }
      return write((at) => {
        trashMovement(db, id, at);
        return { result: { id }, audit: { entityId: id, action: 'delete', before: auditFields(before) } };
      });
    },

    decisions(id) {
      find(id);
      return listMovementDecisions(db, id);
    },
  };
}
