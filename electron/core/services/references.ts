import type { Db } from '../db/types';
import { getUnitBasics, type UnitBasics } from '../db/repos/units';
import { AppError } from '../../../shared/errors';

function refused(field: string, message: string): never {
  throw new AppError('VALIDATION', message, { fields: { [field]: message } });
}

/** The unit a form points at, which must exist outside the trash; VALIDATION on `field` otherwise. */
export function requireLiveUnit(
  db: Db,
  id: number,
  field: string,
  message = 'Đơn vị đã chọn không tồn tại hoặc đã bị xóa.',
): UnitBasics {
  const unit = getUnitBasics(db, id);
  if (!unit || unit.deletedAt !== null) refused(field, message);
  return unit;
}

/** A household's tổ dân phố: a live unit of that kind. */
export function requireResidentialGroup(db: Db, id: number, field: string): UnitBasics {
  const unit = requireLiveUnit(db, id, field, 'Tổ dân phố đã chọn không tồn tại hoặc đã bị xóa.');
  if (unit.kind !== 'residential_group') refused(field, `“${unit.name}” không phải là tổ dân phố.`);
  return unit;
}
