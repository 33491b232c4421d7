import { afterEach, describe, expect, it } from 'vitest';
import { startTestCore, unitInput, type TestCore } from '../../testing/core';
import type { OpenFileRequest } from '../../files/dialogs';
import { defaultFontsDir } from '../../pdf/render';
import { linesOf, pdfText } from '../../pdf/pdf-inspect';
import { createUnitReportsService } from './unit-reports';

let t: TestCore;
afterEach(() => t?.close());

const AT = '2026-01-05T00:00:00.000Z';
const b64 = (bytes: Uint8Array | string) => Buffer.from(bytes).toString('base64');
const PDF = Buffer.from('%PDF-1.4\n% báo cáo\n%%EOF\n');
const PDF2 = Buffer.from('%PDF-1.7\n% báo cáo sửa\n%%EOF\n');
const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1, 2, 3, 4]);
const JPEG = Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 0x10]);
const OLE = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]);

/** The smallest zip holding one empty part of that name (stored, no compression). */
function zipWith(name: string): Buffer {
  const n = Buffer.from(name);
  const local = Buffer.alloc(30);
  local.writeUInt32LE(0x04034b50, 0);
  local.writeUInt16LE(n.length, 26);
  const central = Buffer.alloc(46);
  central.writeUInt32LE(0x02014b50, 0);
  central.writeUInt16LE(n.length, 28);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(1, 8);
  end.writeUInt16LE(1, 10);
  end.writeUInt32LE(46 + n.length, 12);
  end.writeUInt32LE(30 + n.length, 16);
  return Buffer.concat([local, n, central, n, end]);
}

const sql = (text: string, ...params: unknown[]) => t.core.services.db.prepare(text).run(...params);
const count = (table: string) =>
  (t.core.services.db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;

/** A movement row (written directly: not this feature's) with its participating units. */
function movement(status: string, from: number, to: number, unitIds: number[], deleted = false): number {
  const id = Number(
    sql(
      `INSERT INTO movements (name, kind, period_from_year, period_to_year, status, created_at, updated_at, deleted_at)
       VALUES ('Phong trào', 'regular', ?, ?, ?, ?, ?, ?)`,
      from,
      to,
      status,
      AT,
      AT,
      deleted ? AT : null,
    ).lastInsertRowid,
  );
  for (const u of unitIds)
    sql('INSERT INTO movement_units (movement_id, unit_id, created_at) VALUES (?, ?, ?)', id, u, AT);
  return id;
}

/**
 * The ward of these tests. Expected in 2026: the school, both tổ dân phố, the Đoàn Thanh niên and
 * the unit of a closed movement of 2026. Not expected: the units only in a draft or a trashed
 * movement, the one deactivated in June, the one in no movement, the one in the trash.
 */
async function ward() {
  const unit = async (name: string, more = {}) => (await t.call('units.create', unitInput(name, more))).id;
  const school = await unit('Trường THCS Lê Chân', {
    kind: 'school',
    contactPerson: 'Nguyễn Thị Hoa',
    phone: '0912 345 678',
  });
  const group2 = await unit('Tổ dân phố số 2', { kind: 'residential_group' });
  const group1 = await unit('Tổ dân phố số 1', { kind: 'residential_group' });
  const youth = await unit('Đoàn Thanh niên phường', { kind: 'mass_org' });
  const closed = await unit('Chi bộ Khu phố', { kind: 'party_gov' });
  const draftOnly = await unit('Chi hội Khuyến học');
  const trashedOnly = await unit('Câu lạc bộ Dưỡng sinh');
  const stopped = await unit('Công ty Hòa Bình', { kind: 'enterprise' });
  const none = await unit('Hội Cựu chiến binh', { kind: 'mass_org' });
  const trashed = await unit('Ban Đã xóa');
  await t.call('units.delete', { id: trashed });
  movement('in_progress', 2026, 2030, [school, group2, group1, youth, stopped, trashed]);
  movement('closed', 2026, 2026, [closed]);
  movement('draft', 2026, 2026, [draftOnly]);
  movement('in_progress', 2026, 2026, [trashedOnly], true);
  await t.call('units.deactivate', { id: stopped, activeTo: '2026-06-30', successorId: null, reason: '' });
  const cluster = await t.call('clusters.create', { name: 'Khối các trường học', kind: 'block', note: '' });
  await t.call('clusters.setMembers', { id: cluster.id, unitIds: [school] });
  return { school, group1, group2, youth, closed, draftOnly, trashedOnly, stopped, none, trashed };
}

const record = (unitId: number, receivedOn: string, more: Record<string, unknown> = {}) =>
  t.call('unitReports.record', { unitId, year: 2026, receivedOn, ...more });

describe('unitReports.list', () => {
  it('lists the expected units in Vietnamese order, and other units only with a report', async () => {
    t = startTestCore('2026-11-26T09:00:00.000Z');
    const u = await ward();
    await record(u.none, '2026-11-20');
    await record(u.draftOnly, '2026-11-21');
    const list = await t.call('unitReports.list', { year: 2026 });
    expect(list.deadline).toBe('2026-12-10');
    expect(list.rows.map((r) => [r.unitName, r.expected])).toEqual([
      ['Chi bộ Khu phố', true],
      ['Chi hội Khuyến học', false],
      ['Đoàn Thanh niên phường', true],
      ['Hội Cựu chiến binh', false],
      ['Tổ dân phố số 1', true],
      ['Tổ dân phố số 2', true],
      ['Trường THCS Lê Chân', true],
    ]);
    expect(list.rows.find((r) => r.unitId === u.school)).toMatchObject({
      clusters: 'Khối các trường học',
      contactPerson: 'Nguyễn Thị Hoa',
      phone: '0912 345 678',
      report: null,
      status: 'pending',
    });
    expect(list.rows.find((r) => r.unitId === u.none)).toMatchObject({
      clusters: null,
      status: 'on_time',
      report: { receivedOn: '2026-11-20', onTime: true, note: null, attachment: null },
    });
    // Counts cover the five expected units only.
    expect(list.counts).toEqual({ expected: 5, onTime: 0, late: 0, pending: 5, missing: 0 });
  });

  it('says pending up to the deadline day and missing after it; on time on the day, late after', async () => {
    t = startTestCore('2026-12-10T09:00:00.000Z');
    let u = await ward();
    await record(u.school, '2026-12-10');
    let list = await t.call('unitReports.list', { year: 2026 });
    expect(list.rows.find((r) => r.unitId === u.school)?.status).toBe('on_time');
    expect(list.rows.find((r) => r.unitId === u.youth)?.status).toBe('pending');
    expect(list.counts).toEqual({ expected: 5, onTime: 1, late: 0, pending: 4, missing: 0 });
    t.close();

    t = startTestCore('2026-12-11T09:00:00.000Z');
    u = await ward();
    await record(u.school, '2026-12-10');
    const late = await record(u.youth, '2026-12-11');
    expect(late).toMatchObject({ status: 'late', report: { onTime: false } });
    list = await t.call('unitReports.list', { year: 2026 });
    expect(list.rows.find((r) => r.unitId === u.group1)?.status).toBe('missing');
    expect(list.counts).toEqual({ expected: 5, onTime: 1, late: 1, pending: 0, missing: 3 });
    // A past year's unreported units are missing; next year's are pending.
    expect((await t.call('unitReports.list', { year: 2027 })).counts).toEqual({
      expected: 4,
      onTime: 0,
      late: 0,
      pending: 4,
      missing: 0,
    });
  });

  it('judges every report again when the deadline setting changes; the stored judgement stays', async () => {
    t = startTestCore('2026-12-20T09:00:00.000Z');
    const u = await ward();
    await record(u.school, '2026-12-12');
    expect((await t.call('unitReports.list', { year: 2026 })).counts).toMatchObject({ late: 1, missing: 4 });
    const settings = await t.call('settings.get', {});
    settings.chairman.name = 'Phạm Văn Hùng';
    await t.call('settings.update', { ...settings, unitReportDeadline: '15/12' });
    let list = await t.call('unitReports.list', { year: 2026 });
    expect(list.deadline).toBe('2026-12-15');
    expect(list.counts).toEqual({ expected: 5, onTime: 1, late: 0, pending: 0, missing: 4 });
    const stored = t.core.services.db.prepare('SELECT on_time AS onTime FROM unit_reports').get();
    expect(stored).toEqual({ onTime: 0 });
    await t.call('settings.update', { ...settings, unitReportDeadline: '25/12' });
    list = await t.call('unitReports.list', { year: 2026 });
    expect(list.counts).toEqual({ expected: 5, onTime: 1, late: 0, pending: 4, missing: 0 });
    // Recording again under the new deadline stores the new judgement.
    await record(u.school, '2026-12-12');
    expect(t.core.services.db.prepare('SELECT on_time AS onTime FROM unit_reports').get()).toEqual({
      onTime: 1,
    });
  });

  it('falls back to 10/12 when the deadline setting cannot be read', async () => {
    t = startTestCore('2026-12-11T09:00:00.000Z');
    const u = await ward();
    const real = t.core.services.settings;
    const service = createUnitReportsService({
      db: t.core.services.db,
      clock: t.core.services.clock,
      settings: { ...real, get: () => ({ ...real.get(), unitReportDeadline: 'cuối năm' }) },
      fontsDir: defaultFontsDir(),
    });
    const list = service.list(2026);
    expect(list.deadline).toBe('2026-12-10');
    expect(list.counts.missing).toBe(5);
    expect(
      service.record({ unitId: u.school, year: 2026, receivedOn: '2026-12-11', note: null }),
    ).toMatchObject({
      status: 'late',
    });
  });
});

describe('unitReports.record', () => {
  it('refuses a date in the future or before the year, a trashed or unknown unit', async () => {
    t = startTestCore('2026-11-26T09:00:00.000Z');
    const u = await ward();
    const future = await t.fail('unitReports.record', {
      unitId: u.school,
      year: 2026,
      receivedOn: '2026-11-27',
    });
    expect(future).toMatchObject({
      code: 'VALIDATION',
      message: 'Ngày nhận báo cáo (27/11/2026) không được sau ngày hôm nay (26/11/2026).',
      fields: { receivedOn: 'Ngày nhận báo cáo (27/11/2026) không được sau ngày hôm nay (26/11/2026).' },
    });
    const early = await t.fail('unitReports.record', {
      unitId: u.school,
      year: 2026,
      receivedOn: '2025-12-31',
    });
    expect(early.fields?.receivedOn).toBe('Báo cáo năm 2026 không thể nhận trước ngày 01/01/2026.');
    const trashed = await t.fail('unitReports.record', {
      unitId: u.trashed,
      year: 2026,
      receivedOn: '2026-11-01',
    });
    expect(trashed).toMatchObject({ code: 'VALIDATION', fields: { unitId: expect.any(String) } });
    const unknown = await t.fail('unitReports.record', { unitId: 999, year: 2026, receivedOn: '2026-11-01' });
    expect(unknown.code).toBe('VALIDATION');
    // A report of last year received this January is fine (late).
    const lastYear = await t.call('unitReports.record', {
      unitId: u.school,
      year: 2025,
      receivedOn: '2026-01-03',
    });
    expect(lastYear.status).toBe('late');
    expect(count('unit_reports')).toBe(1);
  });

  it('accepts PDF, Word, Excel and images by content and refuses the rest', async () => {
    t = startTestCore('2026-11-26T09:00:00.000Z');
    const u = await ward();
    const withFile = async (fileName: string, bytes: Buffer) => {
      const row = await record(u.school, '2026-11-20', { file: { fileName, base64: b64(bytes) } });
      return t.core.services.db
        .prepare('SELECT file_name AS name, mime_type AS mime FROM attachments WHERE id = ?')
        .get(row.report!.attachment!.id) as { name: string; mime: string };
    };
    expect(await withFile('C:\\fakepath\\Báo  cáo.pdf', PDF)).toEqual({
      name: 'Báo cáo.pdf',
      mime: 'application/pdf',
    });
    expect((await withFile('bao-cao.doc', OLE)).mime).toBe('application/msword');
    expect((await withFile('bao-cao.xls', OLE)).mime).toBe('application/vnd.ms-excel');
    expect((await withFile('bao-cao.docx', zipWith('word/document.xml'))).mime).toMatch(/wordprocessingml/);
    expect((await withFile('bao-cao.xlsx', zipWith('xl/workbook.xml'))).mime).toMatch(/spreadsheetml/);
    expect((await withFile('anh.JPG', JPEG)).mime).toBe('image/jpeg');
    expect((await withFile('anh.png', PNG)).mime).toBe('image/png');
    // Each replaced the one before it.
    expect(count('attachments')).toBe(1);
    expect(count('attachment_blobs')).toBe(1);

    const refused = (fileName: string, bytes: Buffer) =>
      t.fail('unitReports.record', {
        unitId: u.youth,
        year: 2026,
        receivedOn: '2026-11-20',
        file: { fileName, base64: b64(bytes) },
      });
    expect((await refused('bao-cao.pdf', PNG)).message).toBe(
      'Tệp “bao-cao.pdf” có đuôi .pdf nhưng nội dung là ảnh PNG. Hãy đổi đuôi tệp cho đúng rồi thử lại.',
    );
    expect((await refused('setup.exe', Buffer.from('MZ\x90\x00'))).message).toBe(
      'Tệp “setup.exe” không được nhận: chỉ nhận PDF, Word (DOC, DOCX), Excel (XLS, XLSX) hoặc ảnh (JPG, PNG).',
    );
    expect((await refused('bang.xlsx', zipWith('word/document.xml'))).message).toMatch(
      /nội dung là tệp Word/,
    );
    expect((await refused('bang.xlsx', zipWith('other/part.xml'))).message).toMatch(
      /Nội dung tệp “bang.xlsx” không phải tệp Excel \(.xlsx\)/,
    );
    expect((await refused('anh.gif', Buffer.from('GIF89a'))).message).toMatch(/không được nhận/);
    expect((await refused('rong.pdf', Buffer.alloc(0))).message).toBe('Tệp “rong.pdf” rỗng (0 byte).');
    const big = await refused('lon.pdf', Buffer.concat([PDF, Buffer.alloc(20 * 1024 * 1024)]));
    expect(big).toMatchObject({ code: 'VALIDATION', message: expect.stringMatching(/quá giới hạn 20 MB/) });
    expect(big.fields?.file).toBeDefined();
    // Nothing of the refused uploads was written, the report included.
    expect(count('unit_reports')).toBe(1);
    expect(count('attachment_blobs')).toBe(1);
  });

  it('replaces a file, removes files and reports, and drops blobs no one uses any more', async () => {
    t = startTestCore('2026-11-26T09:00:00.000Z');
    const u = await ward();
    const first = await record(u.school, '2026-11-20', { file: { fileName: 'a.pdf', base64: b64(PDF) } });
    const replaced = await record(u.school, '2026-11-21', { file: { fileName: 'b.pdf', base64: b64(PDF2) } });
    expect(replaced.report).toMatchObject({ id: first.report!.id, receivedOn: '2026-11-21' });
    expect(replaced.report!.attachment).toMatchObject({ fileName: 'b.pdf', sizeBytes: PDF2.length });
    expect(count('attachments')).toBe(1);
    expect(count('attachment_blobs')).toBe(1);
    // Correcting the date without a file keeps it.
    const kept = await record(u.school, '2026-11-22', { note: 'Bản chính' });
    expect(kept.report).toMatchObject({ note: 'Bản chính', attachment: { fileName: 'b.pdf' } });
    // The same file for another unit shares the bytes.
    await record(u.youth, '2026-11-22', { file: { fileName: 'ban-sao.pdf', base64: b64(PDF2) } });
    expect(count('attachments')).toBe(2);
    expect(count('attachment_blobs')).toBe(1);

    const noFile = await t.call('unitReports.removeFile', { unitId: u.school, year: 2026 });
    expect(noFile).toMatchObject({
      status: 'on_time',
      report: { receivedOn: '2026-11-22', attachment: null },
    });
    expect(count('attachments')).toBe(1);
    expect(count('attachment_blobs')).toBe(1); // still the other unit's
    const again = await t.fail('unitReports.removeFile', { unitId: u.school, year: 2026 });
    expect(again.code).toBe('NOT_FOUND');

    const removed = await t.call('unitReports.remove', { unitId: u.youth, year: 2026 });
    expect(removed).toMatchObject({ unitId: u.youth, expected: true, report: null, status: 'pending' });
    expect(count('attachments')).toBe(0);
    expect(count('attachment_blobs')).toBe(0);
    expect(count('unit_reports')).toBe(1);
    expect((await t.fail('unitReports.remove', { unitId: u.youth, year: 2026 })).message).toBe(
      'Chưa ghi nhận báo cáo năm 2026 của đơn vị này (có thể đã bị xóa).',
    );
  });

  it('writes an audit row for each change, with the values before and after', async () => {
    t = startTestCore('2026-11-26T09:00:00.000Z');
    const u = await ward();
    const created = await record(u.school, '2026-11-20', { file: { fileName: 'a.pdf', base64: b64(PDF) } });
    const id = created.report!.id;
    await record(u.school, '2026-11-21', { note: 'Bổ sung' });
    await record(u.school, '2026-11-21', { note: 'Bổ sung' }); // nothing changes: no row
    await t.call('unitReports.removeFile', { unitId: u.school, year: 2026 });
    await t.call('unitReports.remove', { unitId: u.school, year: 2026 });
    const audit = await t.call('audit.list', { entity: 'unit_reports', entityId: id });
    const rows = [...audit.rows].reverse();
    expect(rows.map((r) => r.action)).toEqual(['create', 'update', 'update', 'purge']);
    expect(rows[0]!.note).toBe('Báo cáo năm 2026 của Trường THCS Lê Chân');
    expect(rows[0]!.changes.find((c) => c.field === 'receivedOn')).toMatchObject({
      label: 'Ngày nhận báo cáo',
      after: '20/11/2026',
    });
    expect(rows[0]!.changes.find((c) => c.field === 'file.fileName')?.after).toBe('a.pdf');
    expect(rows[1]!.changes.map((c) => c.field).sort()).toEqual(['note', 'receivedOn']);
    expect(rows[2]!.note).toBe('Gỡ tệp “a.pdf” của báo cáo năm 2026 (Trường THCS Lê Chân)');
    expect(rows[3]!.changes.find((c) => c.field === 'unitId')?.before).toBe('Trường THCS Lê Chân');
  });
});

describe('unitReports.openFile', () => {
  it('hands the stored bytes to the desktop, and says when there is no file or no way to open it', async () => {
    t = startTestCore('2026-11-26T09:00:00.000Z');
    const u = await ward();
    await record(u.school, '2026-11-20', { file: { fileName: 'Báo cáo.pdf', base64: b64(PDF) } });
    const opened: OpenFileRequest[] = [];
    const dialogs = {
      saveFile: t.ctx.dialogs.saveFile,
      openFile: async (r: OpenFileRequest) => {
        opened.push(r);
        return { opened: true, location: '/tmp/Báo cáo.pdf' };
      },
    };
    const result = await t.core.services.unitReports.openFile(u.school, 2026, dialogs);
    expect(result).toEqual({ opened: true, location: '/tmp/Báo cáo.pdf', fileName: 'Báo cáo.pdf' });
    expect(opened[0]).toMatchObject({ fileName: 'Báo cáo.pdf', mimeType: 'application/pdf' });
    expect(Buffer.from(opened[0]!.bytes).equals(PDF)).toBe(true);
    expect((await t.fail('unitReports.openFile', { unitId: u.school, year: 2026 })).code).toBe('CONFLICT');
    await record(u.youth, '2026-11-20');
    expect((await t.fail('unitReports.openFile', { unitId: u.youth, year: 2026 })).code).toBe('NOT_FOUND');
  });
});

describe('unitReports.chaseSave and the dashboard figure', () => {
  it('saves the chase list as a PDF through the save dialog', async () => {
    t = startTestCore('2026-11-26T09:00:00.000Z');
    const u = await ward();
    await record(u.school, '2026-11-20');
    const preview = await t.call('unitReports.chasePreview', { year: 2026 });
    expect(preview).toMatchObject({ fileName: 'Don-vi-chua-nop-bao-cao-2026.pdf', pageCount: 1 });
    // The expected units without a report, in Vietnamese order; the school has reported, the others
    // are not expected.
    const lines = pdfText(Buffer.from(preview.base64, 'base64'), true).flatMap(linesOf);
    expect(lines.filter((l) => /^\d+ /.test(l))).toEqual([
      '1 Chi bộ Khu phố Chưa nộp',
      '2 Đoàn Thanh niên phường Chưa nộp',
      '3 Tổ dân phố số 1 Chưa nộp',
      '4 Tổ dân phố số 2 Chưa nộp',
    ]);
    expect(lines).toContain('Tổng số: 4 đơn vị');
    expect(lines).toContain('Hạn nộp: 10/12/2026 — lập ngày 26/11/2026');
    const outcome = await t.call('unitReports.chaseSave', { year: 2026 });
    expect(outcome).toMatchObject({ saved: true, fileName: 'Don-vi-chua-nop-bao-cao-2026.pdf' });
    expect(t.saved[0]!.filters).toEqual([{ name: 'Tệp PDF', extensions: ['pdf'] }]);
    expect(Buffer.from(t.saved[0]!.bytes).subarray(0, 5).toString()).toBe('%PDF-');
  });

  it('counts the reports of the current cycle’s year on the dashboard', async () => {
    t = startTestCore('2026-12-11T09:00:00.000Z');
    const u = await ward();
    await record(u.school, '2026-12-01');
    await record(u.youth, '2026-12-11');
    await record(u.none, '2026-12-11');
    expect((await t.call('dashboard.get', {})).unitReports).toEqual({
      year: 2026,
      deadline: '2026-12-10',
      expected: 5,
      received: 2,
      late: 1,
      notReceived: 3,
    });
    t.close();
    // From 16/12 the cycle is next year's: nobody has reported yet, and the 2030 plan still runs.
    t = startTestCore('2026-12-16T09:00:00.000Z');
    await ward();
    expect((await t.call('dashboard.get', { year: 2026 })).unitReports).toEqual({
      year: 2027,
      deadline: '2027-12-10',
      expected: 4,
      received: 0,
      late: 0,
      notReceived: 4,
    });
  });
});
