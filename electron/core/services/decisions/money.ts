import type { Db } from '../../db/types';
import type { DecisionRecord } from '../../db/repos/decisions';
import { listBaseSalaries } from '../../db/repos/catalogue';
import { catalogueTerms } from '../../db/repos/award-lines-recipients';
import { listLineRecords, setLineMoney, signedLinesOfRecipients } from '../../db/repos/award-lines';
import {
  awardAmount,
  baseSalaryOn,
  pickPaidTitles,
  type PaidTitleLine,
} from '../../../../shared/rules/award-money';
import type { HouseholdRounding } from '../../../../shared/domain/awards';

/** An achievement period: the decision's from/to, the rest of its calendar year filling what is unset. */
function period(d: { year: number; achievementFrom: string | null; achievementTo: string | null }) {
  return { from: d.achievementFrom ?? `${d.year}-01-01`, to: d.achievementTo ?? `${d.year}-12-31` };
}

const overlaps = (a: { from: string; to: string }, b: { from: string; to: string }) =>
  a.from <= b.to && b.from <= a.to;

/** The date the money is computed on: the decision date, or today for an undated draft. */
export const moneyDate = (d: DecisionRecord, today: string): string => d.decisionDate ?? today;

/**
 * Recomputes paid flags and amounts of every line of the decision (drafts, and at signing). Of
 * several titles for one recipient and overlapping periods only the highest rank is paid — titles
 * already signed in other decisions count, and come first so an equal rank stays with them; forms
 * are always paid. Amounts are the catalogue coefficient × the base salary in force on `onDate`.
 */
export function recomputeMoney(
  db: Db,
  d: DecisionRecord,
  onDate: string,
  householdRounding: HouseholdRounding,
  at: string,
): void {
  const lines = listLineRecords(db, d.id);
  if (lines.length === 0) return;
  const own = period(d);
  const keyOf = (kind: string, id: number) => `${kind}:${id}`;
  // Only periods that overlap this decision's reach the comparison, so one period key stands for all.
  const others: PaidTitleLine[] = signedLinesOfRecipients(db, d.id)
    .filter((o) => overlaps(own, period(o)))
    .map((o) => ({
      recipientKey: keyOf(o.recipientKind, o.recipientId),
      periodKey: 'p',
      kind: o.catalogueKind,
      rank: o.catalogueRank,
    }));
  const paid = pickPaidTitles([
    ...others,
    ...lines.map((l) => ({
      recipientKey: keyOf(l.recipientKind, l.recipientId),
      periodKey: 'p',
      kind: l.catalogueKind,
      rank: l.catalogueRank,
    })),
  ]).slice(others.length);

  const baseSalary = baseSalaryOn(listBaseSalaries(db), onDate);
  lines.forEach((line, i) => {
    const terms = catalogueTerms(db, line.catalogueId);
    const coefficient = terms?.permille[line.recipientKind] ?? null;
    const isPaid = paid[i] === true;
    const amount =
      isPaid && baseSalary !== null
        ? (awardAmount({
            coefficientPermille: coefficient,
            baseSalary,
            recipientKind: line.recipientKind,
            householdRounding,
          }) ?? 0)
        : 0;
    setLineMoney(
      db,
      line.id,
      // The base salary is kept with every paid line that carries money, so a later change of the table is traceable.
      { paid: isPaid, amount, baseSalaryUsed: isPaid && coefficient !== null ? baseSalary : null },
      at,
    );
  });
}

/** Lines that should carry money but cannot: no base salary is in force on the date. */
export function needsBaseSalary(db: Db, d: DecisionRecord, onDate: string): boolean {
  if (baseSalaryOn(listBaseSalaries(db), onDate) !== null) return false;
  return listLineRecords(db, d.id).some(
    (l) => (catalogueTerms(db, l.catalogueId)?.permille[l.recipientKind] ?? null) !== null,
  );
}
