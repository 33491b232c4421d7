import { auditFields, type RegistrationsContext } from './context';
import type { RegistrationsService } from './types';
import { insertRegistration, setRegistrationTitles } from '../../db/repos/registrations';
import {
  clusterNamesByUnit,
  clusterUnits,
  countByStatus,
  getMovementFacts,
  liveUnits,
  participantUnits,
  registeredUnitIds,
  unitsByIds,
  type ScopeUnit,
} from '../../db/repos/registrations-scope';
import { getClusterBasics } from '../../db/repos/clusters';
import { insertAudit } from '../../db/repos/audit';
import { AppError } from '../../../../shared/errors';
import { compareVietnamese } from '../../../../shared/rules/names';
import type { BulkTarget, RegistrationScope } from '../../../../shared/schemas/registrations';

type BulkPart = Pick<RegistrationsService, 'bulkRegister' | 'notRegistered' | 'summary'>;

const byName = (a: { name: string }, b: { name: string }) => compareVietnamese(a.name, b.name);

/** Registering many units at once, and which units expected to register have not. */
export function registrationBulk(ctx: RegistrationsContext): BulkPart {
  const { db, deps, write, find, today, requireOpen, requireTitles } = ctx;

  const requireMovement = (movementId: number) => {
    const m = getMovementFacts(db, movementId);
    if (!m || m.deletedAt !== null)
      throw new AppError('NOT_FOUND', 'Không tìm thấy phong trào thi đua này (có thể đã bị xóa).');
    return m;
  };

  /** The units a bulk registration names, trashed and inactive ones included (they are reported). */
  const targetUnits = (movementId: number | null, target: BulkTarget): ScopeUnit[] => {
    if (target.by === 'participants') {
      if (movementId === null) {
        const message = 'Vui lòng chọn phong trào: chỉ phong trào mới có danh sách đơn vị tham gia.';
        throw new AppError('VALIDATION', message, { fields: { target: message } });
      }
      return participantUnits(db, movementId, today());
    }
    if (target.by === 'cluster') {
      const cluster = getClusterBasics(db, target.clusterId);
      if (!cluster || cluster.deletedAt !== null)
        throw new AppError('NOT_FOUND', 'Không tìm thấy cụm, khối thi đua này (có thể đã bị xóa).');
      return clusterUnits(db, target.clusterId, today());
    }
    const units = unitsByIds(db, [...new Set(target.unitIds)], today());
    if (units.length < new Set(target.unitIds).size)
      throw new AppError('NOT_FOUND', 'Có đơn vị không tìm thấy trong danh bạ (có thể đã bị xóa).');
    return units;
  };

  /** Units expected to register: the movement's participants, or every active unit for the year. */
  const expectedUnits = (scope: RegistrationScope): ScopeUnit[] => {
    const units =
      scope.movementId === null
        ? liveUnits(db, today())
        : (requireMovement(scope.movementId), participantUnits(db, scope.movementId, today()));
    return units.filter((u) => !u.trashed && !u.inactive);
  };

  return {
    bulkRegister({ movementId, year, target, titles, commitments }) {
      requireOpen(movementId, year);
      requireTitles(titles, 'collective');
      const units = targetUnits(movementId, target).sort(byName);
      return write((at) => {
        const registered = registeredUnitIds(db, movementId, year);
        const skipped: { name: string; reason: string }[] = [];
        let created = 0;
        for (const unit of units) {
          const reason = unit.trashed
            ? 'Đang ở thùng rác.'
            : unit.inactive
              ? 'Đã ngừng hoạt động.'
              : registered.has(unit.id)
                ? 'Đã đăng ký.'
                : null;
          if (reason !== null) {
            skipped.push({ name: unit.name, reason });
            continue;
          }
          const registrant = { kind: 'collective' as const, id: unit.id };
          const id = insertRegistration(db, { movementId, year, registrant, commitments }, at);
          setRegistrationTitles(db, id, titles, at);
          // One audit row per registration, so each one's history starts with its creation.
          insertAudit(db, {
            at,
            actor: deps.settings.actor(),
            entity: 'registrations',
            entityId: id,
            action: 'create',
            after: auditFields(find(id)),
            note: 'Đăng ký cho nhiều đơn vị cùng lúc',
          });
          registered.add(unit.id);
          created += 1;
        }
        return { result: { created, skipped }, audit: null };
      });
    },

    notRegistered(scope) {
      const registered = registeredUnitIds(db, scope.movementId, scope.year);
      const expected = expectedUnits(scope);
      const clusters = clusterNamesByUnit(db);
      const units = expected
        .filter((u) => !registered.has(u.id))
        .sort(byName)
        .map((u) => ({
          unitId: u.id,
          name: u.name,
          clusters: [...(clusters.get(u.id) ?? [])].sort(compareVietnamese),
        }));
      return { expected: expected.length, units };
    },

    summary(scope) {
      const registered = registeredUnitIds(db, scope.movementId, scope.year);
      const expected = expectedUnits(scope);
      const done = expected.filter((u) => registered.has(u.id)).length;
      return {
        expected: expected.length,
        registered: done,
        notRegistered: expected.length - done,
        byStatus: countByStatus(db, scope.movementId, scope.year),
      };
    },
  };
}
