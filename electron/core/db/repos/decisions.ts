import type { Db } from '../types';
import { prepared } from './prepared';
import { foldForSearch } from '../../../../shared/rules/search';
import type { DecisionMethod, DecisionStatus, RecipientOrder } from '../../../../shared/domain/decisions';

/** A decisions row as stored (legal_bases decoded), with what the list and form show beside it. */
export interface DecisionRecord {
  id: number;
  year: number;
  number: number | null;
  numberText: string | null;
  decisionDate: string | null;
  signerName: string | null;
  signerTitle: string | null;
  signerOnBehalf: boolean;
  subject: string | null;
  legalBases: string[];
  movementId: number | null;
  movementName: string | null;
  catalogueId: number | null;
  catalogueName: string | null;
  achievementFrom: string | null;
  achievementTo: string | null;
  method: DecisionMethod;
  status: DecisionStatus;
  defaultAchievement: string | null;
  recipientOrder: RecipientOrder;
  signedAt: string | null;
  cancelledAt: string | null;
  cancelReason: string | null;
  collectiveCount: number;
  individualCount: number;
  householdCount: number;
  totalAmount: number;
  createdAt: string;
  updatedAt: string;
  deletedAt: string | null;
}

/** The columns a draft's form writes (number_text and search_text are derived here). */
export type DecisionColumns = Pick<
  DecisionRecord,
  | 'year'
  | 'number'
  | 'numberText'
  | 'decisionDate'
  | 'signerName'
  | 'signerTitle'
  | 'signerOnBehalf'
  | 'subject'
  | 'legalBases'
  | 'movementId'
  | 'catalogueId'
  | 'achievementFrom'
  | 'achievementTo'
  | 'method'
  | 'defaultAchievement'
  | 'recipientOrder'
>;

const lineCount = (kind: string) =>
  `(SELECT count(*) FROM awards a WHERE a.decision_id = d.id AND a.recipient_kind = '${kind}')`;

const COLUMNS = `d.id, d.year, d.number, d.number_text AS numberText, d.decision_date AS decisionDate,
  d.signer_name AS signerName, d.signer_title AS signerTitle, d.signer_on_behalf AS signerOnBehalf,
  d.subject, d.legal_bases AS legalBases, d.movement_id AS movementId, m.name AS movementName,
  d.catalogue_id AS catalogueId, c.name AS catalogueName, d.achievement_from AS achievementFrom,
  d.achievement_to AS achievementTo, d.method, d.status, d.default_achievement AS defaultAchievement,
  d.recipient_order AS recipientOrder, d.signed_at AS signedAt, d.cancelled_at AS cancelledAt,
  d.cancel_reason AS cancelReason,
  ${lineCount('collective')} AS collectiveCount, ${lineCount('individual')} AS individualCount,
  ${lineCount('household')} AS householdCount,
  (SELECT coalesce(sum(a.amount), 0) FROM awards a WHERE a.decision_id = d.id) AS totalAmount,
  d.created_at AS createdAt, d.updated_at AS updatedAt, d.deleted_at AS deletedAt`;

const FROM = `FROM decisions d
  LEFT JOIN movements m ON m.id = d.movement_id
  LEFT JOIN award_catalogue c ON c.id = d.catalogue_id`;

type Row = Omit<DecisionRecord, 'signerOnBehalf' | 'legalBases'> & {
  signerOnBehalf: number;
  legalBases: string | null;
};

// legal_bases holds a JSON array of strings (one căn cứ per element, as typed, without the ";").
const toRecord = (r: Row): DecisionRecord => ({
  ...r,
  signerOnBehalf: r.signerOnBehalf === 1,
  legalBases: r.legalBases === null ? [] : (JSON.parse(r.legalBases) as string[]),
});

/** The row, trashed or not; null when there is no such id. */
export function getDecisionRecord(db: Db, id: number): DecisionRecord | null {
  const row = prepared(db, `SELECT ${COLUMNS} ${FROM} WHERE d.id = ?`).get(id) as Row | undefined;
  return row ? toRecord(row) : null;
}

export interface DecisionFilter {
  year: number | null;
  status: DecisionStatus | null;
  catalogueId: number | null;
  search: string;
}

/** Live decisions, newest first: year, then drafts without a number, then number, then newest row. */
export function listDecisionRecords(db: Db, f: DecisionFilter): DecisionRecord[] {
  const where = ['d.deleted_at IS NULL'];
  const params: unknown[] = [];
  if (f.year !== null) {
    where.push('d.year = ?');
    params.push(f.year);
  }
  if (f.status !== null) {
    where.push('d.status = ?');
    params.push(f.status);
  }
  if (f.catalogueId !== null) {
    where.push('d.catalogue_id = ?');
    params.push(f.catalogueId);
  }
  for (const token of foldForSearch(f.search)
    .split(' ')
    .filter((t) => t !== '')) {
    // instr, not LIKE: a typed % or _ is a character to find, not a wildcard.
    where.push('instr(d.search_text, ?) > 0');
    params.push(token);
  }
  const rows = prepared(
    db,
    `SELECT ${COLUMNS} ${FROM} WHERE ${where.join(' AND ')}
     ORDER BY d.year DESC, d.number IS NULL DESC, d.number DESC, d.id DESC`,
  ).all(...params) as Row[];
  return rows.map(toRecord);
}

/** Every number used in the year, trashed drafts included (they still hold theirs). */
export function usedNumbers(db: Db, year: number): number[] {
  return (
    prepared(db, 'SELECT number FROM decisions WHERE year = ? AND number IS NOT NULL').all(year) as {
      number: number;
    }[]
  ).map((r) => r.number);
}

/** The decision holding that number in that year, if any. */
export function findDecisionByNumber(
  db: Db,
  year: number,
  number: number,
): { id: number; status: DecisionStatus; deletedAt: string | null } | null {
  const row = prepared(
    db,
    'SELECT id, status, deleted_at AS deletedAt FROM decisions WHERE year = ? AND number = ?',
  ).get(year, number);
  return (row as { id: number; status: DecisionStatus; deletedAt: string | null } | undefined) ?? null;
}

const params = (c: DecisionColumns) => ({
  year: c.year,
  number: c.number,
  numberText: c.numberText,
  decisionDate: c.decisionDate,
  signerName: c.signerName,
  signerTitle: c.signerTitle,
  signerOnBehalf: c.signerOnBehalf ? 1 : 0,
  subject: c.subject,
  legalBases: JSON.stringify(c.legalBases),
  movementId: c.movementId,
  catalogueId: c.catalogueId,
  achievementFrom: c.achievementFrom,
  achievementTo: c.achievementTo,
  method: c.method,
  defaultAchievement: c.defaultAchievement,
  recipientOrder: c.recipientOrder,
  searchText: foldForSearch([c.numberText, c.subject].filter((s) => s !== null).join(' ')),
});

export function insertDecision(db: Db, c: DecisionColumns, at: string): number {
  const info = prepared(
    db,
    `INSERT INTO decisions (year, number, number_text, decision_date, signer_name, signer_title,
       signer_on_behalf, subject, legal_bases, movement_id, catalogue_id, achievement_from, achievement_to,
       method, default_achievement, recipient_order, search_text, created_at, updated_at)
     VALUES (@year, @number, @numberText, @decisionDate, @signerName, @signerTitle, @signerOnBehalf,
       @subject, @legalBases, @movementId, @catalogueId, @achievementFrom, @achievementTo, @method,
       @defaultAchievement, @recipientOrder, @searchText, @at, @at)`,
  ).run({ ...params(c), at });
  return Number(info.lastInsertRowid);
}

/** Rewrites every form column (drafts, and signed decisions through a correction). */
export function updateDecision(db: Db, id: number, c: DecisionColumns, at: string): void {
  prepared(
    db,
    `UPDATE decisions SET year = @year, number = @number, number_text = @numberText,
       decision_date = @decisionDate, signer_name = @signerName, signer_title = @signerTitle,
       signer_on_behalf = @signerOnBehalf, subject = @subject, legal_bases = @legalBases,
       movement_id = @movementId, catalogue_id = @catalogueId, achievement_from = @achievementFrom,
       achievement_to = @achievementTo, method = @method, default_achievement = @defaultAchievement,
       recipient_order = @recipientOrder, search_text = @searchText, updated_at = @at
     WHERE id = @id`,
  ).run({ ...params(c), at, id });
}

export function markSigned(db: Db, id: number, at: string): void {
  prepared(db, "UPDATE decisions SET status = 'signed', signed_at = ?, updated_at = ? WHERE id = ?").run(
    at,
    at,
    id,
  );
}

export function markCancelled(db: Db, id: number, reason: string, at: string): void {
  prepared(
    db,
    "UPDATE decisions SET status = 'cancelled', cancelled_at = ?, cancel_reason = ?, updated_at = ? WHERE id = ?",
  ).run(at, reason, at, id);
}

/** Drafts only (a CHECK refuses the others): to the trash. */
export function trashDecision(db: Db, id: number, at: string): void {
  prepared(db, 'UPDATE decisions SET deleted_at = ?, updated_at = ? WHERE id = ?').run(at, at, id);
}

export function touchDecision(db: Db, id: number, at: string): void {
  prepared(db, 'UPDATE decisions SET updated_at = ? WHERE id = ?').run(at, id);
}

/** True when SQLite refused a second decision with the same (year, number). */
export function isDuplicateNumberError(e: unknown): boolean {
  return (
    (e as { code?: unknown }).code === 'SQLITE_CONSTRAINT_UNIQUE' &&
    /decisions\.year, decisions\.number/.test((e as Error).message)
  );
}
