import type { Db } from '../types';
import { joinedParts } from './recipient-detail';
import { prepared } from './prepared';
import { foldForSearch } from '../../../../shared/rules/search';
import { compareVietnamese, compareVietnameseNames } from '../../../../shared/rules/names';
import type { RecipientKind } from '../../../../shared/domain/awards';
import type { RegistrationResult, RegistrationStatus } from '../../../../shared/domain/registrations';
import type {
  RegistrantRef,
  Registration,
  RegistrationListFilters,
} from '../../../../shared/schemas/registrations';

/** The registrant's own unit: the unit itself, a person's unit, a household's tổ dân phố. */
const HOME_UNIT = 'coalesce(r.unit_id, pe.unit_id, ho.residential_group_unit_id)';

// Names are the registry's current ones: a registration is a working record, not a printed list.
const SELECT = `SELECT r.id, r.movement_id AS movementId, m.name AS movementName, r.year,
    r.registrant_kind AS registrantKind, coalesce(r.unit_id, r.person_id, r.household_id) AS registrantId,
    CASE r.registrant_kind WHEN 'individual' THEN pe.full_name WHEN 'collective' THEN un.name
      ELSE ho.head_name END AS registrantName,
    pe.position AS personPosition, pu.name AS personUnit, ho.address AS householdAddress,
    (SELECT group_concat(c.name, ', ') FROM cluster_members cm
       JOIN clusters c ON c.id = cm.cluster_id AND c.deleted_at IS NULL
       WHERE cm.unit_id = r.unit_id AND cm.active_to IS NULL) AS unitClusters,
    r.commitments, r.status, r.return_reason AS returnReason, r.result, r.result_note AS resultNote,
    r.sent_at AS sentAt, r.reviewed_at AS reviewedAt, r.created_at AS createdAt, r.updated_at AS updatedAt
  FROM registrations r
  LEFT JOIN movements m ON m.id = r.movement_id
  LEFT JOIN people pe ON pe.id = r.person_id
  LEFT JOIN units pu ON pu.id = pe.unit_id
  LEFT JOIN units un ON un.id = r.unit_id
  LEFT JOIN households ho ON ho.id = r.household_id`;

type Row = Omit<Registration, 'registrantDetail' | 'titles'> & {
  personPosition: string | null;
  personUnit: string | null;
  householdAddress: string | null;
  unitClusters: string | null;
};

function toRegistration(r: Row, titles: Map<number, Registration['titles']>): Registration {
  const { personPosition, personUnit, householdAddress, unitClusters, ...rest } = r;
  const detail =
    r.registrantKind === 'individual'
      ? joinedParts(personPosition, personUnit)
      : r.registrantKind === 'collective'
        ? unitClusters
        : householdAddress;
  return { ...rest, registrantDetail: detail, titles: titles.get(r.id) ?? [] };
}

/** The titles of the given registrations, highest rank first. */
function titlesOf(db: Db, ids: number[]): Map<number, Registration['titles']> {
  const rows = prepared(
    db,
    `SELECT rt.registration_id AS registrationId, ac.id, ac.name FROM registration_titles rt
     JOIN award_catalogue ac ON ac.id = rt.catalogue_id
     WHERE rt.registration_id IN (SELECT value FROM json_each(?))
     ORDER BY ac.rank DESC, ac.id`,
  ).all(JSON.stringify(ids)) as { registrationId: number; id: number; name: string }[];
  const byId = new Map<number, Registration['titles']>();
  for (const { registrationId, id, name } of rows) {
    const list = byId.get(registrationId) ?? [];
    list.push({ id, name });
    byId.set(registrationId, list);
  }
  return byId;
}

const KIND_ORDER: Record<RecipientKind, number> = { collective: 0, individual: 1, household: 2 };

/** Newest year; year-only before movements (by name); units, people, households; names the Vietnamese way. */
function compareRegistrations(a: Registration, b: Registration): number {
  if (a.year !== b.year) return b.year - a.year;
  if (a.movementName !== b.movementName) {
    if (a.movementName === null) return -1;
    if (b.movementName === null) return 1;
    return compareVietnamese(a.movementName, b.movementName);
  }
  if (a.registrantKind !== b.registrantKind)
    return KIND_ORDER[a.registrantKind] - KIND_ORDER[b.registrantKind];
  const byName =
    a.registrantKind === 'collective'
      ? compareVietnamese(a.registrantName, b.registrantName)
      : compareVietnameseNames(a.registrantName, b.registrantName);
  return byName || a.id - b.id;
}

const escapeLike = (s: string) => s.replace(/[\\%_]/g, (c) => `\\${c}`);

export function listRegistrations(db: Db, f: RegistrationListFilters): Registration[] {
  const where: string[] = [];
  const params: Record<string, unknown> = {};
  const add = (sql: string, name: string, value: unknown) => {
    where.push(sql);
    params[name] = value;
  };
  if (f.year !== null) add('r.year = @year', 'year', f.year);
  if (f.movementId === null) where.push('r.movement_id IS NULL');
  else if (f.movementId !== 'any') add('r.movement_id = @movementId', 'movementId', f.movementId);
  if (f.status !== null) add('r.status = @status', 'status', f.status);
  if (f.registrantKind !== null) add('r.registrant_kind = @kind', 'kind', f.registrantKind);
  if (f.unitId !== null) add(`${HOME_UNIT} = @unitId`, 'unitId', f.unitId);
  if (f.clusterId !== null)
    add(
      `EXISTS (SELECT 1 FROM cluster_members cm WHERE cm.unit_id = ${HOME_UNIT}
         AND cm.cluster_id = @clusterId AND cm.active_to IS NULL)`,
      'clusterId',
      f.clusterId,
    );
  foldForSearch(f.search)
    .split(' ')
    .filter((w) => w !== '')
    .forEach((word, i) =>
      add(
        `coalesce(un.search_text, pe.search_text, ho.search_text, '') LIKE @w${i} ESCAPE '\\'`,
        `w${i}`,
        `%${escapeLike(word)}%`,
      ),
    );
  const rows = prepared(db, `${SELECT}${where.length > 0 ? ` WHERE ${where.join(' AND ')}` : ''}`).all(
    params,
  ) as Row[];
  const titles = titlesOf(
    db,
    rows.map((r) => r.id),
  );
  return rows.map((r) => toRegistration(r, titles)).sort(compareRegistrations);
}

export function getRegistration(db: Db, id: number): Registration | null {
  const row = prepared(db, `${SELECT} WHERE r.id = ?`).get(id) as Row | undefined;
  return row ? toRegistration(row, titlesOf(db, [id])) : null;
}

const REF_COLUMN: Record<RecipientKind, string> = {
  collective: 'unit_id',
  individual: 'person_id',
  household: 'household_id',
};

/** The registration of this registrant for the movement (or the year only, movementId null), if any. */
export function findRegistrationId(
  db: Db,
  movementId: number | null,
  year: number,
  registrant: RegistrantRef,
): number | null {
  // Written as the registrations_once index reads, so the lookup uses it.
  const row = prepared(
    db,
    `SELECT id FROM registrations WHERE coalesce(movement_id, 0) = ? AND year = ? AND registrant_kind = ?
       AND coalesce(unit_id, person_id, household_id) = ?`,
  ).get(movementId ?? 0, year, registrant.kind, registrant.id) as { id: number } | undefined;
  return row?.id ?? null;
}

export function insertRegistration(
  db: Db,
  v: { movementId: number | null; year: number; registrant: RegistrantRef; commitments: string | null },
  at: string,
): number {
  const info = prepared(
    db,
    `INSERT INTO registrations (movement_id, year, registrant_kind, ${REF_COLUMN[v.registrant.kind]},
       commitments, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?)`,
  ).run(v.movementId, v.year, v.registrant.kind, v.registrant.id, v.commitments, at, at);
  return Number(info.lastInsertRowid);
}

/** Replaces the titles of a registration. */
export function setRegistrationTitles(db: Db, id: number, catalogueIds: readonly number[], at: string): void {
  prepared(db, 'DELETE FROM registration_titles WHERE registration_id = ?').run(id);
  const insert = prepared(
    db,
    'INSERT INTO registration_titles (registration_id, catalogue_id, created_at) VALUES (?, ?, ?)',
  );
  for (const catalogueId of catalogueIds) insert.run(id, catalogueId, at);
}

export function setRegistrationCommitments(db: Db, id: number, commitments: string | null, at: string): void {
  prepared(db, 'UPDATE registrations SET commitments = ?, updated_at = ? WHERE id = ?').run(
    commitments,
    at,
    id,
  );
}

/** Where a registration stands; the service decides the move, this writes it whole. */
export interface RegistrationState {
  status: RegistrationStatus;
  returnReason: string | null;
  result: RegistrationResult | null;
  resultNote: string | null;
  sentAt: string | null;
  reviewedAt: string | null;
}

export function setRegistrationState(db: Db, id: number, s: RegistrationState, at: string): void {
  prepared(
    db,
    `UPDATE registrations SET status = @status, return_reason = @returnReason, result = @result,
       result_note = @resultNote, sent_at = @sentAt, reviewed_at = @reviewedAt, updated_at = @at
     WHERE id = @id`,
  ).run({ ...s, at, id });
}

/** Deleted for good (titles go with it): registrations have no trash, the audit log keeps them. */
export function deleteRegistration(db: Db, id: number): void {
  prepared(db, 'DELETE FROM registrations WHERE id = ?').run(id);
}
