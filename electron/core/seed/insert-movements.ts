import type { Db } from '../db/types';
import { insertAudit } from '../db/repos/audit';
import { readSettingsRows, writeSettingsRows } from '../db/repos/settings';
import { foldForSearch } from '../../../shared/rules/search';
import type { RecipientKind } from '../../../shared/domain/awards';
import type { RecipientIds } from './insert-awards';
import { SEED_OFFICER } from './models';
import type { SeedModel, SeedMovement, SeedRegistration } from './types';

const stamp = (date: string, hour: string) => `${date}T${hour}:00:00.000Z`;

/** The recipient columns (unit_id, person_id, household_id) of a kind and a database id. */
function recipientColumns(kind: RecipientKind, id: number): [number | null, number | null, number | null] {
  return [
    kind === 'collective' ? id : null,
    kind === 'individual' ? id : null,
    kind === 'household' ? id : null,
  ];
}

function idOf(ids: RecipientIds, kind: RecipientKind, ref: number, where: string): number {
  const list = kind === 'collective' ? ids.units : kind === 'individual' ? ids.people : ids.households;
  const id = list[ref];
  if (id === undefined) throw new Error(`Seed: ${where} points at ${kind} ${ref}, which is not inserted`);
  return id;
}

/**
 * Writes the movements with their criteria and participants; returns their ids by index. The
 * search text is folded as the movements repository folds it (name, theme, document number).
 */
export function insertMovements(
  db: Db,
  movements: readonly SeedMovement[],
  unitIds: readonly number[],
  at: string,
) {
  const insert = db.prepare(
    `INSERT INTO movements (name, theme, kind, scope, doc_number, doc_date, doc_signer, period_from_year,
       period_to_year, starts_on, ends_on, responsible_office, description, status, closed_at, search_text,
       created_at, updated_at)
     VALUES (@name, @theme, @kind, 'ward', @docNumber, @docDate, @docSigner, @fromYear, @toYear, @startsOn,
       @endsOn, @responsibleOffice, @description, @status, @closedAt, @searchText, @at, @at)`,
  );
  const criterion = db.prepare(
    `INSERT INTO movement_criteria (movement_id, position, content, target, weight_percent, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?)`,
  );
  const participant = db.prepare(
    'INSERT INTO movement_units (movement_id, unit_id, created_at) VALUES (?, ?, ?)',
  );
  const ids = movements.map((m) => {
    const { criteria, units, ...row } = m;
    const id = Number(
      insert.run({ ...row, searchText: foldForSearch(`${m.name} ${m.theme ?? ''} ${m.docNumber}`), at })
        .lastInsertRowid,
    );
    criteria.forEach((c, i) => criterion.run(id, i, c.content, c.target, c.weightPercent, at, at));
    for (const u of units)
      participant.run(
        id,
        idOf({ units: unitIds, people: [], households: [] }, 'collective', u, 'movement'),
        at,
      );
    return id;
  });
  insertAudit(db, {
    at,
    actor: 'Dữ liệu mẫu',
    entity: 'movements',
    entityId: null,
    action: 'import',
    note: `Dữ liệu mẫu: ${movements.length} phong trào thi đua`,
  });
  return ids;
}

/** Registrations and the titles they aim at; catalogue entries are found by their stable code. */
export function insertRegistrations(
  db: Db,
  registrations: readonly SeedRegistration[],
  movementIds: readonly number[],
  ids: RecipientIds,
  at: string,
): number {
  const catalogue = new Map(
    (
      db.prepare('SELECT code, id FROM award_catalogue WHERE code IS NOT NULL').all() as {
        code: string;
        id: number;
      }[]
    ).map((c) => [c.code, c.id]),
  );
  const insert = db.prepare(
    `INSERT INTO registrations (movement_id, year, registrant_kind, unit_id, person_id, household_id, commitments,
       status, return_reason, result, result_note, sent_at, reviewed_at, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const title = db.prepare(
    'INSERT INTO registration_titles (registration_id, catalogue_id, created_at) VALUES (?, ?, ?)',
  );
  for (const [i, r] of registrations.entries()) {
    const movementId = r.movement === null ? null : movementIds[r.movement];
    if (movementId === undefined) throw new Error(`Seed: registrations[${i}] points at a missing movement`);
    const id = Number(
      insert.run(
        movementId,
        r.year,
        r.kind,
        ...recipientColumns(r.kind, idOf(ids, r.kind, r.ref, `registrations[${i}]`)),
        r.commitments,
        r.status,
        r.returnReason,
        r.result,
        r.resultNote,
        r.sentOn === null ? null : stamp(r.sentOn, '02'),
        r.reviewedOn === null ? null : stamp(r.reviewedOn, '03'),
        at,
        at,
      ).lastInsertRowid,
    );
    for (const code of r.titles) {
      const catalogueId = catalogue.get(code);
      if (catalogueId === undefined) throw new Error(`Seed: catalogue entry ${code} is missing`);
      title.run(id, catalogueId, at);
    }
  }
  insertAudit(db, {
    at,
    actor: 'Dữ liệu mẫu',
    entity: 'registrations',
    entityId: null,
    action: 'import',
    note: `Dữ liệu mẫu: ${registrations.length} đăng ký thi đua`,
  });
  return registrations.length;
}

/**
 * Exemplary models with their stage history (moved by the seed officer, recorded on the stage day).
 * Also names that officer in the settings when none is set, so the demo's history reads naturally.
 */
export function insertModels(
  db: Db,
  models: readonly SeedModel[],
  movementIds: readonly number[],
  ids: RecipientIds,
  at: string,
): number {
  const insert = db.prepare(
    `INSERT INTO exemplary_models (subject_kind, unit_id, person_id, household_id, field, movement_id, title,
       description, source, stage, discovered_on, search_text, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const move = db.prepare(
    'INSERT INTO model_stage_history (model_id, stage, on_date, note, moved_by, at) VALUES (?, ?, ?, ?, ?, ?)',
  );
  for (const [i, m] of models.entries()) {
    const current = m.history[m.history.length - 1];
    if (!current) throw new Error(`Seed: models[${i}] has no history`);
    const id = Number(
      insert.run(
        m.kind,
        ...recipientColumns(m.kind, idOf(ids, m.kind, m.ref, `models[${i}]`)),
        m.field,
        m.movement === null ? null : (movementIds[m.movement] ?? null),
        m.title,
        m.description,
        m.source,
        current.stage,
        m.history[0]!.on,
        foldForSearch(`${m.title} ${m.field} ${m.source}`),
        at,
        at,
      ).lastInsertRowid,
    );
    for (const h of m.history) move.run(id, h.stage, h.on, h.note, SEED_OFFICER, stamp(h.on, '04'));
  }
  const stored = readSettingsRows(db);
  if (!stored.officerName) writeSettingsRows(db, { officerName: SEED_OFFICER }, at);
  insertAudit(db, {
    at,
    actor: 'Dữ liệu mẫu',
    entity: 'exemplary_models',
    entityId: null,
    action: 'import',
    note: `Dữ liệu mẫu: ${models.length} điển hình tiên tiến`,
  });
  return models.length;
}
