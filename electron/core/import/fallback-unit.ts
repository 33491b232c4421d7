import type { Db } from '../db/types';
import { requireLiveUnit } from '../services/references';
import type { RegistryKind } from '../../../shared/domain/registry';
import { AppError } from '../../../shared/errors';

/** The unit the officer picked for rows whose unit cell is empty or matches no unit. */
export interface FallbackUnit {
  id: number;
  name: string;
}

/** The request field the messages below belong to, so the page can show them on the picker. */
const FIELD = 'defaultUnitId';

export const FALLBACK_UNIT_GONE =
  'Đơn vị cho các dòng không khớp không tồn tại hoặc đã bị xóa: hãy chọn lại.';
export const FALLBACK_GROUP_GONE =
  'Tổ dân phố cho các dòng không khớp không tồn tại hoặc đã bị xóa: hãy chọn lại.';
export const fallbackNotAGroup = (name: string) =>
  `“${name}” không phải là tổ dân phố: hãy chọn một tổ dân phố cho các dòng không khớp.`;

/**
 * Checks the chosen unit before any row is read: a unit gone since the page listed it would
 * otherwise refuse every row it catches, one by one, for a reason that is not in the file.
 * A units import has no unit column to fall back from, so the choice is ignored there.
 */
export function resolveFallbackUnit(db: Db, kind: RegistryKind, id: number | null): FallbackUnit | null {
  if (id === null || kind === 'units') return null;
  const gone = kind === 'households' ? FALLBACK_GROUP_GONE : FALLBACK_UNIT_GONE;
  const unit = requireLiveUnit(db, id, FIELD, gone);
  if (kind === 'households' && unit.kind !== 'residential_group') {
    const message = fallbackNotAGroup(unit.name);
    throw new AppError('VALIDATION', message, { fields: { [FIELD]: message } });
  }
  return { id: unit.id, name: unit.name };
}
