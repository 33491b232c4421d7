import path from 'node:path';
import type { Db } from '../db/types';
import { openDatabase } from '../db/connection';
import { migrate } from '../db/migrate';
import { MIGRATIONS } from '../db/migrations';
import { unitSearchText } from '../db/repos/units';
import { householdSearchText } from '../db/repos/households';
import { foldForSearch } from '../../../shared/rules/search';
import { vietnameseNameSortKey } from '../../../shared/rules/sort-key';
import { tempDir } from './temp';
import type { RecipientKind } from '../../../shared/domain/awards';
import type { DecisionStatus } from '../../../shared/domain/decisions';
import type { UnitKind } from '../../../shared/domain/registry';

/*
 * Raw-SQL fixtures for tests of decision lists, independent of the decision service. Defaults
 * satisfy the tables' CHECKs: a signed or cancelled decision gets a number, date, signer, subject,
 * award and stamps; search_text and sort_key are written as the registry repos write them.
 */

const AT = '2026-11-26T09:00:00.000Z';

/** A fresh database file migrated to the latest version; close() removes it. */
export function openTestDb(): { db: Db; close(): void } {
  const t = tempDir();
  const db = openDatabase(path.join(t.dir, 'tdkt.sqlite'));
  migrate(db, MIGRATIONS);
  return {
    db,
    close() {
      db.close();
      t.cleanup();
    },
  };
}

/** The id of a shipped catalogue entry by code ('lao_dong_tien_tien', 'giay_khen_chu_tich_phuong', ...). */
export function catalogueId(db: Db, code: string): number {
  const row = db.prepare('SELECT id FROM award_catalogue WHERE code = ?').get(code) as
    { id: number } | undefined;
  if (!row) throw new Error(`No catalogue entry ${code}`);
  return row.id;
}

export interface TestDecision {
  year: number;
  status: DecisionStatus;
  number: number | null;
  decisionDate: string | null;
  catalogueId: number | null;
  achievementFrom: string | null;
  achievementTo: string | null;
  deletedAt: string | null;
}

let nextNumber = 1;

/** Inserts a decision (a draft of 2026 by default); returns its id. */
export function insertTestDecision(db: Db, partial: Partial<TestDecision> = {}): number {
  const status = partial.status ?? 'draft';
  const year = partial.year ?? Number(partial.decisionDate?.slice(0, 4) ?? 2026);
  const final = status !== 'draft';
  const number = partial.number ?? (final ? nextNumber++ : null);
  const v = {
    year,
    status,
    number,
    numberText: number === null ? null : `${String(number).padStart(2, '0')}/QĐ-UBND`,
    decisionDate: partial.decisionDate ?? (final ? `${year}-07-05` : null),
    signerName: final ? 'Nguyễn Văn Chủ' : null,
    signerTitle: final ? 'CHỦ TỊCH' : null,
    subject: final ? 'Về việc tặng danh hiệu' : null,
    catalogueId: partial.catalogueId ?? (final ? catalogueId(db, 'lao_dong_tien_tien') : null),
    achievementFrom: partial.achievementFrom ?? null,
    achievementTo: partial.achievementTo ?? null,
    signedAt: final ? AT : null,
    cancelledAt: status === 'cancelled' ? AT : null,
    cancelReason: status === 'cancelled' ? 'Ban hành nhầm' : null,
    deletedAt: partial.deletedAt ?? null,
    at: AT,
  };
  return Number(
    db
      .prepare(
        `INSERT INTO decisions (year, number, number_text, decision_date, signer_name, signer_title, subject,
           catalogue_id, achievement_from, achievement_to, status, signed_at, cancelled_at, cancel_reason,
           deleted_at, created_at, updated_at)
         VALUES (@year, @number, @numberText, @decisionDate, @signerName, @signerTitle, @subject,
           @catalogueId, @achievementFrom, @achievementTo, @status, @signedAt, @cancelledAt, @cancelReason,
           @deletedAt, @at, @at)`,
      )
      .run(v).lastInsertRowid,
  );
}

export interface TestAward {
  decisionId: number;
  kind: RecipientKind;
  recipientId: number;
  /** Defaults to 'Lao động tiên tiến' (individuals) / 'Giấy khen của Chủ tịch UBND phường' (others). */
  catalogueId: number;
  name: string;
  positionUnit: string | null;
  paid: boolean;
  amount: number;
  position: number;
}

/** Inserts a line on a decision's list (paid with no money by default); returns its id. */
export function insertTestAward(
  db: Db,
  partial: Pick<TestAward, 'decisionId' | 'kind' | 'recipientId'> & Partial<TestAward>,
): number {
  const { kind, recipientId } = partial;
  const amount = partial.amount ?? 0;
  const v = {
    decisionId: partial.decisionId,
    position: partial.position ?? 0,
    kind,
    unitId: kind === 'collective' ? recipientId : null,
    personId: kind === 'individual' ? recipientId : null,
    householdId: kind === 'household' ? recipientId : null,
    name: partial.name ?? `Người nhận ${recipientId}`,
    positionUnit: partial.positionUnit ?? null,
    catalogueId:
      partial.catalogueId ??
      catalogueId(db, kind === 'individual' ? 'lao_dong_tien_tien' : 'giay_khen_chu_tich_phuong'),
    paid: (partial.paid ?? true) ? 1 : 0,
    amount,
    baseSalary: amount > 0 ? 2_530_000 : null,
    searchText: foldForSearch(partial.name ?? `Người nhận ${recipientId}`),
    at: AT,
  };
  return Number(
    db
      .prepare(
        `INSERT INTO awards (decision_id, position, recipient_kind, unit_id, person_id, household_id,
           recipient_name_snapshot, position_unit_snapshot, catalogue_id, base_salary_used, amount, paid,
           search_text, created_at, updated_at)
         VALUES (@decisionId, @position, @kind, @unitId, @personId, @householdId, @name, @positionUnit,
           @catalogueId, @baseSalary, @amount, @paid, @searchText, @at, @at)`,
      )
      .run(v).lastInsertRowid,
  );
}

/** Inserts a unit (kind 'other'); returns its id. */
export function insertTestUnit(
  db: Db,
  name: string,
  more: {
    kind?: UnitKind;
    shortName?: string;
    parentId?: number;
    activeTo?: string;
    successorId?: number;
  } = {},
): number {
  return Number(
    db
      .prepare(
        `INSERT INTO units (name, short_name, kind, parent_id, active_to, successor_id, search_text, created_at, updated_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(
        name,
        more.shortName ?? null,
        more.kind ?? 'other',
        more.parentId ?? null,
        more.activeTo ?? null,
        more.successorId ?? null,
        unitSearchText(name, more.shortName ?? null),
        AT,
        AT,
      ).lastInsertRowid,
  );
}

/** Inserts a person; returns the id. */
export function insertTestPerson(
  db: Db,
  fullName: string,
  more: { unitId?: number; position?: string; birthYear?: number; deletedAt?: string } = {},
): number {
  return Number(
    db
      .prepare(
        `INSERT INTO people (full_name, birth_year, unit_id, position, search_text, sort_key, deleted_at,
           created_at, updated_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(
        fullName,
        more.birthYear ?? null,
        more.unitId ?? null,
        more.position ?? null,
        foldForSearch(fullName),
        vietnameseNameSortKey(fullName),
        more.deletedAt ?? null,
        AT,
        AT,
      ).lastInsertRowid,
  );
}

/** Inserts a household; returns the id. */
export function insertTestHousehold(
  db: Db,
  headName: string,
  more: { address?: string; groupUnitId?: number } = {},
): number {
  return Number(
    db
      .prepare(
        `INSERT INTO households (head_name, address, residential_group_unit_id, search_text, sort_key,
           created_at, updated_at)
         VALUES (?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(
        headName,
        more.address ?? null,
        more.groupUnitId ?? null,
        householdSearchText(headName, more.address ?? null),
        vietnameseNameSortKey(headName),
        AT,
        AT,
      ).lastInsertRowid,
  );
}
