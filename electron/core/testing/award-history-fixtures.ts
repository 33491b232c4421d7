import type { Db } from '../db/types';
import { foldForSearch } from '../../../shared/rules/search';
import type { RecipientKind } from '../../../shared/domain/awards';
import type { StaffCategory } from '../../../shared/domain/registry';

/**
 * Decisions and award lines written with raw SQL (the decision service is not needed to read
 * them): each row satisfies migration 001's CHECKs, so the reads are tested on realistic rows.
 */
export interface FixtureDecision {
  status: 'draft' | 'signed' | 'cancelled';
  /** ISO date; the year follows it. Drafts may leave it out (then `year` is needed). */
  date?: string;
  year?: number;
  number?: number;
  catalogueId?: number;
  defaultAchievement?: string;
  achievementFrom?: string;
  achievementTo?: string;
  /** Trashed draft. */
  deleted?: boolean;
}

export interface FixtureLine {
  kind: RecipientKind;
  id: number;
  name: string;
  catalogueId: number;
  positionUnit?: string;
  staffCategory?: StaffCategory;
  achievement?: string;
  amount?: number;
  register?: [year: number, number: number];
}

const AT = '2026-01-01T00:00:00.000Z';

/** Inserts one decision with its lines (positions in the order given); returns the decision id. */
export function insertFixtureDecision(db: Db, d: FixtureDecision, lines: FixtureLine[] = []): number {
  const year = d.year ?? Number((d.date ?? '').slice(0, 4));
  const numbered = d.status !== 'draft' || d.number !== undefined;
  const number = numbered ? (d.number ?? 1) : null;
  const decision = db
    .prepare(
      `INSERT INTO decisions (year, number, number_text, decision_date, signer_name, signer_title, subject,
         catalogue_id, achievement_from, achievement_to, default_achievement, status, signed_at, cancelled_at,
         cancel_reason, created_at, updated_at, deleted_at)
       VALUES (@year, @number, @numberText, @date, @signer, @signerTitle, @subject, @catalogueId, @from, @to,
         @defaultAchievement, @status, @signedAt, @cancelledAt, @cancelReason, @at, @at, @deletedAt)`,
    )
    .run({
      year,
      number,
      numberText: number === null ? null : `${String(number).padStart(2, '0')}/QĐ-UBND`,
      date: d.date ?? null,
      signer: d.status === 'draft' ? null : 'Nguyễn Văn Chủ',
      signerTitle: d.status === 'draft' ? null : 'Chủ tịch',
      subject: d.status === 'draft' ? null : 'Về việc khen thưởng',
      catalogueId: d.catalogueId ?? lines[0]?.catalogueId ?? null,
      from: d.achievementFrom ?? null,
      to: d.achievementTo ?? null,
      defaultAchievement: d.defaultAchievement ?? null,
      status: d.status,
      signedAt: d.status === 'draft' ? null : AT,
      cancelledAt: d.status === 'cancelled' ? AT : null,
      cancelReason: d.status === 'cancelled' ? 'Ban hành nhầm' : null,
      at: AT,
      deletedAt: d.deleted ? AT : null,
    });
  const decisionId = Number(decision.lastInsertRowid);
  const insertLine = db.prepare(
    `INSERT INTO awards (decision_id, position, recipient_kind, unit_id, person_id, household_id,
       recipient_name_snapshot, position_unit_snapshot, staff_category_snapshot, achievement, catalogue_id,
       base_salary_used, amount, paid, register_year, register_number, search_text, created_at, updated_at)
     VALUES (@decisionId, @position, @kind, @unitId, @personId, @householdId, @name, @positionUnit,
       @staffCategory, @achievement, @catalogueId, @baseSalary, @amount, 1, @registerYear, @registerNumber,
       @searchText, @at, @at)`,
  );
  lines.forEach((l, position) => {
    insertLine.run({
      decisionId,
      position,
      kind: l.kind,
      unitId: l.kind === 'collective' ? l.id : null,
      personId: l.kind === 'individual' ? l.id : null,
      householdId: l.kind === 'household' ? l.id : null,
      name: l.name,
      positionUnit: l.positionUnit ?? null,
      staffCategory: l.staffCategory ?? null,
      achievement: l.achievement ?? null,
      catalogueId: l.catalogueId,
      baseSalary: (l.amount ?? 0) > 0 ? 2_340_000 : null,
      amount: l.amount ?? 0,
      registerYear: l.register?.[0] ?? null,
      registerNumber: l.register?.[1] ?? null,
      searchText: foldForSearch(l.name),
      at: AT,
    });
  });
  return decisionId;
}

/** The id of a default catalogue entry by its code (migration 005). */
export function catalogueIdOf(db: Db, code: string): number {
  const row = db.prepare('SELECT id FROM award_catalogue WHERE code = ?').get(code) as
    { id: number } | undefined;
  if (!row) throw new Error(`no catalogue entry ${code}`);
  return row.id;
}
