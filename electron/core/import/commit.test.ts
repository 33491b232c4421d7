import { describe, expect, it } from 'vitest';
import { listAudit } from '../db/repos/audit';
import { AppError } from '../../../shared/errors';
import { commitImport, IMPORT_BUSY_MESSAGE } from './commit';
import { previewImport } from './preview';
import { contextFor } from './testing/context';
import { addUnits, count, testDb } from './testing/db';
import { buildWorkbook, FIXTURE_UNITS, proposalListLikeTheFixture, type TestCell } from './testing/workbooks';

const HEADER: TestCell[] = ['STT', 'Họ và tên', 'Năm sinh', 'Giới tính', 'Đơn vị', 'Chức vụ', 'Điện thoại'];

function setup() {
  const db = testDb();
  const units = addUnits(db, ['Trường Tiểu học Lê Chân', 'Trạm Y tế']);
  const ctx = contextFor(db);
  return { db, ctx, units };
}

const people = (db: ReturnType<typeof testDb>) =>
  db
    .prepare(
      'SELECT full_name AS fullName, birth_date AS birthDate, birth_year AS birthYear, gender, unit_id AS unitId, position, phone FROM people ORDER BY id',
    )
    .all();

describe('commit of a people import', () => {
  it('imports the 5 good rows of the office fixture, refuses 3 with a reason, and records the import', async () => {
    const db = testDb();
    const ids = addUnits(db, FIXTURE_UNITS);
    const file = await buildWorkbook(proposalListLikeTheFixture(), 'de-nghi.xlsx');
    const summary = await commitImport(contextFor(db), { kind: 'people', file, duplicateAction: 'skip' });

    expect(summary.counts).toEqual({ imported: 5, updated: 0, skipped: 0, refused: 3 });
    expect(summary.rows.map((r) => [r.rowNumber, r.outcome, r.reason])).toEqual([
      [9, 'imported', null],
      [10, 'imported', null],
      [11, 'imported', null],
      [12, 'imported', null],
      [14, 'refused', 'Ngày sinh 31/02/1992 không có thật'],
      [15, 'refused', 'Vui lòng nhập họ và tên.'],
      [16, 'refused', 'Ô chứa công thức, không phải họ tên'],
      [17, 'imported', null],
    ]);
    expect(people(db)).toEqual([
      {
        fullName: 'Nguyễn Thị Ngọc Ánh',
        birthDate: '1985-07-05',
        birthYear: 1985,
        gender: 'female',
        unitId: ids['Tổ 1'],
        position: 'Giáo viên',
        phone: null,
      },
      {
        fullName: 'Đỗ Quang Hưng',
        birthDate: '1979-03-12',
        birthYear: 1979,
        gender: 'male',
        unitId: ids['Ban giám hiệu'],
        position: 'Phó Hiệu trưởng',
        phone: null,
      },
      {
        fullName: 'Trần Văn Đức',
        birthDate: null,
        birthYear: 1990,
        gender: 'male',
        unitId: ids['Tổ văn phòng'],
        position: 'Bảo vệ',
        phone: null,
      },
      {
        fullName: '\u0110ặng Thị Hoa',
        birthDate: '1988-02-28',
        birthYear: 1988,
        gender: 'female',
        unitId: ids['Tổ văn phòng'],
        position: 'Nhân viên y tế',
        phone: null,
      },
      {
        fullName: 'Lê Thị Thu Trang',
        birthDate: '1995-01-15',
        birthYear: 1995,
        gender: 'female',
        unitId: ids['Ban giám hiệu'],
        position: 'Tổng phụ trách Đội',
        phone: null,
      },
    ]);
    const names = (people(db) as { fullName: string }[]).map((p) => p.fullName);
    expect(names.every((n) => n === n.normalize('NFC'))).toBe(true);
    expect(names).not.toContain('Nguyễn Văn Lập');

    const [audit] = listAudit(db, { entity: 'import' });
    expect(audit).toMatchObject({
      action: 'import',
      entityId: null,
      after: { kind: 'people', fileName: 'de-nghi.xlsx', duplicateAction: 'skip', counts: summary.counts },
    });
    expect(listAudit(db, { entity: 'people' })).toHaveLength(5);
  });

  it('imports NFD and look-alike text in any column in canonical form', async () => {
    const { db, ctx } = setup();
    const file = await buildWorkbook({
      rows: [
        HEADER,
        [
          1,
          'Lê Văn Bình'.normalize('NFD'),
          1980,
          'Nam',
          'Trường Tiểu học Lê Chân'.normalize('NFD'),
          '\u00D0ội trưởng',
        ],
      ],
    });
    const summary = await commitImport(ctx, { kind: 'people', file, duplicateAction: 'skip' });
    expect(summary.counts.imported).toBe(1);
    expect(people(db)).toMatchObject([{ fullName: 'Lê Văn Bình', position: '\u0110ội trưởng' }]);
  });

  it('skips or updates a likely duplicate as asked', async () => {
    const { db, ctx, units } = setup();
    const existing = ctx.writers.people.create({
      fullName: 'Nguyễn Văn An',
      gender: 'male',
      birthDate: '1980-04-02',
      birthYear: 1980,
      unitId: units['Trường Tiểu học Lê Chân']!,
      position: 'Giáo viên',
      staffCategory: 'civil_servant',
      identityNumber: null,
      phone: null,
      address: 'Số 3 Lê Chân',
      note: null,
      active: true,
    });
    const file = await buildWorkbook({
      rows: [
        HEADER,
        [1, 'NGUYEN VAN AN', 1980, null, 'Trường Tiểu học Lê Chân', 'Tổ trưởng', '0912345678'],
        [2, 'Lê Thị Bình', 1990],
      ],
    });

    const preview = await previewImport(ctx, 'people', file);
    expect(preview.rows.map((r) => [r.status, r.duplicateOf])).toEqual([
      ['duplicate', { id: existing.id, label: 'Nguyễn Văn An (1980, Trường Tiểu học Lê Chân)' }],
      ['ok', null],
    ]);

    const skipped = await commitImport(ctx, { kind: 'people', file, duplicateAction: 'skip' });
    expect(skipped.rows.map((r) => [r.outcome, r.reason, r.recordId])).toEqual([
      ['skipped', 'Trùng với Nguyễn Văn An (1980, Trường Tiểu học Lê Chân)', existing.id],
      ['imported', null, expect.any(Number)],
    ]);
    expect(ctx.writers.people.get(existing.id)).toMatchObject({ position: 'Giáo viên', phone: null });

    // The second run finds Lê Thị Bình too, now that she exists.
    const updated = await commitImport(ctx, { kind: 'people', file, duplicateAction: 'update' });
    expect(updated.counts).toEqual({ imported: 0, updated: 2, skipped: 0, refused: 0 });
    expect(ctx.writers.people.get(existing.id)).toMatchObject({
      // The name matched folded; the stored spelling with its tones stays.
      fullName: 'Nguyễn Văn An',
      position: 'Tổ trưởng',
      phone: '0912345678',
      // What the row left empty stays as stored, the full birth date included.
      birthDate: '1980-04-02',
      gender: 'male',
      staffCategory: 'civil_servant',
      address: 'Số 3 Lê Chân',
    });
    expect(count(db, 'people')).toBe(2);
  });

  it('refuses a repeat of an earlier row of the same file and a match it cannot choose between', async () => {
    const { ctx, units } = setup();
    const twin = {
      fullName: 'Trần Thị Mai',
      gender: 'female' as const,
      birthDate: null,
      birthYear: 1975,
      unitId: units['Trạm Y tế']!,
      position: null,
      staffCategory: null,
      identityNumber: null,
      phone: null,
      address: null,
      note: null,
      active: true,
    };
    ctx.writers.people.create(twin);
    ctx.writers.people.create(twin);
    const file = await buildWorkbook({
      rows: [
        HEADER,
        [1, 'Phạm Văn Long', 1970],
        [2, 'Phạm  văn long', 1970],
        [3, 'Trần Thị Mai', 1975, null, 'Trạm Y tế'],
      ],
    });
    const p = await previewImport(ctx, 'people', file);
    expect(p.rows.map((r) => [r.status, r.problems])).toEqual([
      ['ok', []],
      ['error', ['Trùng với dòng 2 trong tệp (Phạm Văn Long).']],
      [
        'error',
        [
          'Có thể trùng với 2 bản ghi đã có (Trần Thị Mai (1975, Trạm Y tế); Trần Thị Mai (1975, Trạm Y tế)): không biết nên chọn bản ghi nào. Hãy ghi thêm thông tin để phân biệt.',
        ],
      ],
    ]);
  });

  it('refuses a number held by someone in the trash, instead of failing the whole import', async () => {
    const { db, ctx } = setup();
    const gone = ctx.writers.people.create({
      fullName: 'Hoàng Văn Nam',
      gender: null,
      birthDate: null,
      birthYear: null,
      unitId: null,
      position: null,
      staffCategory: null,
      identityNumber: '001085012345',
      phone: null,
      address: null,
      note: null,
      active: true,
    });
    db.prepare('UPDATE people SET deleted_at = ? WHERE id = ?').run('2026-01-01T00:00:00.000Z', gone.id);
    const header = ['Họ và tên', 'Số định danh'];
    const file = await buildWorkbook({
      rows: [header, ['Hoàng Văn Nam', '001085012345'], ['Lý Thị Hạnh', '001185000001']],
    });
    const summary = await commitImport(ctx, { kind: 'people', file, duplicateAction: 'update' });
    expect(summary.rows.map((r) => [r.outcome, r.reason])).toEqual([
      [
        'refused',
        'Số định danh 001085012345 thuộc về Hoàng Văn Nam, người này đang ở thùng rác: hãy khôi phục rồi nhập lại.',
      ],
      ['imported', null],
    ]);
  });

  it('writes nothing at all when a write fails midway', async () => {
    const { db, ctx } = setup();
    db.exec(`CREATE TRIGGER fail_third AFTER INSERT ON people WHEN (SELECT count(*) FROM people) >= 3
             BEGIN SELECT RAISE(ABORT, 'disk full'); END`);
    const rows = ['An', 'Bình', 'Cường', 'Dũng'].map((n, i) => [i + 1, `Nguyễn Văn ${n}`, 1980 + i]);
    const file = await buildWorkbook({ rows: [HEADER, ...rows] });
    await expect(commitImport(ctx, { kind: 'people', file, duplicateAction: 'skip' })).rejects.toThrow(
      'disk full',
    );
    expect(count(db, 'people')).toBe(0);
    expect(count(db, 'audit_log')).toBe(0);
    // And the lock is released: a later import runs.
    db.exec('DROP TRIGGER fail_third');
    expect((await commitImport(ctx, { kind: 'people', file, duplicateAction: 'skip' })).counts.imported).toBe(
      4,
    );
  });

  it('refuses a second import while one is running', async () => {
    const { ctx } = setup();
    const file = await buildWorkbook({ rows: [HEADER, [1, 'Nguyễn Văn An', 1980]] });
    const first = commitImport(ctx, { kind: 'people', file, duplicateAction: 'skip' });
    const second = commitImport(ctx, { kind: 'people', file, duplicateAction: 'skip' });
    await expect(second).rejects.toThrow(IMPORT_BUSY_MESSAGE);
    await expect(second).rejects.toMatchObject({ code: 'CONFLICT' });
    await expect(second).rejects.toBeInstanceOf(AppError);
    expect((await first).counts.imported).toBe(1);
    // Once done, the next one may start.
    expect((await commitImport(ctx, { kind: 'people', file, duplicateAction: 'skip' })).counts.skipped).toBe(
      1,
    );
  });

  it('releases the lock after a refused file', async () => {
    const { ctx } = setup();
    const bad = { fileName: 'x.xlsx', base64: Buffer.from('not a workbook').toString('base64') };
    await expect(
      commitImport(ctx, { kind: 'people', file: bad, duplicateAction: 'skip' }),
    ).rejects.toMatchObject({ code: 'VALIDATION' });
    const file = await buildWorkbook({ rows: [HEADER, [1, 'Nguyễn Văn An', 1980]] });
    await expect(commitImport(ctx, { kind: 'people', file, duplicateAction: 'skip' })).resolves.toBeDefined();
  });
});
