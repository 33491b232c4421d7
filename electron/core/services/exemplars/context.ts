import { auditedWriter, type ServiceDeps } from '../audit-trail';
import { requireOpenMovement } from '../movements/guard';
import { EXEMPLAR_ENTITY, getExemplarRow } from '../../db/repos/exemplars';
import { listStageMoves } from '../../db/repos/exemplars-history';
import { AppError } from '../../../../shared/errors';
import type { Exemplar } from '../../../../shared/schemas/exemplars';

export const NOT_FOUND = 'Không tìm thấy điển hình này (có thể đã bị xóa).';

/** The fields of a model as the audit log records them. */
export const auditFields = (m: Exemplar) => ({
  subjectKind: m.subjectKind,
  subjectId: m.subjectId,
  title: m.title,
  field: m.field,
  movementId: m.movementId,
  description: m.description,
  source: m.source,
  discoveredOn: m.discoveredOn,
  stage: m.stage,
});

/** What the parts of the service share: the lookup, the audited writer, the read-only rule. */
export function exemplarsContext(deps: ServiceDeps) {
  const { db } = deps;
  const write = auditedWriter(deps, EXEMPLAR_ENTITY);

  /** A live model (not in the trash) with its history. */
  const find = (id: number): Exemplar => {
    const row = getExemplarRow(db, id);
    if (!row || row.deletedAt !== null) throw new AppError('NOT_FOUND', NOT_FOUND);
    const { deletedAt: _deleted, ...rest } = row;
    return { ...rest, history: listStageMoves(db, id) };
  };

  /**
   * A live model that may change: the movement it belongs to must be open (a closed movement's
   * models are its record, changed only after the movement is reopened).
   */
  const findEditable = (id: number): Exemplar => {
    const model = find(id);
    if (model.movementId !== null) requireOpenMovement(db, model.movementId);
    return model;
  };

  return { db, deps, write, find, findEditable };
}

export type ExemplarsContext = ReturnType<typeof exemplarsContext>;
