import { auditedWriter } from '../audit-trail';
import type { MovementsDeps } from './types';
import { getMovementRow } from '../../db/repos/movements';
import { listMovementCriteria, listMovementUnits } from '../../db/repos/movements-links';
import { AppError } from '../../../../shared/errors';
import { compareVietnamese } from '../../../../shared/rules/names';
import { todayIso } from '../../../../shared/rules/dates';
import type { Movement } from '../../../../shared/schemas/movements';

export const NOT_FOUND = 'Không tìm thấy phong trào thi đua này (có thể đã bị xóa).';

/** The movement as the audit log records it: its fields, criteria, participants and state. */
export const auditFields = (m: Movement) => ({
  name: m.name,
  theme: m.theme,
  kind: m.kind,
  scope: m.scope,
  scopeClusterId: m.scopeClusterId,
  scopeUnitId: m.scopeUnitId,
  docNumber: m.docNumber,
  docDate: m.docDate,
  docSigner: m.docSigner,
  periodFromYear: m.periodFromYear,
  periodToYear: m.periodToYear,
  startsOn: m.startsOn,
  endsOn: m.endsOn,
  responsibleOffice: m.responsibleOffice,
  description: m.description,
  criteria: m.criteria.map((c) => ({ content: c.content, target: c.target, weightPercent: c.weightPercent })),
  unitIds: m.units.map((u) => u.id).sort((a, b) => a - b),
  status: m.status,
  closedAt: m.closedAt,
  archivedAt: m.archivedAt,
});

/** What the parts of the service share: the lookup and the audited writer. */
export function movementsContext(deps: MovementsDeps) {
  const { db } = deps;
  const write = auditedWriter(deps, 'movements');
  const today = () => todayIso(deps.clock.now());

  /** A live movement (not in the trash), with its criteria and units. */
  const find = (id: number): Movement => {
    const row = getMovementRow(db, id);
    if (!row || row.deletedAt !== null) throw new AppError('NOT_FOUND', NOT_FOUND);
    const { deletedAt: _deleted, ...rest } = row;
    const units = listMovementUnits(db, id, today()).sort((a, b) => compareVietnamese(a.name, b.name));
    return {
      ...rest,
      criteria: listMovementCriteria(db, id),
      units,
      participants: { mode: 'picked', clusterId: null, unitIds: units.map((u) => u.id) },
    };
  };

  return { db, deps, write, find, today };
}

export type MovementsContext = ReturnType<typeof movementsContext>;
