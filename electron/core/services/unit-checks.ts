import type { Db } from '../db/types';
import { requireLiveUnit } from './references';
import { getClusterBasics } from '../db/repos/clusters';
import { isInUnitSubtree, type UnitBasics } from '../db/repos/units';
import { unitReferences, type UnitReferences } from '../db/repos/unit-queries';
import { AppError } from '../../../shared/errors';
import type { UnitValues } from '../../../shared/schemas/registry/units';

function refused(field: string, message: string): never {
  throw new AppError('VALIDATION', message, { fields: { [field]: message } });
}

/** What the unit form's schema cannot know: the parent (no cycles), the clusters, the dates. */
export function checkUnitValues(db: Db, values: UnitValues, self: UnitBasics | null): void {
  if (values.parentId !== null) {
    if (self && values.parentId === self.id)
      refused('parentId', 'Đơn vị không thể là cấp trên của chính nó.');
    requireLiveUnit(db, values.parentId, 'parentId', 'Đơn vị cấp trên không tồn tại hoặc đã bị xóa.');
    if (self && isInUnitSubtree(db, self.id, values.parentId)) {
      refused(
        'parentId',
        'Không thể chọn một đơn vị trực thuộc đơn vị này làm cấp trên (sẽ tạo thành vòng lặp).',
      );
    }
  }
  for (const clusterId of values.clusterIds) {
    const cluster = getClusterBasics(db, clusterId);
    if (!cluster || cluster.deletedAt !== null) {
      refused('clusterIds', 'Cụm, khối thi đua đã chọn không tồn tại hoặc đã bị xóa.');
    }
  }
  if (self && self.activeTo !== null && values.activeFrom !== null && values.activeFrom > self.activeTo) {
    refused('activeFrom', 'Ngày bắt đầu hoạt động phải trước ngày ngừng hoạt động.');
  }
  if (self && self.kind === 'residential_group' && values.kind !== 'residential_group') {
    const { households } = unitReferences(db, self.id);
    if (households > 0) {
      throw new AppError(
        'CONFLICT',
        `Đơn vị đang là tổ dân phố của ${households} hộ gia đình nên không đổi sang loại khác được.`,
      );
    }
  }
}

/** The deactivation date and the unit it merged into. */
export function checkDeactivation(
  db: Db,
  unit: UnitBasics,
  activeTo: string,
  successorId: number | null,
): void {
  if (unit.activeFrom !== null && activeTo < unit.activeFrom) {
    refused('activeTo', 'Ngày ngừng hoạt động không được trước ngày bắt đầu hoạt động.');
  }
  if (successorId !== null) {
    if (successorId === unit.id) refused('successorId', 'Đơn vị tiếp nhận phải là một đơn vị khác.');
    requireLiveUnit(db, successorId, 'successorId', 'Đơn vị tiếp nhận không tồn tại hoặc đã bị xóa.');
  }
}

/** Why a unit cannot go to the trash ("đã có 12 cá nhân, 3 khen thưởng"), or null when it can. */
export function historyOf(refs: UnitReferences): string | null {
  const parts = [
    refs.people > 0 ? `${refs.people} cá nhân` : null,
    refs.households > 0 ? `${refs.households} hộ gia đình` : null,
    refs.children > 0 ? `${refs.children} đơn vị trực thuộc` : null,
    refs.successorOf > 0 ? `${refs.successorOf} đơn vị đã sáp nhập vào` : null,
    refs.awards > 0 ? `${refs.awards} khen thưởng` : null,
    refs.otherHistory > 0
      ? `${refs.otherHistory} hồ sơ thi đua (đăng ký, đề nghị, phong trào, báo cáo)`
      : null,
  ].filter((p): p is string => p !== null);
  return parts.length === 0 ? null : parts.join(', ');
}
