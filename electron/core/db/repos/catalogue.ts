import type { Db } from '../types';
import { prepared } from './prepared';
import type { BaseSalary, CatalogueEntry, CatalogueValues } from '../../../../shared/schemas/catalogue';

// Everything that keeps a catalogue entry from being deleted (all ON DELETE RESTRICT).
const USAGE = `(
  (SELECT count(*) FROM awards WHERE catalogue_id = c.id)
  + (SELECT count(*) FROM decisions WHERE catalogue_id = c.id)
  + (SELECT count(*) FROM proposal_candidates WHERE catalogue_id = c.id)
  + (SELECT count(*) FROM registration_titles WHERE catalogue_id = c.id)
)`;

const ENTRY_COLUMNS = `c.id, c.code, c.name, c.kind, c.level,
  c.allows_collective AS allowsCollective, c.allows_individual AS allowsIndividual,
  c.allows_household AS allowsHousehold,
  c.coefficient_collective_permille AS collectivePermille,
  c.coefficient_individual_permille AS individualPermille,
  c.coefficient_household_permille AS householdPermille,
  c.rank, c.active, c.note, ${USAGE} AS usageCount, c.created_at AS createdAt, c.updated_at AS updatedAt`;

type EntryRow = Omit<
  CatalogueEntry,
  'allowsCollective' | 'allowsIndividual' | 'allowsHousehold' | 'active'
> & {
  allowsCollective: number;
  allowsIndividual: number;
  allowsHousehold: number;
  active: number;
};

const toEntry = (r: EntryRow): CatalogueEntry => ({
  ...r,
  allowsCollective: r.allowsCollective === 1,
  allowsIndividual: r.allowsIndividual === 1,
  allowsHousehold: r.allowsHousehold === 1,
  active: r.active === 1,
});

/** Titles first, then forms; higher rank first; then by id (the order they were added). */
export function listCatalogue(db: Db): CatalogueEntry[] {
  return (
    prepared(
      db,
      `SELECT ${ENTRY_COLUMNS} FROM award_catalogue c
       ORDER BY CASE c.kind WHEN 'title' THEN 0 ELSE 1 END, c.rank DESC, c.id`,
    ).all() as EntryRow[]
  ).map(toEntry);
}

export function getCatalogueEntry(db: Db, id: number): CatalogueEntry | null {
  const row = prepared(db, `SELECT ${ENTRY_COLUMNS} FROM award_catalogue c WHERE c.id = ?`).get(id);
  return row ? toEntry(row as EntryRow) : null;
}

/** The entry of that kind with that name (names are unique per kind), if any. */
export function findCatalogueByName(db: Db, kind: string, name: string): number | null {
  const row = prepared(db, 'SELECT id FROM award_catalogue WHERE kind = ? AND name = ?').get(kind, name);
  return (row as { id: number } | undefined)?.id ?? null;
}

const valueParams = (v: CatalogueValues) => ({
  name: v.name,
  kind: v.kind,
  level: v.level,
  allowsCollective: v.allowsCollective ? 1 : 0,
  allowsIndividual: v.allowsIndividual ? 1 : 0,
  allowsHousehold: v.allowsHousehold ? 1 : 0,
  collective: v.collectivePermille,
  individual: v.individualPermille,
  household: v.householdPermille,
  rank: v.rank,
  note: v.note,
});

export function insertCatalogueEntry(db: Db, v: CatalogueValues, at: string): number {
  const info = prepared(
    db,
    `INSERT INTO award_catalogue (name, kind, level, allows_collective, allows_individual, allows_household,
       coefficient_collective_permille, coefficient_individual_permille, coefficient_household_permille,
       rank, note, created_at, updated_at)
     VALUES (@name, @kind, @level, @allowsCollective, @allowsIndividual, @allowsHousehold,
       @collective, @individual, @household, @rank, @note, @at, @at)`,
  ).run({ ...valueParams(v), at });
  return Number(info.lastInsertRowid);
}

export function updateCatalogueEntry(db: Db, id: number, v: CatalogueValues, at: string): void {
  prepared(
    db,
    `UPDATE award_catalogue SET name = @name, kind = @kind, level = @level,
       allows_collective = @allowsCollective, allows_individual = @allowsIndividual,
       allows_household = @allowsHousehold, coefficient_collective_permille = @collective,
       coefficient_individual_permille = @individual, coefficient_household_permille = @household,
       rank = @rank, note = @note, updated_at = @at
     WHERE id = @id`,
  ).run({ ...valueParams(v), at, id });
}

export function setCatalogueActive(db: Db, id: number, active: boolean, at: string): void {
  prepared(db, 'UPDATE award_catalogue SET active = ?, updated_at = ? WHERE id = ?').run(
    active ? 1 : 0,
    at,
    id,
  );
}

export function deleteCatalogueEntry(db: Db, id: number): void {
  prepared(db, 'DELETE FROM award_catalogue WHERE id = ?').run(id);
}

// A row's period runs from its date to the next row's; award lines of decisions dated in it were
// computed from it. Lines of undated (draft) decisions count when they carry the row's amount.
const SALARY_USAGE = `(
  SELECT count(*) FROM awards a JOIN decisions d ON d.id = a.decision_id
  WHERE a.base_salary_used IS NOT NULL AND (
    (d.decision_date IS NOT NULL AND d.decision_date >= s.effective_from
      AND d.decision_date < coalesce(
        (SELECT min(n.effective_from) FROM base_salaries n WHERE n.effective_from > s.effective_from),
        '9999-12-31'))
    OR (d.decision_date IS NULL AND a.base_salary_used = s.amount)
  )
)`;

const SALARY_COLUMNS = `s.id, s.effective_from AS effectiveFrom, s.amount, s.note, ${SALARY_USAGE} AS usageCount`;

export function listBaseSalaries(db: Db): BaseSalary[] {
  return prepared(
    db,
    `SELECT ${SALARY_COLUMNS} FROM base_salaries s ORDER BY s.effective_from`,
  ).all() as BaseSalary[];
}

export function getBaseSalary(db: Db, id: number): BaseSalary | null {
  const row = prepared(db, `SELECT ${SALARY_COLUMNS} FROM base_salaries s WHERE s.id = ?`).get(id);
  return (row as BaseSalary | undefined) ?? null;
}

export function findBaseSalaryByDate(db: Db, effectiveFrom: string): number | null {
  const row = prepared(db, 'SELECT id FROM base_salaries WHERE effective_from = ?').get(effectiveFrom);
  return (row as { id: number } | undefined)?.id ?? null;
}

export function insertBaseSalary(
  db: Db,
  v: { effectiveFrom: string; amount: number; note: string | null },
  at: string,
): number {
  const info = prepared(
    db,
    `INSERT INTO base_salaries (effective_from, amount, note, created_at, updated_at)
     VALUES (@effectiveFrom, @amount, @note, @at, @at)`,
  ).run({ ...v, at });
  return Number(info.lastInsertRowid);
}

export function deleteBaseSalary(db: Db, id: number): void {
  prepared(db, 'DELETE FROM base_salaries WHERE id = ?').run(id);
}
