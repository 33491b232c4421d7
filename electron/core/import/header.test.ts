import { describe, expect, it } from 'vitest';
import { previewImport } from './preview';
import { contextFor } from './testing/context';
import { addUnits, testDb } from './testing/db';
import { buildWorkbook } from './testing/workbooks';

describe('finding the header', () => {
  it('finds it under title rows and skips the numbering row under it', async () => {
    const db = testDb();
    const file = await buildWorkbook({
      rows: [
        ['ỦY BAN NHÂN DÂN PHƯỜNG LÊ CHÂN'],
        ['DANH SÁCH CÁ NHÂN ĐỀ NGHỊ KHEN THƯỞNG'],
        null,
        ['STT', 'Họ tên', 'Năm sinh', 'Nam/Nữ'],
        ['(1)', '(2)', '(3)', '(4)'],
        [1, 'Nguyễn Văn An', 1980, 'Nam'],
      ],
      merges: ['A1:D1', 'A2:D2'],
    });
    const p = await previewImport(contextFor(db), 'people', file);
    expect(p.headerRow).toBe(4);
    expect(p.columns).toEqual([
      { header: 'Họ tên', field: 'Họ và tên' },
      { header: 'Năm sinh', field: 'Ngày sinh' },
      { header: 'Nam/Nữ', field: 'Giới tính' },
    ]);
    expect(p.rows).toMatchObject([{ rowNumber: 6, status: 'ok', label: 'Nguyễn Văn An' }]);
  });

  it('recognises headers written differently: capitals, line breaks, "(*)" marks, commas', async () => {
    const db = testDb();
    addUnits(db, ['Trạm y tế phường']);
    const file = await buildWorkbook({
      rows: [
        ['HỌ, TÊN (*)', 'Ngày, tháng,\nnăm sinh', 'GIỚI TÍNH', 'Chức danh', 'Nơi công tác', 'Số CCCD', 'SĐT'],
        ['Lê Thị Bình', '05/07/1985', 'Nữ', 'Y sĩ', 'Trạm Y tế phường', '001185012345', '0912345678'],
      ],
    });
    const p = await previewImport(contextFor(db), 'people', file);
    expect(p.columns.map((c) => c.field)).toEqual([
      'Họ và tên',
      'Ngày sinh',
      'Giới tính',
      'Chức vụ',
      'Đơn vị công tác',
      'Số định danh',
      'Điện thoại',
    ]);
    expect(p.rows[0]).toMatchObject({ status: 'ok', problems: [] });
  });

  it('reads merged header cells through their top-left cell, and a two-row header', async () => {
    const db = testDb();
    const file = await buildWorkbook({
      rows: [
        ['DANH SÁCH'],
        ['STT', 'Họ và tên', 'Năm sinh', null, 'Chức vụ'],
        [null, null, 'Nam', 'Nữ', null],
        [1, 'Trần Văn Đức', 1990, null, 'Bảo vệ'],
        [2, 'Lê Thị Hoa', null, '28/02/1988', 'Nhân viên'],
        [3, 'Phạm Văn Cường', 1970, 1971, 'Bảo vệ'],
      ],
      merges: ['A1:E1', 'A2:A3', 'B2:B3', 'C2:D2', 'E2:E3'],
    });
    const p = await previewImport(contextFor(db), 'people', file);
    expect(p.headerRow).toBe(2);
    expect(p.rows.map((r) => [r.rowNumber, r.status, r.cells['Năm sinh']])).toEqual([
      [4, 'ok', '1990'],
      [5, 'ok', '28/02/1988'],
      [6, 'error', '1970 / 1971'],
    ]);
    expect(p.rows[2]!.problems).toEqual(['Ngày sinh ghi ở cả cột Nam và cột Nữ: chỉ ghi ở một cột.']);
  });

  it('takes the gender from the Nam or Nữ column the birth is written in', async () => {
    const db = testDb();
    const file = await buildWorkbook({
      rows: [
        ['Họ và tên', 'Ngày sinh', null],
        [null, 'Nam', 'Nữ'],
        ['Trần Văn Đức', 1990, null],
        ['Lê Thị Hoa', null, '28/02/1988'],
      ],
      merges: ['A1:A2', 'B1:C1'],
    });
    const p = await previewImport(contextFor(db), 'people', file);
    expect(p.rows.map((r) => r.status)).toEqual(['ok', 'ok']);
    // The birth column shows what was read; the gender lands in the values (checked through commit tests).
    expect(p.rows.map((r) => r.cells['Ngày sinh'])).toEqual(['1990', '28/02/1988']);
  });

  it('uses the header words of each kind', async () => {
    const db = testDb();
    const units = await buildWorkbook({
      rows: [
        ['Tên đơn vị', 'Loại đơn vị', 'Đơn vị cấp trên'],
        ['Chi đoàn 1', 'Đoàn thể', ''],
      ],
    });
    const households = await buildWorkbook({
      rows: [
        ['Chủ hộ', 'Địa chỉ', 'Số nhân khẩu'],
        ['Phạm Văn Bình', 'Số 12 ngõ 5', 4],
      ],
    });
    expect((await previewImport(contextFor(db), 'units', units)).counts).toEqual({
      ok: 1,
      duplicate: 0,
      error: 0,
    });
    expect((await previewImport(contextFor(db), 'households', households)).counts).toEqual({
      ok: 1,
      duplicate: 0,
      error: 0,
    });
  });
});
