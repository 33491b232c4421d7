import type { Db } from '../db/types';
import { insertAudit } from '../db/repos/audit';
import { readSettingsRows, writeSettingsRows } from '../db/repos/settings';
import { awardAmount, baseSalaryOn, pickPaidTitles } from '../../../shared/rules/award-money';
import { formatDecisionNumber } from '../../../shared/rules/decision-number';
import { foldForSearch } from '../../../shared/rules/search';
import { DEFAULT_SETTINGS } from '../../../shared/schemas/settings';
import type { RecipientKind } from '../../../shared/domain/awards';
import type { SeedDecision } from './types';

/** Who signs the generated decisions (also written to the settings when none is set). */
export const SEED_SIGNERS = {
  chairman: { name: 'Phạm Văn Hùng', title: 'Chủ tịch' },
  vice: { name: 'Nguyễn Thị Thu Hà', title: 'Phó Chủ tịch' },
} as const;

/**
 * Mức lương cơ sở before the two rows migration 005 ships, so older decisions carry money too
 * (Nghị định 47/2016, 47/2017, 72/2018, 38/2019, 24/2023). Added only where no row has the date.
 */
const OLDER_BASE_SALARIES: [string, number][] = [
  ['2016-05-01', 1_210_000],
  ['2017-07-01', 1_300_000],
  ['2018-07-01', 1_390_000],
  ['2019-07-01', 1_490_000],
  ['2023-07-01', 1_800_000],
];

interface CatalogueRow {
  id: number;
  code: string;
  kind: 'title' | 'form';
  rank: number;
  collective: number | null;
  individual: number | null;
  household: number | null;
}

interface Recipient {
  name: string;
  positionUnit: string | null;
  staffCategory: string | null;
  headGender: string | null;
}

export interface RecipientIds {
  units: readonly number[];
  people: readonly number[];
  households: readonly number[];
}

/** Names, "chức vụ, đơn vị" and household heads' genders as the decision service snapshots them, from the stored rows. */
function recipients(db: Db): Record<RecipientKind, Map<number, Recipient>> {
  const read = (sql: string) =>
    new Map((db.prepare(sql).all() as (Recipient & { id: number })[]).map((r) => [r.id, r]));
  return {
    individual: read(`SELECT p.id, p.full_name AS name, p.staff_category AS staffCategory, NULL AS headGender,
      nullif(trim(coalesce(p.position, '') || CASE WHEN p.position IS NOT NULL AND u.name IS NOT NULL THEN ', ' ELSE '' END
        || coalesce(u.name, '')), '') AS positionUnit
      FROM people p LEFT JOIN units u ON u.id = p.unit_id`),
    collective: read(`SELECT u.id, u.name, NULL AS staffCategory, NULL AS headGender, pu.name AS positionUnit
      FROM units u LEFT JOIN units pu ON pu.id = u.parent_id`),
    household: read(
      `SELECT id, head_name AS name, NULL AS staffCategory, head_gender AS headGender, address AS positionUnit
       FROM households`,
    ),
  };
}

/**
 * Writes the generated decisions and their lines with prepared statements (the caller holds the
 * transaction): snapshots from the stored registry, money from the catalogue and the base salary in
 * force on the decision date (only the highest title of a recipient's year is paid), số sổ vàng
 * running per year in signing order. Drafts get neither money nor register numbers.
 */
/**
 * Runs a bulk insert into `table` with its indexes dropped, then builds them again from their own
 * stored SQL (same definitions): one sorted build per index instead of 200,000 random updates.
 * Inside the caller's transaction, so a failure leaves every index as it was.
 */
function withIndexesRebuilt<T>(db: Db, table: string, work: () => T): T {
  const indexes = db
    .prepare(`SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = ? AND sql IS NOT NULL`)
    .all(table) as { name: string; sql: string }[];
  for (const i of indexes) db.exec(`DROP INDEX "${i.name}"`);
  const result = work();
  for (const i of indexes) db.exec(i.sql);
  return result;
}

export function insertDecisions(
  db: Db,
  decisions: readonly SeedDecision[],
  ids: RecipientIds,
  at: string,
  actor: string,
  /** Database ids of the generated movements, by index (decisions point at them). */
  movementIds: readonly number[] = [],
) {
  const addSalary = db.prepare(
    `INSERT INTO base_salaries (effective_from, amount, note, created_at, updated_at)
     SELECT ?, ?, 'Dữ liệu mẫu', ?, ? WHERE NOT EXISTS (SELECT 1 FROM base_salaries WHERE effective_from = ?)`,
  );
  for (const [from, amount] of OLDER_BASE_SALARIES) addSalary.run(from, amount, at, at, from);
  const salaries = db.prepare('SELECT effective_from AS effectiveFrom, amount FROM base_salaries').all() as {
    effectiveFrom: string;
    amount: number;
  }[];
  const stored = readSettingsRows(db);
  const rounding =
    (stored.householdRounding as typeof DEFAULT_SETTINGS.householdRounding | undefined) ??
    DEFAULT_SETTINGS.householdRounding;
  const suffix = (stored.decisionSuffix as string | undefined) ?? DEFAULT_SETTINGS.decisionSuffix;
  const legalBases = JSON.stringify(
    (stored.defaultLegalBases as string[] | undefined) ?? DEFAULT_SETTINGS.defaultLegalBases,
  );
  if (!stored.chairman || (stored.chairman as { name: string }).name === '') {
    writeSettingsRows(db, { chairman: SEED_SIGNERS.chairman, viceChairmen: [SEED_SIGNERS.vice] }, at);
  }
  const catalogue = new Map(
    (
      db
        .prepare(
          `SELECT id, code, kind, rank, coefficient_collective_permille AS collective,
             coefficient_individual_permille AS individual, coefficient_household_permille AS household
           FROM award_catalogue WHERE code IS NOT NULL`,
        )
        .all() as CatalogueRow[]
    ).map((c) => [c.code, c]),
  );
  const who = recipients(db);
  const refIds: Record<RecipientKind, readonly number[]> = {
    collective: ids.units,
    individual: ids.people,
    household: ids.households,
  };

  const insertDecision = db.prepare(
    `INSERT INTO decisions (year, number, number_text, decision_date, signer_name, signer_title, signer_on_behalf,
       subject, legal_bases, catalogue_id, achievement_from, achievement_to, method, status, signed_at,
       cancelled_at, cancel_reason, default_achievement, movement_id, search_text, created_at, updated_at)
     VALUES (@year, @number, @numberText, @date, @signerName, @signerTitle, @onBehalf, @subject, @legalBases,
       @catalogueId, @from, @to, @method, @status, @signedAt, @cancelledAt, @cancelReason, @defaultAchievement,
       @movementId, @searchText, @at, @at)`,
  );
  const insertLine = db.prepare(
    `INSERT INTO awards (decision_id, position, recipient_kind, unit_id, person_id, household_id,
       recipient_name_snapshot, position_unit_snapshot, staff_category_snapshot, head_gender_snapshot, achievement,
       catalogue_id, base_salary_used, amount, paid, register_year, register_number, search_text, created_at,
       updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );

  // Which title lines are paid: the highest title of each recipient in each year.
  const all = decisions.flatMap((d) => (d.status === 'draft' ? [] : d.lines.map((l) => ({ d, l }))));
  const cat = (code: string) => {
    const c = catalogue.get(code);
    if (!c) throw new Error(`Seed: catalogue entry ${code} is missing`);
    return c;
  };
  const paidFlags = pickPaidTitles(
    all.map(({ d, l }) => ({
      recipientKey: `${l.kind}:${l.ref}`,
      periodKey: String(d.year),
      kind: cat(d.catalogue).kind,
      rank: cat(d.catalogue).rank,
    })),
  );
  const paid = new Map(all.map(({ l }, i) => [l, paidFlags[i] ?? true]));

  const register = new Map<number, number>();
  let lineCount = 0;
  withIndexesRebuilt(db, 'awards', () => {
    for (const d of decisions) {
      const c = cat(d.catalogue);
      const signer = SEED_SIGNERS[d.signer];
      const signed = d.status !== 'draft';
      const decisionId = Number(
        insertDecision.run({
          year: d.year,
          number: d.number,
          numberText: d.number === null ? null : formatDecisionNumber(d.number, suffix),
          date: d.date,
          signerName: signer.name,
          signerTitle: signer.title,
          onBehalf: d.signer === 'vice' ? 1 : 0,
          subject: d.subject,
          legalBases,
          catalogueId: c.id,
          from: d.achievementFrom,
          to: d.achievementTo,
          method: d.method,
          status: d.status,
          signedAt: signed ? `${d.date}T02:00:00.000Z` : null,
          cancelledAt: d.status === 'cancelled' ? `${d.date}T09:00:00.000Z` : null,
          cancelReason: d.cancelReason,
          defaultAchievement: d.defaultAchievement,
          movementId: d.movement === null ? null : (movementIds[d.movement] ?? null),
          searchText: foldForSearch(`${d.number ?? ''} ${d.subject}`),
          at,
        }).lastInsertRowid,
      );
      const base = d.date === null ? null : baseSalaryOn(salaries, d.date);
      // Sections in print order (tập thể, cá nhân, hộ gia đình); positions run through the list.
      const ordered = (['collective', 'individual', 'household'] as const).flatMap((k) =>
        d.lines.filter((l) => l.kind === k),
      );
      ordered.forEach((l, position) => {
        const id = refIds[l.kind][l.ref];
        const r = id === undefined ? undefined : who[l.kind].get(id);
        if (id === undefined || !r)
          throw new Error(`Seed: ${l.kind} ${l.ref} of decision ${d.year}/${d.number} is missing`);
        const isPaid = signed && (paid.get(l) ?? true);
        const money =
          isPaid && base !== null
            ? (awardAmount({
                coefficientPermille: c[l.kind],
                baseSalary: base,
                recipientKind: l.kind,
                householdRounding: rounding,
              }) ?? 0)
            : 0;
        let number: number | null = null;
        if (signed) {
          number = (register.get(d.year) ?? 0) + 1;
          register.set(d.year, number);
        }
        insertLine.run(
          decisionId,
          position,
          l.kind,
          l.kind === 'collective' ? id : null,
          l.kind === 'individual' ? id : null,
          l.kind === 'household' ? id : null,
          r.name,
          r.positionUnit,
          r.staffCategory,
          r.headGender,
          l.achievement,
          c.id,
          money > 0 ? base : null,
          money,
          isPaid ? 1 : 0,
          signed ? d.year : null,
          number,
          foldForSearch(r.name),
          at,
          at,
        );
        lineCount++;
      });
    }
  });
  insertAudit(db, {
    at,
    actor,
    entity: 'decisions',
    entityId: null,
    action: 'import',
    note: `Dữ liệu mẫu: ${decisions.length} quyết định, ${lineCount} dòng khen thưởng`,
  });
  return { decisions: decisions.length, awards: lineCount };
}
