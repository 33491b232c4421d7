import { ROADS } from './data/places';
import type { Random } from './random';

/** "phố Tô Hiệu" or, for the wide roads, "đường Nguyễn Văn Linh". */
export function streetLabel(street: string): string {
  return `${ROADS.has(street) ? 'đường' : 'phố'} ${street}`;
}

/**
 * A house address the way ward registers write it: "Số 12, ngõ 45, phố Hai Bà Trưng",
 * sometimes straight on the street ("Số 7, phố Tô Hiệu") or down an alley ("Số 3, ngách 12/45, …").
 */
export function houseAddress(rng: Random, street: string): string {
  const house = rng.int(1, 180);
  const where = streetLabel(street);
  const r = rng.next();
  if (r < 0.3) return `Số ${house}, ${where}`;
  const lane = rng.int(1, 40) * 2 + (rng.chance(0.5) ? 1 : 0);
  if (r < 0.85) return `Số ${house % 60 || 1}, ngõ ${lane}, ${where}`;
  return `Số ${house % 30 || 1}, ngách ${rng.int(1, 30)}/${lane}, ${where}`;
}

/** A mobile number as people type it: "0912 345 678", "0912.345.678" or run together. */
export function mobilePhone(rng: Random): string {
  const prefix = rng.pick([
    '090',
    '091',
    '093',
    '094',
    '096',
    '097',
    '098',
    '086',
    '088',
    '032',
    '033',
    '034',
    '035',
    '036',
    '037',
    '038',
    '039',
    '070',
    '077',
    '079',
    '081',
    '083',
    '085',
  ]);
  const digits = `${prefix}${String(rng.int(0, 9_999_999)).padStart(7, '0')}`;
  const style = rng.next();
  if (style < 0.5) return digits;
  const sep = style < 0.85 ? ' ' : '.';
  return `${digits.slice(0, 4)}${sep}${digits.slice(4, 7)}${sep}${digits.slice(7)}`;
}

/** A Hải Phòng landline (area code 0225), for offices. */
export function officePhone(rng: Random): string {
  return `0225 3${String(rng.int(0, 999_999)).padStart(6, '0')}`;
}
