// Award money (ND 152/2025 Art. 49-54, ../shared/docs/domain.md "Award money"): coefficient × base
// salary in force on the decision date, rounded UP to the next 10,000 đồng. Coefficients are integer
// per-mille (300 = 0.3) and every step is integer arithmetic: no float ever touches an amount.
import type { HouseholdRounding, RecipientKind } from '../domain/awards';

const STEP = 10_000;

function requireNonNegativeInteger(n: number, what: string): void {
  if (!Number.isSafeInteger(n) || n < 0) throw new RangeError(`${what} phải là số nguyên không âm: ${n}`);
}

/** ⌈a / b⌉ for non-negative safe integers a and positive b. */
function ceilDiv(a: number, b: number): number {
  const q = Math.floor(a / b);
  return q * b === a ? q : q + 1;
}

/** The smallest multiple of 10,000 that is ≥ numerator / denominator (both integers). */
function roundUpFraction(numerator: number, denominator: number): number {
  if (!Number.isSafeInteger(numerator)) throw new RangeError(`Số tiền quá lớn: ${numerator}`);
  return ceilDiv(numerator, denominator * STEP) * STEP;
}

export interface BaseSalaryEntry {
  /** ISO date 'YYYY-MM-DD' the amount takes effect. */
  effectiveFrom: string;
  /** Đồng, a positive integer. */
  amount: number;
}

/** The base salary in force on `isoDate` (the latest entry effective on or before it); none → null. */
export function baseSalaryOn(table: readonly BaseSalaryEntry[], isoDate: string): number | null {
  let best: BaseSalaryEntry | null = null;
  for (const entry of table) {
    // ISO dates compare correctly as strings.
    if (entry.effectiveFrom <= isoDate && (best === null || entry.effectiveFrom > best.effectiveFrom))
      best = entry;
  }
  return best?.amount ?? null;
}

export interface AwardAmountInput {
  /** The catalogue's coefficient for this recipient kind, per-mille; null = the award carries no money. */
  coefficientPermille: number | null;
  /** Đồng, the base salary in force on the decision date. */
  baseSalary: number;
  recipientKind: RecipientKind;
  householdRounding: HouseholdRounding;
}

/**
 * The award money in đồng, rounded up to the next 10,000; null when the award carries no money.
 * A household's coefficient is 1.5 × the individual one (0.45 for Giấy khen). With
 * 'round-then-multiply' the individual amount (coefficient ÷ 1.5) is rounded up first, then × 1.5
 * and rounded up again; with 'multiply-then-round' the household coefficient is applied and rounded
 * once. At 2,340,000: 1,070,000 against 1,060,000.
 */
export function awardAmount(input: AwardAmountInput): number | null {
  const { coefficientPermille: coefficient, baseSalary, recipientKind, householdRounding } = input;
  if (coefficient === null) return null;
  requireNonNegativeInteger(coefficient, 'Hệ số');
  requireNonNegativeInteger(baseSalary, 'Mức lương cơ sở');
  if (recipientKind === 'household' && householdRounding === 'round-then-multiply') {
    // individual = coefficient × 2/3 per-mille: coefficient × base × 2 / 3000 đồng
    const individual = roundUpFraction(coefficient * baseSalary * 2, 3000);
    return roundUpFraction(individual * 3, 2);
  }
  return roundUpFraction(coefficient * baseSalary, 1000);
}

/** One line of a list, as far as "which titles are paid" is concerned. */
export interface PaidTitleLine {
  /** Who: e.g. 'individual:42' (the same recipient across lines has the same key). */
  recipientKey: string;
  /** The achievement period: e.g. '2026' or '2026-01-01/2026-12-31'. */
  periodKey: string;
  kind: 'title' | 'form';
  /** Catalogue rank: larger = higher title. */
  rank: number;
}

/**
 * Which lines are paid, in the order given: of several titles for the same recipient and period
 * only the highest rank is paid (the first of equal ranks); commendation forms are always paid,
 * also alongside a title for the same achievement.
 */
export function pickPaidTitles(lines: readonly PaidTitleLine[]): boolean[] {
  const best = new Map<string, number>();
  lines.forEach((line, index) => {
    if (line.kind !== 'title') return;
    const key = JSON.stringify([line.recipientKey, line.periodKey]);
    const current = best.get(key);
    if (current === undefined || line.rank > lines[current]!.rank) best.set(key, index);
  });
  return lines.map(
    (line, index) =>
      line.kind === 'form' || best.get(JSON.stringify([line.recipientKey, line.periodKey])) === index,
  );
}
