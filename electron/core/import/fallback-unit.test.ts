import { describe, expect, it } from 'vitest';
import { listAudit } from '../db/repos/audit';
import type { Db } from '../db/types';
import { commitImport } from './commit';
import { FALLBACK_GROUP_GONE, FALLBACK_UNIT_GONE, fallbackNotAGroup } from './fallback-unit';
import { previewImport } from './preview';
import { contextFor } from './testing/context';
import { addUnits, count, testDb } from './testing/db';
import { buildWorkbook, proposalListLikeTheFixture, type TestCell } from './testing/workbooks';

const SCHOOL = 'Trường Tiểu học Lê Chân';
const HEADER: TestCell[] = ['STT', 'Họ và tên', 'Năm sinh', 'Đơn vị', 'Ghi chú'];
const peopleFile = (rows: TestCell[][]) => buildWorkbook({ rows: [HEADER, ...rows] });

const stored = (db: Db) =>
  db.prepare('SELECT full_name AS fullName, unit_id AS unitId, note FROM people ORDER BY id').all() as {
    fullName: string;
    unitId: number | null;
    note: string | null;
  }[];

const trash = (db: Db, id: number) =>
  db.prepare('UPDATE units SET deleted_at = ? WHERE id = ?').run('2026-01-01T00:00:00.000Z', id);

describe('people whose unit cell names no registry unit', () => {
  it('sends the good rows of the office fixture to the chosen unit and keeps the team in the note', async () => {
    const db = testDb();
    const { [SCHOOL]: school } = addUnits(db, [SCHOOL], 'school');
    const ctx = contextFor(db);
    const file = await buildWorkbook(proposalListLikeTheFixture());

    const p = await previewImport(ctx, 'people', file, school!);
    expect(p.counts).toEqual({ ok: 5, duplicate: 0, error: 3 });
    const ok = p.rows.filter((r) => r.status === 'ok');
    expect(ok.map((r) => [r.rowNumber, r.cells['Đơn vị công tác'], r.fixes.at(-1)])).toEqual([
      [9, SCHOOL, `Không có đơn vị "Tổ 1" trong danh sách; đã gán vào "${SCHOOL}".`],
      [10, SCHOOL, `Không có đơn vị "Ban giám hiệu" trong danh sách; đã gán vào "${SCHOOL}".`],
      [11, SCHOOL, `Không có đơn vị "Tổ văn phòng" trong danh sách; đã gán vào "${SCHOOL}".`],
      [12, SCHOOL, `Không có đơn vị "Tổ văn phòng" trong danh sách; đã gán vào "${SCHOOL}".`],
      [17, SCHOOL, `Không có đơn vị "Ban giám hiệu" trong danh sách; đã gán vào "${SCHOOL}".`],
    ]);

    const summary = await commitImport(ctx, {
      kind: 'people',
      file,
      duplicateAction: 'skip',
      defaultUnitId: school!,
    });
    expect(summary.counts).toEqual({ imported: 5, updated: 0, skipped: 0, refused: 3 });
    expect(stored(db)).toEqual([
      { fullName: 'Nguyễn Thị Ngọc Ánh', unitId: school, note: 'Đơn vị trong tệp: Tổ 1' },
      { fullName: 'Đỗ Quang Hưng', unitId: school, note: 'Đơn vị trong tệp: Ban giám hiệu' },
      { fullName: 'Trần Văn Đức', unitId: school, note: 'Đơn vị trong tệp: Tổ văn phòng' },
      { fullName: 'Đặng Thị Hoa', unitId: school, note: 'Đơn vị trong tệp: Tổ văn phòng' },
      { fullName: 'Lê Thị Thu Trang', unitId: school, note: 'Đơn vị trong tệp: Ban giám hiệu' },
    ]);
    expect(listAudit(db, { entity: 'import' })[0]!.after).toMatchObject({ defaultUnitId: school });
  });

  it('imports them without a unit when no default is chosen, the team still in the note', async () => {
    const db = testDb();
    const file = await buildWorkbook(proposalListLikeTheFixture());
    const summary = await commitImport(contextFor(db), { kind: 'people', file, duplicateAction: 'skip' });
    expect(summary.counts).toEqual({ imported: 5, updated: 0, skipped: 0, refused: 3 });
    expect(stored(db).map((p) => [p.unitId, p.note])).toEqual([
      [null, 'Đơn vị trong tệp: Tổ 1'],
      [null, 'Đơn vị trong tệp: Ban giám hiệu'],
      [null, 'Đơn vị trong tệp: Tổ văn phòng'],
      [null, 'Đơn vị trong tệp: Tổ văn phòng'],
      [null, 'Đơn vị trong tệp: Ban giám hiệu'],
    ]);
  });

  it('sends rows with an empty unit cell to the default unit, and keeps a known unit', async () => {
    const db = testDb();
    const ids = addUnits(db, [SCHOOL, 'Trạm Y tế']);
    const ctx = contextFor(db);
    const file = await peopleFile([
      [1, 'Nguyễn Văn An', 1980, ''],
      [2, 'Lê Thị Bình', 1981, 'tram y te'],
    ]);
    const p = await previewImport(ctx, 'people', file, ids[SCHOOL]!);
    expect(p.rows.map((r) => [r.status, r.cells['Đơn vị'], r.fixes])).toEqual([
      ['ok', SCHOOL, []],
      ['ok', 'Trạm Y tế', []],
    ]);
    await commitImport(ctx, { kind: 'people', file, duplicateAction: 'skip', defaultUnitId: ids[SCHOOL]! });
    expect(stored(db)).toEqual([
      { fullName: 'Nguyễn Văn An', unitId: ids[SCHOOL], note: null },
      { fullName: 'Lê Thị Bình', unitId: ids['Trạm Y tế'], note: null },
    ]);
  });

  it('adds the line under the note of the file, and only once to a record it updates', async () => {
    const db = testDb();
    const ctx = contextFor(db);
    const an = ctx.writers.people.create({
      fullName: 'Nguyễn Văn An',
      gender: null,
      birthDate: null,
      birthYear: 1980,
      unitId: null,
      position: null,
      staffCategory: null,
      identityNumber: null,
      phone: null,
      address: null,
      note: 'Chủ tịch công đoàn',
      active: true,
    });
    const file = await peopleFile([
      [1, 'Nguyễn Văn An', 1980, 'Tổ 1', ''],
      [2, 'Lê Thị Bình', 1981, 'Tổ 2', 'Đảng viên'],
    ]);
    await commitImport(ctx, { kind: 'people', file, duplicateAction: 'update' });
    expect(ctx.writers.people.get(an.id).note).toBe('Chủ tịch công đoàn\nĐơn vị trong tệp: Tổ 1');
    expect(stored(db)[1]!.note).toBe('Đảng viên\nĐơn vị trong tệp: Tổ 2');

    const again = await commitImport(ctx, { kind: 'people', file, duplicateAction: 'update' });
    expect(again.counts).toEqual({ imported: 0, updated: 2, skipped: 0, refused: 0 });
    expect(stored(db).map((p) => p.note)).toEqual([
      'Chủ tịch công đoàn\nĐơn vị trong tệp: Tổ 1',
      'Đảng viên\nĐơn vị trong tệp: Tổ 2',
    ]);
    // Only the first run changed An's record; the second found nothing new to write.
    expect(listAudit(db, { entity: 'people' }).filter((a) => a.action === 'update')).toHaveLength(1);
  });

  it('compares duplicates with the unit the row actually goes to', async () => {
    const db = testDb();
    const ids = addUnits(db, [SCHOOL, 'Trạm Y tế']);
    const ctx = contextFor(db);
    const existing = ctx.writers.people.create({
      fullName: 'Nguyễn Văn An',
      gender: null,
      birthDate: null,
      birthYear: 1980,
      unitId: ids['Trạm Y tế']!,
      position: null,
      staffCategory: null,
      identityNumber: null,
      phone: null,
      address: null,
      note: null,
      active: true,
    });
    const file = await peopleFile([[1, 'Nguyễn Văn An', 1980, 'Tổ 1']]);
    const status = async (defaultUnitId: number | null) =>
      (await previewImport(ctx, 'people', file, defaultUnitId)).rows.map((r) => [
        r.status,
        r.duplicateOf?.id,
      ]);
    // No unit: nothing tells them apart. In another unit: a different person. In the same: the same.
    expect(await status(null)).toEqual([['duplicate', existing.id]]);
    expect(await status(ids[SCHOOL]!)).toEqual([['ok', undefined]]);
    expect(await status(ids['Trạm Y tế']!)).toEqual([['duplicate', existing.id]]);
  });

  it('still refuses a unit name that several units share, default or not', async () => {
    const db = testDb();
    addUnits(db, ['Tổ 1']);
    addUnits(db, ['TỔ 1']);
    const { [SCHOOL]: school } = addUnits(db, [SCHOOL]);
    const file = await peopleFile([[1, 'Nguyễn Văn An', 1980, 'Tổ 1']]);
    for (const defaultUnitId of [null, school!]) {
      const p = await previewImport(contextFor(db), 'people', file, defaultUnitId);
      expect(p.rows.map((r) => [r.status, r.problems, r.fixes])).toEqual([
        ['error', ['Có 2 đơn vị cùng tên "Tổ 1": hãy sửa tên đơn vị cho khớp với đúng một đơn vị.'], []],
      ]);
    }
  });

  it('refuses a default unit that does not exist or is in the trash, and writes nothing', async () => {
    const db = testDb();
    const { [SCHOOL]: school } = addUnits(db, [SCHOOL]);
    trash(db, school!);
    const ctx = contextFor(db);
    const file = await peopleFile([[1, 'Nguyễn Văn An', 1980, 'Tổ 1']]);
    const refusal = {
      code: 'VALIDATION',
      message: FALLBACK_UNIT_GONE,
      fields: { defaultUnitId: FALLBACK_UNIT_GONE },
    };
    await expect(previewImport(ctx, 'people', file, 9999)).rejects.toMatchObject(refusal);
    await expect(previewImport(ctx, 'people', file, school!)).rejects.toMatchObject(refusal);
    await expect(
      commitImport(ctx, { kind: 'people', file, duplicateAction: 'skip', defaultUnitId: school! }),
    ).rejects.toMatchObject(refusal);
    expect(count(db, 'people')).toBe(0);
    expect(count(db, 'audit_log')).toBe(0);
    // The refusal released the one-import lock.
    expect((await commitImport(ctx, { kind: 'people', file, duplicateAction: 'skip' })).counts.imported).toBe(
      1,
    );
  });
});

describe('households whose tổ dân phố cell names no registry unit', () => {
  const file = () =>
    buildWorkbook({
      rows: [
        ['Họ tên chủ hộ', 'Địa chỉ', 'Tổ dân phố', 'Ghi chú'],
        ['Vũ Văn Em', 'Số 6', 'Tổ 9', ''],
        ['Phạm Văn Bình', 'Số 12', '', 'Hộ nghèo'],
      ],
    });

  it('accepts them, into the default tổ dân phố or none, with the text kept in the note', async () => {
    const db = testDb();
    const { 'Tổ dân phố 3': group } = addUnits(db, ['Tổ dân phố 3'], 'residential_group');
    const ctx = contextFor(db);
    const bare = await previewImport(ctx, 'households', await file());
    expect(bare.rows.map((r) => [r.status, r.cells['Tổ dân phố'], r.fixes])).toEqual([
      ['ok', 'Tổ 9', ['Không có tổ dân phố "Tổ 9" trong danh sách; nhập không gắn tổ dân phố.']],
      ['ok', undefined, []],
    ]);

    const summary = await commitImport(ctx, {
      kind: 'households',
      file: await file(),
      duplicateAction: 'skip',
      defaultUnitId: group!,
    });
    expect(summary.counts.imported).toBe(2);
    expect(summary.rows.map((r) => ctx.writers.households.get(r.recordId!))).toMatchObject([
      { headName: 'Vũ Văn Em', residentialGroupUnitId: group, note: 'Tổ dân phố trong tệp: Tổ 9' },
      { headName: 'Phạm Văn Bình', residentialGroupUnitId: group, note: 'Hộ nghèo' },
    ]);
    const withDefault = await previewImport(ctx, 'households', await file(), group!);
    expect(withDefault.rows[0]!.fixes).toEqual([
      'Không có tổ dân phố "Tổ 9" trong danh sách; đã gán vào "Tổ dân phố 3".',
    ]);
  });

  it('refuses a default that is not a live tổ dân phố', async () => {
    const db = testDb();
    const { [SCHOOL]: school } = addUnits(db, [SCHOOL], 'school');
    const ctx = contextFor(db);
    await expect(previewImport(ctx, 'households', await file(), school!)).rejects.toMatchObject({
      code: 'VALIDATION',
      message: fallbackNotAGroup(SCHOOL),
      fields: {
        defaultUnitId: `“${SCHOOL}” không phải là tổ dân phố: hãy chọn một tổ dân phố cho các dòng không khớp.`,
      },
    });
    await expect(previewImport(ctx, 'households', await file(), 9999)).rejects.toMatchObject({
      code: 'VALIDATION',
      message: FALLBACK_GROUP_GONE,
    });
  });
});

describe('units import', () => {
  it('ignores the default unit and still refuses a parent that exists nowhere', async () => {
    const file = await buildWorkbook({
      rows: [
        ['Tên đơn vị', 'Loại đơn vị', 'Đơn vị cấp trên'],
        ['Chi hội Cựu chiến binh 1', 'Đoàn thể', 'Hội Cựu chiến binh'],
      ],
    });
    const p = await previewImport(contextFor(testDb()), 'units', file, 9999);
    expect(p.rows.map((r) => [r.status, r.problems])).toEqual([
      [
        'error',
        ['Không tìm thấy đơn vị cấp trên "Hội Cựu chiến binh" trong danh sách đơn vị hay trong tệp.'],
      ],
    ]);
  });
});
