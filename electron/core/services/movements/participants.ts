import type { MovementsContext } from './context';
import { getClusterBasics, listMemberships } from '../../db/repos/clusters';
import { activeUnitIds, liveUnitIds } from '../../db/repos/movements-links';
import { requireLiveUnit } from '../references';
import { AppError } from '../../../../shared/errors';
import type { MovementValues } from '../../../../shared/schemas/movements';

function refused(field: string, message: string): never {
  throw new AppError('VALIDATION', message, { fields: { [field]: message } });
}

function requireLiveCluster(ctx: MovementsContext, id: number, field: string) {
  const cluster = getClusterBasics(ctx.db, id);
  if (!cluster || cluster.deletedAt !== null)
    refused(field, 'Cụm, khối thi đua đã chọn không tồn tại hoặc đã bị xóa.');
  return cluster;
}

/** Checks what the schema cannot know: the scope's cluster or unit exists outside the trash. */
export function checkScope(ctx: MovementsContext, v: MovementValues): void {
  if (v.scopeClusterId !== null) requireLiveCluster(ctx, v.scopeClusterId, 'scopeClusterId');
  if (v.scopeUnitId !== null) requireLiveUnit(ctx.db, v.scopeUnitId, 'scopeUnitId');
}

/**
 * The units that take part, resolved now: every active unit ('all'), the cluster's current members
 * ('cluster'), or the picked units, which must exist outside the trash. Later changes to the ward or
 * the cluster do not change a saved movement.
 */
export function resolveParticipants(ctx: MovementsContext, p: MovementValues['participants']): number[] {
  if (p.mode === 'all') return activeUnitIds(ctx.db, ctx.today());
  if (p.mode === 'cluster') {
    const cluster = requireLiveCluster(ctx, p.clusterId!, 'participants.clusterId');
    const ids = listMemberships(ctx.db, { clusterId: cluster.id }).map((m) => m.unitId);
    if (ids.length === 0)
      refused('participants.clusterId', `“${cluster.name}” chưa có đơn vị thành viên nào.`);
    return ids;
  }
  const live = liveUnitIds(ctx.db, p.unitIds);
  if (live.size !== p.unitIds.length)
    refused('participants.unitIds', 'Có đơn vị đã chọn không tồn tại hoặc đã bị xóa; hãy chọn lại.');
  return p.unitIds;
}
