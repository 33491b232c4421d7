import type { Db } from '../types';
import { prepared } from './prepared';
import { foldForSearch } from '../../../../shared/rules/search';
import type { MovementStatus } from '../../../../shared/domain/movements';
import type {
  Movement,
  MovementListFilters,
  MovementSummary,
  MovementValues,
} from '../../../../shared/schemas/movements';

/** What movement searches look in: the name, theme and launching document's number. */
export const movementSearchText = (v: { name: string; theme: string | null; docNumber: string | null }) =>
  foldForSearch(`${v.name} ${v.theme ?? ''} ${v.docNumber ?? ''}`);

const SUMMARY_COLUMNS = `m.id, m.name, m.theme, m.kind, m.scope, m.doc_number AS docNumber, m.doc_date AS docDate,
  m.period_from_year AS periodFromYear, m.period_to_year AS periodToYear, m.status,
  (SELECT count(*) FROM movement_units mu WHERE mu.movement_id = m.id) AS unitCount,
  m.archived_at AS archivedAt, m.closed_at AS closedAt, m.updated_at AS updatedAt`;

const escapeLike = (s: string) => s.replace(/[\\%_]/g, (c) => `\\${c}`);

/** Live movements matching the filters: latest period first, then the newest. */
export function listMovements(db: Db, f: MovementListFilters): MovementSummary[] {
  const where = ['m.deleted_at IS NULL'];
  const params: Record<string, unknown> = {};
  if (!f.includeArchived) where.push('m.archived_at IS NULL');
  if (f.year !== null) {
    // A movement of 2026-2030 belongs to every year it runs through.
    where.push('m.period_from_year <= @year AND m.period_to_year >= @year');
    params.year = f.year;
  }
  if (f.kind !== null) {
    where.push('m.kind = @kind');
    params.kind = f.kind;
  }
  if (f.status !== null) {
    where.push('m.status = @status');
    params.status = f.status;
  }
  foldForSearch(f.search)
    .split(' ')
    .filter((w) => w !== '')
    .forEach((word, i) => {
      where.push(`m.search_text LIKE @w${i} ESCAPE '\\'`);
      params[`w${i}`] = `%${escapeLike(word)}%`;
    });
  return prepared(
    db,
    `SELECT ${SUMMARY_COLUMNS} FROM movements m WHERE ${where.join(' AND ')}
     ORDER BY m.period_to_year DESC, m.period_from_year DESC, m.id DESC`,
  ).all(params) as MovementSummary[];
}

export type MovementRow = Omit<Movement, 'criteria' | 'units' | 'participants'> & {
  deletedAt: string | null;
};

/** One movement's own columns (trashed too, with deletedAt) and its usage counts, or null. */
export function getMovementRow(db: Db, id: number): MovementRow | null {
  const row = prepared(
    db,
    `SELECT ${SUMMARY_COLUMNS}, m.scope_cluster_id AS scopeClusterId, c.name AS scopeClusterName,
       m.scope_unit_id AS scopeUnitId, u.name AS scopeUnitName, m.doc_signer AS docSigner,
       m.starts_on AS startsOn, m.ends_on AS endsOn, m.responsible_office AS responsibleOffice,
       m.description, m.created_at AS createdAt, m.deleted_at AS deletedAt,
       (SELECT count(*) FROM registrations r WHERE r.movement_id = m.id) AS registrationCount,
       (SELECT count(*) FROM exemplary_models e WHERE e.movement_id = m.id AND e.deleted_at IS NULL) AS modelCount,
       (SELECT count(*) FROM decisions d WHERE d.movement_id = m.id AND d.deleted_at IS NULL) AS decisionCount
     FROM movements m
     LEFT JOIN clusters c ON c.id = m.scope_cluster_id
     LEFT JOIN units u ON u.id = m.scope_unit_id
     WHERE m.id = ?`,
  ).get(id);
  return (row as MovementRow | undefined) ?? null;
}

const valueParams = (v: MovementValues) => ({
  name: v.name,
  theme: v.theme,
  kind: v.kind,
  scope: v.scope,
  scopeClusterId: v.scopeClusterId,
  scopeUnitId: v.scopeUnitId,
  docNumber: v.docNumber,
  docDate: v.docDate,
  docSigner: v.docSigner,
  periodFromYear: v.periodFromYear,
  periodToYear: v.periodToYear,
  startsOn: v.startsOn,
  endsOn: v.endsOn,
  responsibleOffice: v.responsibleOffice,
  description: v.description,
  searchText: movementSearchText(v),
});

export function insertMovement(db: Db, v: MovementValues, at: string): number {
  const info = prepared(
    db,
    `INSERT INTO movements (name, theme, kind, scope, scope_cluster_id, scope_unit_id, doc_number, doc_date,
       doc_signer, period_from_year, period_to_year, starts_on, ends_on, responsible_office, description,
       search_text, created_at, updated_at)
     VALUES (@name, @theme, @kind, @scope, @scopeClusterId, @scopeUnitId, @docNumber, @docDate,
       @docSigner, @periodFromYear, @periodToYear, @startsOn, @endsOn, @responsibleOffice, @description,
       @searchText, @at, @at)`,
  ).run({ ...valueParams(v), at });
  return Number(info.lastInsertRowid);
}

export function updateMovement(db: Db, id: number, v: MovementValues, at: string): void {
  prepared(
    db,
    `UPDATE movements SET name = @name, theme = @theme, kind = @kind, scope = @scope,
       scope_cluster_id = @scopeClusterId, scope_unit_id = @scopeUnitId, doc_number = @docNumber,
       doc_date = @docDate, doc_signer = @docSigner, period_from_year = @periodFromYear,
       period_to_year = @periodToYear, starts_on = @startsOn, ends_on = @endsOn,
       responsible_office = @responsibleOffice, description = @description, search_text = @searchText,
       updated_at = @at
     WHERE id = @id`,
  ).run({ ...valueParams(v), at, id });
}

/** Moves the status; closed_at is set on closing and cleared on reopening. */
export function setMovementStatus(db: Db, id: number, status: MovementStatus, at: string): void {
  prepared(
    db,
    `UPDATE movements SET status = @status,
       closed_at = CASE WHEN @status = 'closed' THEN @at ELSE NULL END, updated_at = @at
     WHERE id = @id`,
  ).run({ id, status, at });
}

/** Archives (at) or unarchives (null). */
export function setMovementArchived(db: Db, id: number, archivedAt: string | null, at: string): void {
  prepared(db, 'UPDATE movements SET archived_at = ?, updated_at = ? WHERE id = ?').run(archivedAt, at, id);
}

/** Moves a movement to the trash. */
export function trashMovement(db: Db, id: number, at: string): void {
  prepared(db, 'UPDATE movements SET deleted_at = ?, updated_at = ? WHERE id = ?').run(at, at, id);
}
