import { normalizeText } from './text';

// Money is integer đồng; a fractional amount means a float slipped into the arithmetic
// (0.7 × 1,490,000 is 1,042,999.9999999999), so it is refused rather than rounded silently.
function requireSafeInteger(n: number): void {
  if (!Number.isSafeInteger(n)) throw new RangeError(`Cần một số nguyên: ${n}`);
}

/** Integer with "." thousands separators: 1520000 → "1.520.000"; throws RangeError on non-integers. */
export function formatNumberVi(n: number): string {
  requireSafeInteger(n);
  // Grouped by hand: the ICU 'vi' grouping symbol is not guaranteed the same in every runtime.
  const digits = String(Math.abs(n)).replace(/\B(?=(\d{3})+$)/g, '.');
  return n < 0 ? `-${digits}` : digits;
}

/** An amount in đồng as shown to users: 760000 → "760.000 đ". */
export function formatMoney(n: number): string {
  return `${formatNumberVi(n)} đ`;
}

/** Rounds a non-negative integer up to a multiple of 10,000 đồng, as ND 152/2025 does for award money. */
export function roundUpToTenThousand(n: number): number {
  requireSafeInteger(n);
  if (n < 0) throw new RangeError(`Số tiền âm: ${n}`);
  const rest = n % 10_000;
  return rest === 0 ? n : n + (10_000 - rest);
}

/** Reads a typed amount ("1.520.000", "1520000", "1 520 000 đ") into đồng, or null if it is not a whole amount. */
export function parseMoneyInput(s: string): number | null {
  const compact = normalizeText(s)
    .toLowerCase()
    .replace(/\s*(đồng|vnđ|vnd|đ)$/, '')
    .replace(/ /g, '');
  // Dots must group by three: "1.5" could mean 1,5 triệu and is refused rather than guessed.
  if (!/^(\d+|\d{1,3}(\.\d{3})+)$/.test(compact)) return null;
  const n = Number(compact.replace(/\./g, ''));
  return Number.isSafeInteger(n) ? n : null;
}
