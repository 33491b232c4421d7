import type { Db } from '../types';
import { prepared } from './prepared';
import { foldForSearch } from '../../../../shared/rules/search';
import {
  RECIPIENT_DETAIL_COLUMNS,
  withRecipientDetail,
  type RecipientDetailColumns,
} from './recipient-detail';
import { EXEMPLAR_STAGES } from '../../../../shared/domain/exemplars';
import type {
  ExemplarListFilters,
  ExemplarSummary,
  ExemplarValues,
} from '../../../../shared/schemas/exemplars';

/** attachments.owner_entity of evidence files, and the audit entity. */
export const EXEMPLAR_ENTITY = 'exemplary_models';

/** What model searches look in besides the subject's and the movement's names. */
export const exemplarSearchText = (v: { title: string; field: string | null; source: string | null }) =>
  foldForSearch(`${v.title} ${v.field ?? ''} ${v.source ?? ''}`);

// Names are the registry's current ones; "closed" reads migration 008's archived_at too.
const SELECT = `SELECT m.id, m.title, m.subject_kind AS subjectKind,
    coalesce(m.person_id, m.unit_id, m.household_id) AS subjectId,
    CASE m.subject_kind WHEN 'individual' THEN pe.full_name WHEN 'collective' THEN un.name ELSE ho.head_name END
      AS subjectName,
    ${RECIPIENT_DETAIL_COLUMNS},
    m.field, m.movement_id AS movementId, mv.name AS movementName, m.stage,
    coalesce((SELECT h.on_date FROM model_stage_history h WHERE h.model_id = m.id ORDER BY h.id DESC LIMIT 1),
      m.discovered_on) AS stageOn,
    m.discovered_on AS discoveredOn,
    (SELECT count(*) FROM attachments a WHERE a.owner_entity = '${EXEMPLAR_ENTITY}' AND a.owner_id = m.id
      AND a.deleted_at IS NULL) AS evidenceCount,
    CASE WHEN mv.status = 'closed' OR mv.archived_at IS NOT NULL THEN 1 ELSE 0 END AS readOnly,
    m.updated_at AS updatedAt, m.description, m.source, m.created_at AS createdAt, m.deleted_at AS deletedAt
  FROM exemplary_models m
  LEFT JOIN people pe ON pe.id = m.person_id
  LEFT JOIN units pu ON pu.id = pe.unit_id
  LEFT JOIN units un ON un.id = m.unit_id
  LEFT JOIN households ho ON ho.id = m.household_id
  LEFT JOIN units hg ON hg.id = ho.residential_group_unit_id
  LEFT JOIN movements mv ON mv.id = m.movement_id`;

/** A model row with the page-only columns; the service picks what each channel returns. */
export type ExemplarRow = ExemplarSummary & {
  description: string | null;
  source: string | null;
  createdAt: string;
  deletedAt: string | null;
};

type RawRow = Omit<ExemplarRow, 'subjectDetail' | 'readOnly'> & { readOnly: number } & RecipientDetailColumns;

function toRow(r: RawRow): ExemplarRow {
  const { detail, rest } = withRecipientDetail(r.subjectKind, r);
  return { ...rest, subjectDetail: detail, readOnly: r.readOnly === 1 };
}

const escapeLike = (s: string) => s.replace(/[\\%_]/g, (c) => `\\${c}`);
const STAGE_ORDER = `CASE m.stage ${EXEMPLAR_STAGES.map((s, i) => `WHEN '${s}' THEN ${i}`).join(' ')} END`;

/** Live models matching the filters: by stage, then the latest move first. */
export function listExemplars(db: Db, f: ExemplarListFilters): ExemplarRow[] {
  const where = ['m.deleted_at IS NULL'];
  const params: Record<string, unknown> = {};
  const equal = (column: string, name: string, value: unknown) => {
    if (value === null) return;
    where.push(`${column} = @${name}`);
    params[name] = value;
  };
  equal('m.stage', 'stage', f.stage);
  equal('m.movement_id', 'movementId', f.movementId);
  equal('m.field', 'field', f.field === '' ? null : f.field);
  equal('m.subject_kind', 'subjectKind', f.subjectKind);
  equal('CAST(substr(m.discovered_on, 1, 4) AS INTEGER)', 'year', f.year);
  foldForSearch(f.search)
    .split(' ')
    .filter((w) => w !== '')
    .forEach((word, i) => {
      where.push(
        `(m.search_text || ' ' || coalesce(pe.search_text, un.search_text, ho.search_text, '') || ' ' ||
          coalesce(mv.search_text, '')) LIKE @w${i} ESCAPE '\\'`,
      );
      params[`w${i}`] = `%${escapeLike(word)}%`;
    });
  return (
    prepared(
      db,
      `${SELECT} WHERE ${where.join(' AND ')} ORDER BY ${STAGE_ORDER}, stageOn DESC, m.id DESC`,
    ).all(params) as RawRow[]
  ).map(toRow);
}

/** One model, trashed too (deletedAt set), or null. */
export function getExemplarRow(db: Db, id: number): ExemplarRow | null {
  const row = prepared(db, `${SELECT} WHERE m.id = ?`).get(id) as RawRow | undefined;
  return row ? toRow(row) : null;
}

const valueParams = (v: ExemplarValues) => ({
  kind: v.subject.kind,
  unitId: v.subject.kind === 'collective' ? v.subject.id : null,
  personId: v.subject.kind === 'individual' ? v.subject.id : null,
  householdId: v.subject.kind === 'household' ? v.subject.id : null,
  field: v.field,
  movementId: v.movementId,
  title: v.title,
  description: v.description,
  source: v.source,
  discoveredOn: v.discoveredOn,
  searchText: exemplarSearchText(v),
});

export function insertExemplar(db: Db, v: ExemplarValues, at: string): number {
  const info = prepared(
    db,
    `INSERT INTO exemplary_models (subject_kind, unit_id, person_id, household_id, field, movement_id, title,
       description, source, stage, discovered_on, search_text, created_at, updated_at)
     VALUES (@kind, @unitId, @personId, @householdId, @field, @movementId, @title, @description, @source,
       'discovered', @discoveredOn, @searchText, @at, @at)`,
  ).run({ ...valueParams(v), at });
  return Number(info.lastInsertRowid);
}

export function updateExemplar(db: Db, id: number, v: ExemplarValues, at: string): void {
  prepared(
    db,
    `UPDATE exemplary_models SET subject_kind = @kind, unit_id = @unitId, person_id = @personId,
       household_id = @householdId, field = @field, movement_id = @movementId, title = @title,
       description = @description, source = @source, discovered_on = @discoveredOn, search_text = @searchText,
       updated_at = @at
     WHERE id = @id`,
  ).run({ ...valueParams(v), at, id });
}

/** Moves a model to the trash. */
export function trashExemplar(db: Db, id: number, at: string): void {
  prepared(db, 'UPDATE exemplary_models SET deleted_at = ?, updated_at = ? WHERE id = ?').run(at, at, id);
}

/** Sets the current stage (the history row is written beside it). */
export function setExemplarStage(db: Db, id: number, stage: string, at: string): void {
  prepared(db, 'UPDATE exemplary_models SET stage = ?, updated_at = ? WHERE id = ?').run(stage, at, id);
}

/** Marks a model as changed (its evidence was). */
export function touchExemplar(db: Db, id: number, at: string): void {
  prepared(db, 'UPDATE exemplary_models SET updated_at = ? WHERE id = ?').run(at, id);
}
