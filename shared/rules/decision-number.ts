// Decision numbers run per calendar year from 1 ("Số: 05/QĐ-UBND"): ND 30/2020 writes numbers
// below 10 with a leading zero.

/** "05/QĐ-UBND" from 5 and the suffix in settings. */
export function formatDecisionNumber(number: number, suffix: string): string {
  return `${String(number).padStart(2, '0')}/${suffix}`;
}

/** The smallest number above every number already used in the year (gaps left by hand are not refilled). */
export function nextDecisionNumber(used: readonly number[]): number {
  let max = 0;
  for (const n of used) if (n > max) max = n;
  return max + 1;
}

/**
 * The number typed by the officer: "5", "05" or "05/QĐ-UBND" (with this suffix) → 5; anything else
 * (another suffix, 0, letters) → null.
 */
export function parseDecisionNumber(input: string, suffix: string): number | null {
  const s = input.trim();
  const slash = s.indexOf('/');
  const digits = slash === -1 ? s : s.slice(0, slash);
  if (
    slash !== -1 &&
    s
      .slice(slash + 1)
      .trim()
      .toLocaleUpperCase('vi') !== suffix.toLocaleUpperCase('vi')
  )
    return null;
  if (!/^\d{1,5}$/.test(digits.trim())) return null;
  const n = Number(digits.trim());
  return n >= 1 ? n : null;
}
