import type { Db } from '../../types';
import { prepared } from '../prepared';
import { EXPECTED_UNIT, REPORT_ON_TIME } from './expected-units';

/** The table name, also the audit entity and the attachments' owner_entity. */
export const UNIT_REPORT_ENTITY = 'unit_reports';

/**
 * One unit of a year's list as the database gives it: the unit, whether it must report, its report
 * (null columns when none) with the file, and its cụm/khối of the year as a JSON array of names.
 * `onTime` is judged again from the received date against @deadline (REPORT_ON_TIME), not read
 * from the stored column, so a changed deadline setting applies to every report at once.
 */
export interface UnitReportDbRow {
  unitId: number;
  unitName: string;
  /** JSON array of distinct cluster names, unordered. */
  clusterNames: string;
  contactPerson: string | null;
  phone: string | null;
  unitDeletedAt: string | null;
  expected: 0 | 1;
  reportId: number | null;
  receivedOn: string | null;
  onTime: 0 | 1 | null;
  note: string | null;
  updatedAt: string | null;
  attachmentId: number | null;
  fileName: string | null;
  sizeBytes: number | null;
}

// A membership counts for the year when it overlaps it: started by 31/12 and not closed by 01/01
// (active_to is the day the unit left, as units.active_to is the day it stopped).
const SELECT_ROWS = `SELECT u.id AS unitId, u.name AS unitName, u.contact_person AS contactPerson, u.phone,
    u.deleted_at AS unitDeletedAt,
    (SELECT json_group_array(DISTINCT c.name) FROM cluster_members cm
       JOIN clusters c ON c.id = cm.cluster_id AND c.deleted_at IS NULL
       WHERE cm.unit_id = u.id
         AND (cm.active_from IS NULL OR cm.active_from <= @yearEnd)
         AND (cm.active_to IS NULL OR cm.active_to > @yearStart)) AS clusterNames,
    CASE WHEN ${EXPECTED_UNIT} THEN 1 ELSE 0 END AS expected,
    r.id AS reportId, r.received_on AS receivedOn,
    CASE WHEN r.id IS NULL THEN NULL WHEN ${REPORT_ON_TIME} THEN 1 ELSE 0 END AS onTime,
    r.note, r.updated_at AS updatedAt,
    a.id AS attachmentId, a.file_name AS fileName, a.size_bytes AS sizeBytes
  FROM units u
  LEFT JOIN unit_reports r ON r.unit_id = u.id AND r.year = @year
  LEFT JOIN attachments a ON a.id = r.attachment_id`;

// Years are bound as numbers (REAL to SQLite), so the year's first and last days come as text.
const params = (year: number, deadline: string) => ({
  year,
  deadline,
  yearStart: `${year}-01-01`,
  yearEnd: `${year}-12-31`,
});

/**
 * The year's list in one query: the units expected to report, and any other unit (not in the trash)
 * with a report of that year. Unordered: the service sorts by Vietnamese name.
 */
export function listUnitReportRows(db: Db, year: number, deadline: string): UnitReportDbRow[] {
  return prepared(
    db,
    `${SELECT_ROWS}
     WHERE u.deleted_at IS NULL AND (r.id IS NOT NULL OR (${EXPECTED_UNIT}))`,
  ).all(params(year, deadline)) as UnitReportDbRow[];
}

/** The same row for one unit, whether or not it belongs on the list (null when there is no such unit). */
export function getUnitReportRow(
  db: Db,
  unitId: number,
  year: number,
  deadline: string,
): UnitReportDbRow | null {
  const row = prepared(db, `${SELECT_ROWS} WHERE u.id = @unitId`).get({ ...params(year, deadline), unitId });
  return (row as UnitReportDbRow | undefined) ?? null;
}

/** A stored report with its file, as written (the on_time column is the judgement made at save). */
export interface StoredUnitReport {
  id: number;
  unitId: number;
  year: number;
  receivedOn: string;
  onTime: 0 | 1;
  note: string | null;
  attachmentId: number | null;
  fileName: string | null;
  mimeType: string | null;
  sizeBytes: number | null;
  sha256: string | null;
}

export function findUnitReport(db: Db, unitId: number, year: number): StoredUnitReport | null {
  const row = prepared(
    db,
    `SELECT r.id, r.unit_id AS unitId, r.year, r.received_on AS receivedOn, r.on_time AS onTime, r.note,
       r.attachment_id AS attachmentId, a.file_name AS fileName, a.mime_type AS mimeType, a.size_bytes AS sizeBytes,
       a.sha256
     FROM unit_reports r LEFT JOIN attachments a ON a.id = r.attachment_id
     WHERE r.unit_id = ? AND r.year = ?`,
  ).get(unitId, year);
  return (row as StoredUnitReport | undefined) ?? null;
}

export interface UnitReportValues {
  unitId: number;
  year: number;
  receivedOn: string;
  onTime: boolean;
  note: string | null;
}

export function insertUnitReport(db: Db, v: UnitReportValues, at: string): number {
  const info = prepared(
    db,
    `INSERT INTO unit_reports (unit_id, year, received_on, on_time, note, created_at, updated_at)
     VALUES (@unitId, @year, @receivedOn, @onTime, @note, @at, @at)`,
  ).run({ ...v, onTime: v.onTime ? 1 : 0, at });
  return Number(info.lastInsertRowid);
}

/** Corrects the received date, the judgement and the note (the file is changed on its own). */
export function updateUnitReport(
  db: Db,
  id: number,
  v: Pick<UnitReportValues, 'receivedOn' | 'onTime' | 'note'>,
  at: string,
): void {
  prepared(
    db,
    `UPDATE unit_reports SET received_on = @receivedOn, on_time = @onTime, note = @note, updated_at = @at
     WHERE id = @id`,
  ).run({ ...v, onTime: v.onTime ? 1 : 0, at, id });
}

export function setUnitReportAttachment(db: Db, id: number, attachmentId: number | null, at: string): void {
  prepared(db, 'UPDATE unit_reports SET attachment_id = ?, updated_at = ? WHERE id = ?').run(
    attachmentId,
    at,
    id,
  );
}

/** Deletes the report row (its attachment must be deleted after it: the reference is RESTRICT). */
export function deleteUnitReport(db: Db, id: number): void {
  prepared(db, 'DELETE FROM unit_reports WHERE id = ?').run(id);
}
