import type { Db } from '../types';
import { prepared } from './prepared';
import { foldForSearch } from '../../../../shared/rules/search';
import type { RecipientKind } from '../../../../shared/domain/awards';
import type { CatalogueKind } from '../../../../shared/domain/awards';
import type { Gender, StaffCategory } from '../../../../shared/domain/registry';
import type { AwardLine } from '../../../../shared/schemas/decisions';

/** An awards row with its catalogue entry and prints: what lines, money and signing work from. */
export interface LineRecord extends Omit<AwardLine, 'stt'> {
  /** Order within the section as entered (stt is computed from the decision's recipient order). */
  position: number;
  catalogueKind: CatalogueKind;
  catalogueRank: number;
  proposalCandidateId: number | null;
}

const COLUMNS = `a.id, a.decision_id AS decisionId, a.position, a.recipient_kind AS recipientKind,
  coalesce(a.person_id, a.unit_id, a.household_id) AS recipientId, a.recipient_name_snapshot AS name,
  a.position_unit_snapshot AS positionUnit, a.staff_category_snapshot AS staffCategory, a.achievement,
  a.catalogue_id AS catalogueId, c.name AS catalogueName, c.kind AS catalogueKind, c.rank AS catalogueRank,
  a.proposal_candidate_id AS proposalCandidateId, a.paid, a.amount, a.base_salary_used AS baseSalaryUsed,
  a.register_year AS registerYear, a.register_number AS registerNumber,
  (SELECT coalesce(sum(p.copies), 0) FROM certificate_prints p WHERE p.award_id = a.id) AS printCount,
  (SELECT max(p.printed_at) FROM certificate_prints p WHERE p.award_id = a.id) AS lastPrintedAt`;

const FROM = 'FROM awards a JOIN award_catalogue c ON c.id = a.catalogue_id';

type LineRow = Omit<LineRecord, 'paid'> & { paid: number };
const toLine = (r: LineRow): LineRecord => ({ ...r, paid: r.paid === 1 });

/** The lines of a decision by section position (not yet in print order: the service sorts). */
export function listLineRecords(db: Db, decisionId: number): LineRecord[] {
  return (
    prepared(db, `SELECT ${COLUMNS} ${FROM} WHERE a.decision_id = ? ORDER BY a.position, a.id`).all(
      decisionId,
    ) as LineRow[]
  ).map(toLine);
}

export function getLineRecord(db: Db, id: number): LineRecord | null {
  const row = prepared(db, `SELECT ${COLUMNS} ${FROM} WHERE a.id = ?`).get(id) as LineRow | undefined;
  return row ? toLine(row) : null;
}

const RECIPIENT_COLUMN: Record<RecipientKind, string> = {
  collective: 'unit_id',
  individual: 'person_id',
  household: 'household_id',
};

export interface NewLine {
  decisionId: number;
  recipientKind: RecipientKind;
  recipientId: number;
  name: string;
  positionUnit: string | null;
  staffCategory: StaffCategory | null;
  /** Household lines: the head's gender as printed ("Gia đình ông/bà"); null otherwise. */
  headGender: Gender | null;
  achievement: string | null;
  catalogueId: number;
  proposalCandidateId: number | null;
}

/** Appends a line at the end of its section; money and paid are set by the recompute that follows. */
export function insertLine(db: Db, l: NewLine, at: string): number {
  const { next } = prepared(
    db,
    'SELECT coalesce(max(position) + 1, 0) AS next FROM awards WHERE decision_id = ? AND recipient_kind = ?',
  ).get(l.decisionId, l.recipientKind) as { next: number };
  const column = RECIPIENT_COLUMN[l.recipientKind];
  const info = prepared(
    db,
    `INSERT INTO awards (decision_id, position, recipient_kind, ${column}, recipient_name_snapshot,
       position_unit_snapshot, staff_category_snapshot, head_gender_snapshot, achievement, catalogue_id,
       proposal_candidate_id, search_text, created_at, updated_at)
     VALUES (@decisionId, @position, @recipientKind, @recipientId, @name, @positionUnit, @staffCategory,
       @headGender, @achievement, @catalogueId, @proposalCandidateId, @searchText, @at, @at)`,
  ).run({
    ...l,
    headGender: l.recipientKind === 'household' ? l.headGender : null,
    position: next,
    searchText: foldForSearch(l.name),
    at,
  });
  return Number(info.lastInsertRowid);
}

/** What is printed for a line: name, position/unit, achievement (and its award, on drafts). */
export function updateLineText(
  db: Db,
  id: number,
  v: { name: string; positionUnit: string | null; achievement: string | null; catalogueId: number },
  at: string,
): void {
  prepared(
    db,
    `UPDATE awards SET recipient_name_snapshot = @name, position_unit_snapshot = @positionUnit,
       achievement = @achievement, catalogue_id = @catalogueId, search_text = @searchText, updated_at = @at
     WHERE id = @id`,
  ).run({ ...v, searchText: foldForSearch(v.name), at, id });
}

export function setLineMoney(
  db: Db,
  id: number,
  m: { paid: boolean; amount: number; baseSalaryUsed: number | null },
  at: string,
): void {
  prepared(
    db,
    `UPDATE awards SET paid = ?, amount = ?, base_salary_used = ?, updated_at = ?
     WHERE id = ? AND (paid IS NOT ? OR amount IS NOT ? OR base_salary_used IS NOT ?)`,
  ).run(m.paid ? 1 : 0, m.amount, m.baseSalaryUsed, at, id, m.paid ? 1 : 0, m.amount, m.baseSalaryUsed);
}

export function setLinePosition(db: Db, id: number, position: number, at: string): void {
  prepared(db, 'UPDATE awards SET position = ?, updated_at = ? WHERE id = ?').run(position, at, id);
}

export function setRegisterNumber(db: Db, id: number, year: number, number: number, at: string): void {
  prepared(db, 'UPDATE awards SET register_year = ?, register_number = ?, updated_at = ? WHERE id = ?').run(
    year,
    number,
    at,
    id,
  );
}

export function deleteLine(db: Db, id: number): void {
  prepared(db, 'DELETE FROM awards WHERE id = ?').run(id);
}

/** The largest số sổ vàng of a year (per-year register), or of every year (single register); 0 if none. */
export function maxRegisterNumber(db: Db, year: number | null): number {
  const row =
    year === null
      ? prepared(db, 'SELECT max(register_number) AS n FROM awards WHERE register_number IS NOT NULL').get()
      : prepared(db, 'SELECT max(register_number) AS n FROM awards WHERE register_year = ?').get(year);
  return (row as { n: number | null }).n ?? 0;
}

/** A line of another signed decision for the same recipient: what "only the highest title is paid" weighs. */
export interface SignedLine {
  recipientKind: RecipientKind;
  recipientId: number;
  catalogueKind: CatalogueKind;
  catalogueRank: number;
  year: number;
  achievementFrom: string | null;
  achievementTo: string | null;
}

/** Lines of signed decisions other than `decisionId` for the recipients of that decision's lines. */
export function signedLinesOfRecipients(db: Db, decisionId: number): SignedLine[] {
  return prepared(
    db,
    `SELECT a.recipient_kind AS recipientKind, coalesce(a.person_id, a.unit_id, a.household_id) AS recipientId,
       c.kind AS catalogueKind, c.rank AS catalogueRank, d.year, d.achievement_from AS achievementFrom,
       d.achievement_to AS achievementTo
     FROM awards a JOIN decisions d ON d.id = a.decision_id JOIN award_catalogue c ON c.id = a.catalogue_id
     WHERE d.status = 'signed' AND d.id <> @decisionId
       AND EXISTS (SELECT 1 FROM awards o WHERE o.decision_id = @decisionId AND o.recipient_kind = a.recipient_kind
         AND coalesce(o.person_id, o.unit_id, o.household_id) = coalesce(a.person_id, a.unit_id, a.household_id))
     ORDER BY d.decision_date, d.id, a.position`,
  ).all({ decisionId }) as SignedLine[];
}
