import type { UnitValues } from '../../../shared/schemas/registry/units';
import { foldForMatch } from '../../../shared/rules/duplicates';
import { refuseRow, type PlannedRow } from './plan';

interface UnitEntry {
  planned: PlannedRow<UnitValues>;
  pendingParent: string | null;
}

/**
 * Links each unit whose parent is not in the registry to the row of the same file that creates
 * that parent (anywhere in the file: commit creates parents first). A parent that is missing,
 * refused, or leads back to the unit itself refuses the unit too.
 */
export function linkParents(entries: UnitEntry[]): void {
  const byName = new Map<string, UnitEntry>();
  for (const e of entries) {
    const key = foldForMatch(e.planned.label);
    if (e.planned.status !== 'error' && !byName.has(key)) byName.set(key, e);
  }
  const done = new Set<UnitEntry>();

  const resolve = (e: UnitEntry, path: Set<UnitEntry>): void => {
    if (done.has(e)) return;
    done.add(e);
    if (e.pendingParent === null || e.planned.status === 'error') return;
    const parent = byName.get(foldForMatch(e.pendingParent));
    if (!parent) {
      refuseRow(
        e.planned,
        `Không tìm thấy đơn vị cấp trên "${e.pendingParent}" trong danh sách đơn vị hay trong tệp.`,
      );
      return;
    }
    if (parent === e || path.has(parent)) {
      refuseRow(
        e.planned,
        `Đơn vị cấp trên "${e.pendingParent}" tạo thành vòng lặp: một đơn vị không thể nằm dưới chính nó.`,
      );
      return;
    }
    resolve(parent, new Set([...path, e]));
    if (parent.planned.status === 'error') {
      refuseRow(
        e.planned,
        `Đơn vị cấp trên "${e.pendingParent}" (dòng ${parent.planned.rowNumber}) bị từ chối.`,
      );
      return;
    }
    e.planned.parentRow = parent.planned.rowNumber;
  };

  for (const e of entries) resolve(e, new Set());
}
