import { afterEach, describe, expect, it } from 'vitest';
import { startTestCore, unitInput, type TestCore } from '../../testing/core';

let t: TestCore;
afterEach(() => t?.close());

const count = (table: string) =>
  (t.core.services.db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;

/** Five live units (names out of Vietnamese order on purpose) and one in the trash. */
async function ward() {
  const unit = async (name: string, more = {}) => (await t.call('units.create', unitInput(name, more))).id;
  const school = await unit('Trường THCS Lê Chân', { kind: 'school' });
  const group2 = await unit('Tổ dân phố số 2', { kind: 'residential_group' });
  const youth = await unit('Đoàn Thanh niên phường', { kind: 'mass_org' });
  const veterans = await unit('Hội Cựu chiến binh', { kind: 'mass_org' });
  const party = await unit('Chi bộ Khu phố', { kind: 'party_gov' });
  const trashed = await unit('Ban Đã xóa');
  await t.call('units.delete', { id: trashed });
  return { school, group2, youth, veterans, party, trashed };
}

const recordMany = (unitIds: number[], receivedOn: string, more: Record<string, unknown> = {}) =>
  t.call('unitReports.recordMany', { year: 2026, unitIds, receivedOn, ...more });
const failMany = (unitIds: number[], receivedOn: string) =>
  t.fail('unitReports.recordMany', { year: 2026, unitIds, receivedOn });

describe('unitReports.recordMany', () => {
  it('records several units received the same day, judged against the deadline, one audit row each', async () => {
    t = startTestCore('2026-12-12T09:00:00.000Z');
    const u = await ward();
    const result = await recordMany([u.school, u.youth, u.group2], '2026-12-11', {
      note: '  Nhận bản giấy  qua văn thư ',
    });
    expect(result.recorded).toBe(3);
    // The rows come back in Vietnamese name order, late (the deadline is 10/12).
    expect(result.rows.map((r) => [r.unitName, r.status, r.report?.receivedOn, r.report?.note])).toEqual([
      ['Đoàn Thanh niên phường', 'late', '2026-12-11', 'Nhận bản giấy qua văn thư'],
      ['Tổ dân phố số 2', 'late', '2026-12-11', 'Nhận bản giấy qua văn thư'],
      ['Trường THCS Lê Chân', 'late', '2026-12-11', 'Nhận bản giấy qua văn thư'],
    ]);
    expect(result.rows.every((r) => r.report?.attachment === null)).toBe(true);
    expect(count('unit_reports')).toBe(3);
    expect(t.core.services.db.prepare('SELECT sum(on_time) AS onTime FROM unit_reports').get()).toEqual({
      onTime: 0,
    });

    const onTime = await recordMany([u.party], '2026-12-10');
    expect(onTime.rows).toMatchObject([
      { unitName: 'Chi bộ Khu phố', status: 'on_time', report: { note: null } },
    ]);

    const audit = await t.call('audit.list', { entity: 'unit_reports' });
    expect(audit.rows).toHaveLength(4);
    expect(audit.rows.every((r) => r.action === 'create')).toBe(true);
    expect(audit.rows.map((r) => r.note).sort()).toEqual([
      'Báo cáo năm 2026 của Chi bộ Khu phố',
      'Báo cáo năm 2026 của Trường THCS Lê Chân',
      'Báo cáo năm 2026 của Tổ dân phố số 2',
      'Báo cáo năm 2026 của Đoàn Thanh niên phường',
    ]);
    const school = result.rows.find((r) => r.unitId === u.school)!;
    const own = await t.call('audit.list', { entity: 'unit_reports', entityId: school.report!.id });
    expect(own.rows).toHaveLength(1);
    // The same fields as a single record's creation.
    expect(own.rows[0]!.changes.find((c) => c.field === 'unitId')?.after).toBe('Trường THCS Lê Chân');
    const stored = t.core.services.db
      .prepare(
        "SELECT before_json AS before, after_json AS after FROM audit_log WHERE entity = 'unit_reports' AND entity_id = ?",
      )
      .get(school.report!.id) as { before: string | null; after: string };
    expect(stored.before).toBeNull();
    expect(JSON.parse(stored.after)).toEqual({
      unitId: u.school,
      year: 2026,
      receivedOn: '2026-12-11',
      onTime: false,
      note: 'Nhận bản giấy qua văn thư',
      file: null,
    });
  });

  it('writes every unit or none: a failure on the last unit undoes the ones before it', async () => {
    t = startTestCore('2026-11-26T09:00:00.000Z');
    const u = await ward();
    // A disk error or the like on the third insert, simulated by a trigger on this connection.
    t.core.services.db.exec(
      `CREATE TEMP TRIGGER fail_party BEFORE INSERT ON unit_reports WHEN NEW.unit_id = ${u.party}
       BEGIN SELECT RAISE(ABORT, 'simulated failure'); END`,
    );
    const error = await failMany([u.school, u.youth, u.party], '2026-11-20');
    expect(error.code).toBe('INTERNAL');
    expect(count('unit_reports')).toBe(0);
    expect(count("audit_log WHERE entity = 'unit_reports'")).toBe(0);
  });

  it('refuses a date after today or before the year, writing nothing', async () => {
    t = startTestCore('2026-11-26T09:00:00.000Z');
    const u = await ward();
    const future = await failMany([u.school, u.youth], '2026-11-27');
    expect(future).toMatchObject({
      code: 'VALIDATION',
      fields: { receivedOn: 'Ngày nhận báo cáo (27/11/2026) không được sau ngày hôm nay (26/11/2026).' },
    });
    const early = await failMany([u.school], '2025-12-31');
    expect(early.fields?.receivedOn).toBe('Báo cáo năm 2026 không thể nhận trước ngày 01/01/2026.');
    expect(count('unit_reports')).toBe(0);
    expect(count("audit_log WHERE entity = 'unit_reports'")).toBe(0);
  });

  it('refuses the whole call naming the trashed and unknown units', async () => {
    t = startTestCore('2026-11-26T09:00:00.000Z');
    const u = await ward();
    const error = await failMany([u.school, u.trashed, 999, u.youth], '2026-11-20');
    expect(error).toMatchObject({
      code: 'VALIDATION',
      message: 'Không ghi nhận được cho đơn vị không tồn tại hoặc đã bị xóa: Ban Đã xóa, đơn vị mã 999.',
      fields: { unitIds: expect.stringContaining('Ban Đã xóa') },
    });
    expect(count('unit_reports')).toBe(0);
  });

  it('refuses the whole call with CONFLICT when a unit already has a report, changing nothing', async () => {
    t = startTestCore('2026-11-26T09:00:00.000Z');
    const u = await ward();
    const first = await t.call('unitReports.record', {
      unitId: u.veterans,
      year: 2026,
      receivedOn: '2026-11-02',
      note: 'Bản gốc',
    });
    await t.call('unitReports.record', { unitId: u.school, year: 2026, receivedOn: '2026-11-03' });
    const auditBefore = count('audit_log');

    const error = await failMany([u.youth, u.school, u.group2, u.veterans], '2026-11-20');
    expect(error).toEqual({
      code: 'CONFLICT',
      message:
        'Đã có ghi nhận báo cáo của: Hội Cựu chiến binh, Trường THCS Lê Chân; hãy bỏ chọn hoặc sửa từng đơn vị.',
    });
    // Neither the other units written nor the recorded ones overwritten.
    expect(count('unit_reports')).toBe(2);
    expect(count('audit_log')).toBe(auditBefore);
    const list = await t.call('unitReports.list', { year: 2026 });
    expect(list.rows.find((r) => r.unitId === u.veterans)?.report).toEqual(first.report);
    expect(list.rows.find((r) => r.unitId === u.youth)).toBeUndefined();

    // Another year of the same units is free.
    expect(
      (
        await t.call('unitReports.recordMany', {
          year: 2025,
          unitIds: [u.school, u.veterans],
          receivedOn: '2026-01-04',
        })
      ).recorded,
    ).toBe(2);
  });

  it('names the first ten units already reported and counts the rest', async () => {
    t = startTestCore('2026-11-26T09:00:00.000Z');
    const ids: number[] = [];
    for (let i = 1; i <= 13; i += 1)
      ids.push((await t.call('units.create', unitInput(`Tổ dân phố số ${String(i).padStart(2, '0')}`))).id);
    await recordMany(ids, '2026-11-20');
    const error = await failMany(ids, '2026-11-21');
    expect(error.message).toBe(
      'Đã có ghi nhận báo cáo của: ' +
        ids
          .slice(0, 10)
          .map((_, i) => `Tổ dân phố số ${String(i + 1).padStart(2, '0')}`)
          .join(', ') +
        ' và 3 đơn vị khác; hãy bỏ chọn hoặc sửa từng đơn vị.',
    );
  });

  it('refuses duplicates, an empty list and more than 2.000 units before anything is read', async () => {
    t = startTestCore('2026-11-26T09:00:00.000Z');
    const u = await ward();
    const dup = await failMany([u.school, u.youth, u.school], '2026-11-20');
    expect(dup).toMatchObject({
      code: 'VALIDATION',
      fields: { unitIds: 'Danh sách có đơn vị bị chọn trùng; mỗi đơn vị chỉ chọn một lần.' },
    });
    expect((await failMany([], '2026-11-20')).fields?.unitIds).toBe('Chưa chọn đơn vị nào để ghi nhận.');
    const many = Array.from({ length: 2001 }, (_, i) => i + 1);
    expect((await failMany(many, '2026-11-20')).fields?.unitIds).toBe(
      'Mỗi lần ghi nhận tối đa 2.000 đơn vị.',
    );
    expect(count('unit_reports')).toBe(0);
  });
});
