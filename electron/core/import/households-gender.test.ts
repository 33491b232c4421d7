import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { commitImport } from './commit';
import { previewImport } from './preview';
import { contextFor } from './testing/context';
import { testDb } from './testing/db';
import { buildTemplate } from './template';
import { buildWorkbook, toUpload } from './testing/workbooks';

describe('households import: the head’s gender', () => {
  it('reads Nam, Nữ, Ông, Bà (any case, with or without accents) and empty; refuses anything else', async () => {
    const db = testDb();
    const ctx = contextFor(db);
    const file = await buildWorkbook({
      rows: [
        ['STT', 'Họ tên chủ hộ', 'Giới tính chủ hộ', 'Địa chỉ'],
        [1, 'Phạm Văn Bình', 'Nam', 'Số 1'],
        [2, 'Nguyễn Thị Hoa', 'Nữ', 'Số 2'],
        [3, 'Trần Văn Dũng', 'ông', 'Số 3'],
        [4, 'Lê Thị Cúc', 'BA', 'Số 4'],
        [5, 'Vũ Văn Em', '', 'Số 5'],
        [6, 'Đỗ Văn Phúc', 'Chủ hộ', 'Số 6'],
      ],
    });
    const preview = await previewImport(ctx, 'households', file);
    expect(preview.rows.map((r) => [r.label, r.status, r.cells['Giới tính chủ hộ'], r.problems])).toEqual([
      ['Phạm Văn Bình', 'ok', 'Nam', []],
      ['Nguyễn Thị Hoa', 'ok', 'Nữ', []],
      ['Trần Văn Dũng', 'ok', 'Nam', []],
      ['Lê Thị Cúc', 'ok', 'Nữ', []],
      ['Vũ Văn Em', 'ok', '', []],
      [
        'Đỗ Văn Phúc',
        'error',
        'Chủ hộ',
        ['Giới tính chủ hộ "Chủ hộ" không rõ: hãy ghi Nam, Nữ, Ông hoặc Bà (hoặc để trống nếu chưa rõ).'],
      ],
    ]);

    const summary = await commitImport(ctx, { kind: 'households', file, duplicateAction: 'skip' });
    expect(summary.counts).toEqual({ imported: 5, updated: 0, skipped: 0, refused: 1 });
    expect(db.prepare('SELECT head_name, head_gender FROM households ORDER BY id').all()).toEqual([
      { head_name: 'Phạm Văn Bình', head_gender: 'male' },
      { head_name: 'Nguyễn Thị Hoa', head_gender: 'female' },
      { head_name: 'Trần Văn Dũng', head_gender: 'male' },
      { head_name: 'Lê Thị Cúc', head_gender: 'female' },
      { head_name: 'Vũ Văn Em', head_gender: null },
    ]);
  });

  it('finds the column under other headers, and an empty cell keeps a duplicate’s stored gender', async () => {
    const db = testDb();
    const ctx = contextFor(db);
    const binh = ctx.writers.households.create({
      headName: 'Phạm Văn Bình',
      headGender: 'male',
      address: 'Số 1',
      residentialGroupUnitId: null,
      memberCount: null,
      phone: null,
      note: null,
    });
    const hoa = ctx.writers.households.create({
      headName: 'Nguyễn Thị Hoa',
      headGender: null,
      address: 'Số 2',
      residentialGroupUnitId: null,
      memberCount: null,
      phone: null,
      note: null,
    });
    const file = await buildWorkbook({
      rows: [
        ['Chủ hộ', 'Ông/Bà', 'Địa chỉ', 'Số nhân khẩu'],
        ['Phạm Văn Bình', '', 'Số 1', 3],
        ['Nguyễn Thị Hoa', 'Bà', 'Số 2', 2],
      ],
    });
    const summary = await commitImport(ctx, { kind: 'households', file, duplicateAction: 'update' });
    expect(summary.counts).toMatchObject({ imported: 0, updated: 2 });
    expect(ctx.writers.households.get(binh.id)).toMatchObject({ headGender: 'male', memberCount: 3 });
    expect(ctx.writers.households.get(hoa.id)).toMatchObject({ headGender: 'female', memberCount: 2 });
  });

  it('has its column in the template, with the Nam / Nữ list and an example that imports', async () => {
    const bytes = await buildTemplate('households');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
    const sheet = workbook.worksheets[0]!;
    expect(sheet.getRow(4).getCell(3).value).toBe('Giới tính chủ hộ');
    expect(sheet.getRow(5).getCell(3).value).toBe('Nam');
    expect(sheet.getCell('C5').dataValidation).toMatchObject({
      type: 'list',
      formulae: ["'Danh mục'!$A$1:$A$2"],
    });
    const preview = await previewImport(contextFor(testDb()), 'households', toUpload(bytes));
    expect(preview.rows.map((r) => [r.label, r.status, r.cells['Giới tính chủ hộ']])).toEqual([
      ['Phạm Văn Bình', 'ok', 'Nam'],
    ]);
  });
});
