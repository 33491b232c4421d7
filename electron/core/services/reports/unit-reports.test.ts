import { afterEach, describe, expect, it } from 'vitest';
import { startTestCore, type TestCore } from '../../testing/core';
import { defaultFontsDir } from '../../pdf/render';
import { linesOf, pdfText } from '../../pdf/pdf-inspect';
import { createUnitReportsService } from './unit-reports';
import { b64, count, PDF, record, ward } from './unit-reports.testing';

let t: TestCore;
afterEach(() => t?.close());

describe('unitReports.list', () => {
  it('lists the expected units in Vietnamese order, and other units only with a report', async () => {
    t = startTestCore('2026-11-26T09:00:00.000Z');
    const u = await ward(t);
    await record(t, u.none, '2026-11-20');
    await record(t, u.draftOnly, '2026-11-21');
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
    let u = await ward(t);
    await record(t, u.school, '2026-12-10');
    let list = await t.call('unitReports.list', { year: 2026 });
    expect(list.rows.find((r) => r.unitId === u.school)?.status).toBe('on_time');
    expect(list.rows.find((r) => r.unitId === u.youth)?.status).toBe('pending');
    expect(list.counts).toEqual({ expected: 5, onTime: 1, late: 0, pending: 4, missing: 0 });
    t.close();

    t = startTestCore('2026-12-11T09:00:00.000Z');
    u = await ward(t);
    await record(t, u.school, '2026-12-10');
    const late = await record(t, u.youth, '2026-12-11');
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
    const u = await ward(t);
    await record(t, u.school, '2026-12-12');
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
    await record(t, u.school, '2026-12-12');
    expect(t.core.services.db.prepare('SELECT on_time AS onTime FROM unit_reports').get()).toEqual({
      onTime: 1,
    });
  });

  it('falls back to 10/12 when the deadline setting cannot be read', async () => {
    t = startTestCore('2026-12-11T09:00:00.000Z');
    const u = await ward(t);
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
    const u = await ward(t);
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
    expect(count(t, 'unit_reports')).toBe(1);
  });

  it('writes an audit row for each change, with the values before and after', async () => {
    t = startTestCore('2026-11-26T09:00:00.000Z');
    const u = await ward(t);
    const created = await record(t, u.school, '2026-11-20', {
      file: { fileName: 'a.pdf', base64: b64(PDF) },
    });
    const id = created.report!.id;
    await record(t, u.school, '2026-11-21', { note: 'Bổ sung' });
    await record(t, u.school, '2026-11-21', { note: 'Bổ sung' }); // nothing changes: no row
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

describe('unitReports.chaseSave and the dashboard figure', () => {
  it('saves the chase list as a PDF through the save dialog', async () => {
    t = startTestCore('2026-11-26T09:00:00.000Z');
    const u = await ward(t);
    await record(t, u.school, '2026-11-20');
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
    const u = await ward(t);
    await record(t, u.school, '2026-12-01');
    await record(t, u.youth, '2026-12-11');
    await record(t, u.none, '2026-12-11');
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
    await ward(t);
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
