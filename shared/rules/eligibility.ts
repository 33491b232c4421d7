import { formatDate } from './dates';
import { RECIPIENT_KIND_LABELS, type RecipientKind } from '../domain/awards';
import type { DecisionStatus, HintCode } from '../domain/decisions';
import type { LineHint } from '../schemas/decisions';

/*
 * Eligibility hints for the lines of a decision's list: warnings shown while the list is built, never
 * a refusal (the officer may know better, e.g. a correction decision replacing another one).
 */

/** The catalogue codes these rules know (shipped defaults, migration 005). */
export const LDTT_CODE = 'lao_dong_tien_tien';
export const CSTD_CODE = 'chien_si_thi_dua_co_so';

/** What a rule needs to know about a decision. */
export interface HintDecision {
  id: number;
  year: number;
  status: DecisionStatus;
  numberText: string | null;
  decisionDate: string | null;
  achievementFrom: string | null;
  achievementTo: string | null;
}

/** A line of the decision being checked, with its catalogue entry and the unit it depends on. */
export interface HintLine {
  lineId: number;
  kind: RecipientKind;
  recipientId: number;
  catalogueId: number;
  catalogueCode: string | null;
  catalogueName: string;
  catalogueActive: boolean;
  /** The entry allows this line's recipient kind. */
  allowsKind: boolean;
  /** Per-mille for this recipient kind; null = the entry carries no money for it. */
  coefficientPermille: number | null;
  paid: boolean;
  /** The unit itself (collective) or the person's unit (individual); null for households or no unit. */
  unit: { name: string; activeTo: string | null; successorName: string | null; trashed: boolean } | null;
}

/** An award of the same recipient in another decision (not cancelled, not trashed). */
export interface OtherAward {
  kind: RecipientKind;
  recipientId: number;
  catalogueId: number;
  catalogueCode: string | null;
  decision: HintDecision;
}

export interface Period {
  from: string;
  to: string;
}

/**
 * The achievement period a decision rewards: its achievement dates; a missing end is the end of
 * the calendar year of the other end (or of the decision's year when both are missing).
 */
export function achievementPeriod(
  d: Pick<HintDecision, 'year' | 'achievementFrom' | 'achievementTo'>,
): Period {
  const fromYear = d.achievementTo?.slice(0, 4) ?? String(d.year);
  const toYear = d.achievementFrom?.slice(0, 4) ?? String(d.year);
  return { from: d.achievementFrom ?? `${fromYear}-01-01`, to: d.achievementTo ?? `${toYear}-12-31` };
}

export const periodsOverlap = (a: Period, b: Period): boolean => a.from <= b.to && b.from <= a.to;

/** The year an achievement counts for: the year its period ends (a 2026 award signed in 01/2027 counts for 2026). */
export const achievementYear = (d: HintDecision): number => Number(achievementPeriod(d).to.slice(0, 4));

/** "Quyết định số 05/QĐ-UBND ngày 05/07/2026", or how a draft is named. */
export function decisionLabel(d: HintDecision): string {
  if (d.numberText === null) return 'một dự thảo quyết định khác (chưa có số)';
  const date = d.decisionDate === null ? '' : ` ngày ${formatDate(d.decisionDate)}`;
  return `Quyết định số ${d.numberText}${date}${d.status === 'draft' ? ' (dự thảo)' : ''}`;
}

const recipientKey = (kind: RecipientKind, id: number) => `${kind}:${id}`;
const WHO: Record<RecipientKind, string> = { individual: 'Người', collective: 'Tập thể', household: 'Hộ' };

export interface HintInput {
  decision: HintDecision;
  lines: HintLine[];
  otherAwards: OtherAward[];
  /** ISO date of today: the reference for unit activity on an undated draft. */
  today: string;
}

/** Every hint of every line, lines in the given order, codes in HINT_CODES order within a line. */
export function eligibilityHints({ decision, lines, otherAwards, today }: HintInput): LineHint[] {
  const period = achievementPeriod(decision);
  const year = achievementYear(decision);
  const asOf = decision.decisionDate ?? today;

  const others = new Map<string, OtherAward[]>();
  for (const o of otherAwards) {
    const key = recipientKey(o.kind, o.recipientId);
    others.set(key, [...(others.get(key) ?? []), o]);
  }
  const linesOf = new Map<string, HintLine[]>();
  for (const l of lines) {
    const key = recipientKey(l.kind, l.recipientId);
    linesOf.set(key, [...(linesOf.get(key) ?? []), l]);
  }

  const hints: LineHint[] = [];
  for (const line of lines) {
    const key = recipientKey(line.kind, line.recipientId);
    const push = (code: HintCode, message: string) => hints.push({ lineId: line.lineId, code, message });
    const mine = others.get(key) ?? [];

    const earlier = mine
      .filter(
        (o) => o.catalogueId === line.catalogueId && periodsOverlap(achievementPeriod(o.decision), period),
      )
      .sort((a, b) =>
        (a.decision.decisionDate ?? '9999').localeCompare(b.decision.decisionDate ?? '9999'),
      )[0];
    if (earlier) {
      push(
        'already_awarded',
        `Đã được tặng "${line.catalogueName}" cho cùng kỳ thành tích theo ${decisionLabel(earlier.decision)}.`,
      );
    }

    if (line.kind === 'individual' && line.catalogueCode === CSTD_CODE) {
      const inList = (linesOf.get(key) ?? []).some((l) => l.catalogueCode === LDTT_CODE);
      const signed = mine.some(
        (o) =>
          o.catalogueCode === LDTT_CODE &&
          o.decision.status === 'signed' &&
          achievementYear(o.decision) === year,
      );
      if (!inList && !signed) {
        push(
          'cstd_without_ldtt',
          `Chưa có danh hiệu "Lao động tiên tiến" năm ${year}: "Chiến sĩ thi đua cơ sở" chỉ xét cho người đã đạt "Lao động tiên tiến" cùng năm.`,
        );
      }
    }

    const unit = line.unit;
    if (unit && (unit.trashed || (unit.activeTo !== null && unit.activeTo < asOf))) {
      const whose =
        line.kind === 'individual' ? `Đơn vị của người này (${unit.name})` : `Đơn vị ${unit.name}`;
      const what = unit.trashed
        ? 'đã bị xóa (đang ở thùng rác)'
        : `đã ngừng hoạt động từ ${formatDate(unit.activeTo ?? asOf)}` +
          (unit.successorName ? ` (đã sáp nhập vào ${unit.successorName})` : '');
      push('inactive_unit', `${whose} ${what}.`);
    }

    if (!line.paid && line.coefficientPermille !== null) {
      push('not_paid_higher_title', 'Không chi tiền: đã có danh hiệu cao hơn cùng kỳ.');
    }

    // The same recipient may hold two different awards in one decision (LĐTT and CSTĐ cơ sở);
    // the same award twice is the mistake.
    const same = (linesOf.get(key) ?? []).filter((l) => l.catalogueId === line.catalogueId);
    if (same.length > 1) {
      push(
        'duplicate_in_list',
        `${WHO[line.kind]} này có ${same.length} dòng "${line.catalogueName}" trong danh sách.`,
      );
    }

    const problems = [
      line.catalogueActive ? null : 'đã ngừng sử dụng',
      line.allowsKind ? null : `không dành cho ${RECIPIENT_KIND_LABELS[line.kind].toLowerCase()}`,
    ].filter((p) => p !== null);
    if (problems.length > 0) push('catalogue_mismatch', `"${line.catalogueName}" ${problems.join(' và ')}.`);
  }
  return hints;
}
