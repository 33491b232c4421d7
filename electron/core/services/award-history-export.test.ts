import ExcelJS from 'exceljs';
import { afterEach, describe, expect, it } from 'vitest';
import { startTestCore, type TestCore } from '../testing/core';
import { awardFixtureWard } from '../testing/award-history-ward';

let t: TestCore;
afterEach(() => t?.close());

describe('awards.export', () => {
  it('writes the lookup with the ward, the filter in words, the totals and the rows in order', async () => {
    t = startTestCore();
    const w = await awardFixtureWard(t);
    const outcome = await t.call('awards.export', { year: 2025, unitId: w.school.id });
    expect(outcome).toMatchObject({ saved: true, fileName: 'khen-thuong-2025-20261126.xlsx' });
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(t.saved[0]!.bytes) as unknown as ArrayBuffer);
    const rows: unknown[][] = [];
    workbook.worksheets[0]!.eachRow({ includeEmpty: true }, (row, n) => {
      rows[n - 1] = (row.values as unknown[]).slice(1);
    });
    expect(rows[0]).toEqual(['Phường Lê Chân – Danh sách khen thưởng (năm 2025)']);
    expect(rows[1]?.[0]).toMatch(/^Xuất ngày 26\/11\/2026\. Chỉ gồm các quyết định đã ký/);
    expect(rows[2]).toEqual(['Năm 2025; lọc: đơn vị: Trường THCS Lê Chân (gồm các đơn vị trực thuộc)']);
    expect(rows[3]).toEqual(['Tổng: 4 lượt khen thưởng; tiền thưởng 3.540.000 đ']);
    expect(rows[5]?.slice(0, 8)).toEqual([
      'STT',
      'Năm',
      'Số quyết định',
      'Ngày quyết định',
      'Danh hiệu, hình thức khen thưởng',
      'Loại',
      'Khen cho',
      'Tên tập thể, cá nhân, hộ gia đình',
    ]);
    expect(rows[6]).toEqual([
      1,
      2025,
      '12/QĐ-UBND',
      '05/06/2025',
      'Giấy khen của Chủ tịch UBND phường',
      'Hình thức khen thưởng',
      'Tập thể',
      'Tổ Toán',
      undefined,
      undefined,
      'Hoàn thành xuất sắc nhiệm vụ',
      1_410_000,
      1,
    ]);
    expect(rows.slice(7).map((r) => [r[0], r[7], r[9]])).toEqual([
      [2, 'Nguyễn Văn An', undefined],
      [3, 'Nguyễn Văn An', 'Công chức, viên chức'],
      [4, 'Trần Thị Bình', 'Người trực tiếp lao động, sản xuất, công tác'],
    ]);
  });
});
