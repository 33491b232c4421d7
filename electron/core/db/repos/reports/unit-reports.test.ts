import { afterAll, describe, expect, it } from 'vitest';
import { openTestDb } from '../../../testing/award-fixtures';
import {
  deleteUnitReport,
  findUnitReport,
  getUnitReportRow,
  insertUnitReport,
  listUnitReportRows,
  setUnitReportAttachment,
  updateUnitReport,
} from './unit-reports';

const AT = '2026-11-26T09:00:00.000Z';
const { db, close } = openTestDb();
afterAll(close);

/** A hand-built ward by raw SQL; each row says why it is there. */
function fixture(): void {
  const unit = (id: number, name: string, deleted = false) =>
    db.exec(`INSERT INTO units (id, name, kind, contact_person, phone, created_at, updated_at, deleted_at)
             VALUES (${id}, '${name}', 'other', 'Người ${id}', '090000000${id}', '${AT}', '${AT}', ${deleted ? `'${AT}'` : 'NULL'})`);
  unit(1, 'Trường THCS Lê Chân'); // expected, reported with a file, in three clusters over time
  unit(2, 'Tổ dân phố số 1'); // expected, no report
  unit(3, 'Hội Phụ nữ phường'); // in no movement, reported anyway
  unit(4, 'Đơn vị đã xóa', true); // in the trash with a report: left off the list
  unit(5, 'Công ty An Phát'); // in no movement, no report: not on the list
  db.exec(`INSERT INTO movements (id, name, kind, period_from_year, period_to_year, status, created_at, updated_at)
           VALUES (1, 'Kế hoạch 2026-2030', 'regular', 2026, 2030, 'in_progress', '${AT}', '${AT}')`);
  for (const u of [1, 2, 4])
    db.exec(`INSERT INTO movement_units (movement_id, unit_id, created_at) VALUES (1, ${u}, '${AT}')`);
  const cluster = (id: number, name: string, deleted = false) =>
    db.exec(`INSERT INTO clusters (id, name, kind, created_at, updated_at, deleted_at)
             VALUES (${id}, '${name}', 'cluster', '${AT}', '${AT}', ${deleted ? `'${AT}'` : 'NULL'})`);
  cluster(1, 'Khối các trường học');
  cluster(2, 'Cụm thi đua số 1');
  cluster(3, 'Cụm thi đua số 2');
  cluster(4, 'Cụm đã xóa', true);
  const member = (clusterId: number, from: string | null, to: string | null) =>
    db
      .prepare(
        `INSERT INTO cluster_members (cluster_id, unit_id, active_from, active_to, created_at, updated_at)
         VALUES (?, 1, ?, ?, ?, ?)`,
      )
      .run(clusterId, from, to, AT, AT);
  member(1, '2020-01-01', null); // all along
  member(2, '2025-01-01', '2025-06-30'); // left in 2025
  member(3, '2026-03-01', null); // joined in 2026
  member(3, '2024-01-01', '2024-12-31'); // an older stay in the same cluster: named once
  member(4, null, null); // a trashed cluster
  member(2, '2026-01-01', '2026-01-01'); // opened and closed on 01/01: never a member in 2026
  db.exec(
    `INSERT INTO attachment_blobs (sha256, bytes, size_bytes) VALUES ('${'a'.repeat(64)}', x'255044462d', 5)`,
  );
  db.exec(`INSERT INTO attachments (id, owner_entity, owner_id, file_name, mime_type, size_bytes, sha256, added_by, created_at, updated_at)
           VALUES (1, 'unit_reports', 1, 'bao-cao.pdf', 'application/pdf', 5, '${'a'.repeat(64)}', 'Cán bộ', '${AT}', '${AT}')`);
  const report = (id: number, unitId: number, year: number, on: string, attachment: number | null = null) =>
    db.exec(`INSERT INTO unit_reports (id, unit_id, year, received_on, on_time, attachment_id, note, created_at, updated_at)
             VALUES (${id}, ${unitId}, ${year}, '${on}', 1, ${attachment ?? 'NULL'}, 'Ghi chú ${id}', '${AT}', '${AT}')`);
  report(1, 1, 2026, '2026-12-12', 1); // stored on time, but after 10/12
  report(2, 3, 2026, '2026-11-02');
  report(3, 4, 2026, '2026-11-03');
  report(4, 2, 2025, '2025-12-01'); // another year
}
fixture();

const byUnit = (year: number, deadline: string) =>
  new Map(listUnitReportRows(db, year, deadline).map((r) => [r.unitId, r]));

describe('listUnitReportRows', () => {
  it('lists the expected units and the other live units with a report of the year, in one query', () => {
    const rows = byUnit(2026, '2026-12-10');
    expect([...rows.keys()].sort()).toEqual([1, 2, 3]);
    expect(rows.get(1)).toMatchObject({
      unitName: 'Trường THCS Lê Chân',
      contactPerson: 'Người 1',
      phone: '0900000001',
      expected: 1,
      reportId: 1,
      receivedOn: '2026-12-12',
      note: 'Ghi chú 1',
      attachmentId: 1,
      fileName: 'bao-cao.pdf',
      sizeBytes: 5,
    });
    expect(rows.get(2)).toMatchObject({ expected: 1, reportId: null, onTime: null, attachmentId: null });
    expect(rows.get(3)).toMatchObject({ expected: 0, reportId: 2, onTime: 1 });
  });

  it('judges on time from the date against the deadline given, not from the stored column', () => {
    expect(byUnit(2026, '2026-12-10').get(1)?.onTime).toBe(0);
    expect(byUnit(2026, '2026-12-12').get(1)?.onTime).toBe(1);
  });

  it('names the clusters the unit belonged to during the year, live clusters only, each once', () => {
    const names = (year: number) =>
      (JSON.parse(byUnit(year, `${year}-12-10`).get(1)?.clusterNames ?? '[]') as string[]).sort();
    expect(names(2026)).toEqual(['Cụm thi đua số 2', 'Khối các trường học']);
    // 2025: the unit is not expected (the movement starts in 2026) and has no report: not listed.
    expect(byUnit(2025, '2025-12-10').has(1)).toBe(false);
    expect(JSON.parse(getUnitReportRow(db, 1, 2025, '2025-12-10')!.clusterNames).sort()).toEqual([
      'Cụm thi đua số 1',
      'Khối các trường học',
    ]);
    expect(JSON.parse(byUnit(2026, '2026-12-10').get(2)!.clusterNames)).toEqual([]);
  });

  it('lists a past year from that year’s reports only', () => {
    const rows = byUnit(2025, '2025-12-10');
    expect([...rows.keys()]).toEqual([2]);
    expect(rows.get(2)).toMatchObject({ expected: 0, reportId: 4, onTime: 1 });
  });
});

describe('getUnitReportRow', () => {
  it('reads one unit whether or not it belongs on the list, trashed ones too; null for no such unit', () => {
    expect(getUnitReportRow(db, 5, 2026, '2026-12-10')).toMatchObject({ expected: 0, reportId: null });
    expect(getUnitReportRow(db, 4, 2026, '2026-12-10')).toMatchObject({
      expected: 0,
      reportId: 3,
      unitDeletedAt: AT,
    });
    expect(getUnitReportRow(db, 99, 2026, '2026-12-10')).toBeNull();
  });
});

describe('writing reports', () => {
  it('inserts, corrects, attaches, detaches and deletes a report', () => {
    const id = insertUnitReport(
      db,
      { unitId: 5, year: 2026, receivedOn: '2026-12-11', onTime: false, note: null },
      AT,
    );
    expect(findUnitReport(db, 5, 2026)).toEqual({
      id,
      unitId: 5,
      year: 2026,
      receivedOn: '2026-12-11',
      onTime: 0,
      note: null,
      attachmentId: null,
      fileName: null,
      mimeType: null,
      sizeBytes: null,
      sha256: null,
    });
    updateUnitReport(db, id, { receivedOn: '2026-12-09', onTime: true, note: 'Bản giấy' }, AT);
    setUnitReportAttachment(db, id, 1, AT);
    expect(findUnitReport(db, 5, 2026)).toMatchObject({
      receivedOn: '2026-12-09',
      onTime: 1,
      note: 'Bản giấy',
      attachmentId: 1,
      fileName: 'bao-cao.pdf',
      mimeType: 'application/pdf',
      sha256: 'a'.repeat(64),
    });
    expect(() =>
      insertUnitReport(db, { unitId: 5, year: 2026, receivedOn: '2026-12-01', onTime: true, note: null }, AT),
    ).toThrow(/UNIQUE/);
    setUnitReportAttachment(db, id, null, AT);
    deleteUnitReport(db, id);
    expect(findUnitReport(db, 5, 2026)).toBeNull();
  });
});
