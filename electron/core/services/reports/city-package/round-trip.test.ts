import ExcelJS from 'exceljs';
import { afterEach, describe, expect, it } from 'vitest';
import { startTestCore, type TestCore } from '../../../testing/core';
import { renameWard, wardLeChan, wardNgoQuyen } from './test-fixtures';
import type { StatTable } from '../../../../../shared/domain/statistics';

const cores: TestCore[] = [];
afterEach(() => {
  while (cores.length > 0) cores.pop()!.close();
});

/** A ward's data folder: its package (JSON and xlsx) and its own statistics tables of 2026. */
async function ward(build: (t: TestCore) => Promise<void>) {
  const t = startTestCore();
  cores.push(t);
  await build(t);
  await t.call('cityPackage.exportJson', { year: 2026 });
  await t.call('cityPackage.exportXlsx', { year: 2026 });
  const { tables } = await t.call('statistics.tables', { fromYear: 2026, toYear: 2026 });
  return { json: t.saved[0]!, xlsx: t.saved[1]!, tables };
}

async function readWorkbook(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
  return workbook;
}

/** The rows of a sheet as arrays of values (column A first). */
function rowsOf(sheet: ExcelJS.Worksheet): unknown[][] {
  const rows: unknown[][] = [];
  sheet.eachRow({ includeEmpty: true }, (row, n) => {
    rows[n - 1] = (row.values as unknown[]).slice(1);
  });
  return rows;
}

/** The "Tổng cộng" row of a statistics sheet, without its label. */
const totalRow = (sheet: ExcelJS.Worksheet) =>
  rowsOf(sheet)
    .find((r) => r?.[0] === 'Tổng cộng')!
    .slice(1);

/** Expected sum of two wards' tables, computed cell by cell here (not with sumStatTables). */
function cellSums(a: StatTable[], b: StatTable[]) {
  return a.map((ta) => {
    const tb = b.find((x) => x.id === ta.id)!;
    const stored = ta.columns.filter((c) => c.kind !== 'ratio').map((c) => c.key);
    const keys = [...new Set([...ta.rows, ...tb.rows].map((r) => r.key))];
    const cell = (t: StatTable, row: string, col: string) =>
      t.rows.find((r) => r.key === row)?.cells[col] ?? 0;
    return {
      id: ta.id,
      rows: keys.map((key) => ({
        key,
        cells: Object.fromEntries(stored.map((c) => [c, cell(ta, key, c) + cell(tb, key, c)])),
      })),
      total: Object.fromEntries(stored.map((c) => [c, (ta.total[c] ?? 0) + (tb.total[c] ?? 0)])),
    };
  });
}

describe('city package round trip', () => {
  it("exports two wards' packages, imports both in a third data folder and adds them up cell by cell", async () => {
    const leChan = await ward(wardLeChan);
    const ngoQuyen = await ward(wardNgoQuyen);
    expect(leChan.json.suggestedName).toBe('Bao-cao-TDKT-phuong-le-chan-2026.json');
    expect(leChan.json.filters).toEqual([{ name: 'Gói báo cáo (JSON)', extensions: ['json'] }]);
    expect(ngoQuyen.xlsx.suggestedName).toBe('Bao-cao-TDKT-phuong-ngo-quyen-2026.xlsx');

    const twin = JSON.parse(Buffer.from(leChan.json.bytes).toString('utf8'));
    expect(twin).toMatchObject({
      format: 'tdkt.goi-bao-cao-phuong',
      schemaVersion: 1,
      ward: { name: 'Phường Lê Chân', city: 'Hải Phòng' },
      year: 2026,
      generatedAt: '2026-11-26T09:00:00.000Z',
      appVersion: 'test',
    });
    expect(twin.tables).toEqual(leChan.tables);
    expect(
      twin.awards.map((a: { decisionNumber: string; name: string; amount: number }) => [
        a.decisionNumber,
        a.name,
        a.amount,
      ]),
    ).toEqual([
      ['05/QĐ-UBND', 'Trường Tiểu học Lê Chân', 1_520_000],
      ['05/QĐ-UBND', 'Nguyễn Văn An', 760_000],
      ['12/QĐ-UBND', 'Trần Thị Bình', 760_000],
    ]);

    const city = startTestCore();
    cores.push(city);
    const base64 = (bytes: Uint8Array) => Buffer.from(bytes).toString('base64');
    // Imported in the other order: the list and the sums follow the Vietnamese ward order.
    await city.call('cityPackage.import', {
      file: { fileName: ngoQuyen.json.suggestedName, base64: base64(ngoQuyen.json.bytes) },
    });
    await city.call('cityPackage.import', {
      file: { fileName: leChan.json.suggestedName, base64: base64(leChan.json.bytes) },
    });
    const list = await city.call('cityPackage.list', { year: 2026 });
    expect(list.map((p) => [p.wardName, p.city, p.awardCount, p.money])).toEqual([
      ['Phường Lê Chân', 'Hải Phòng', 3, 3_040_000],
      ['Phường Ngô Quyền', 'Hải Phòng', 2, 1_900_000],
    ]);

    const totals = await city.call('cityPackage.totals', { year: 2026 });
    expect(totals.packages).toEqual(list);
    expect(totals.tables.map((t) => t.id)).toEqual([
      'movements',
      'awards',
      'awardMethods',
      'money',
      'models',
      'unitReports',
    ]);
    const expected = cellSums(leChan.tables, ngoQuyen.tables);
    expect(
      totals.tables.map((t) => ({
        id: t.id,
        rows: t.rows.map((r) => ({ key: r.key, cells: r.cells })),
        total: t.total,
      })),
    ).toEqual(expected);

    // The same sums, counted by hand from the fixtures.
    const table = (id: string) => totals.tables.find((t) => t.id === id)!;
    expect(table('awards').total).toMatchObject({
      total: 5,
      collective: 1,
      household: 1,
      individual: 3,
      leader: 1,
      directWorker: 2,
      otherIndividual: 0,
      money: 4_940_000,
    });
    expect(table('awards').rows.find((r) => r.key === 'lao_dong_tien_tien')!.cells).toMatchObject({
      total: 2,
      money: 1_520_000,
    });
    expect(table('movements').total).toMatchObject({ total: 3, lt1: 1, y1: 1, ge5: 1 });
    expect(table('money').total).toMatchObject({ total: 4_940_000 });

    await city.call('cityPackage.exportTotalsXlsx', { year: 2026 });
    const summed = await readWorkbook(city.saved[0]!.bytes);
    expect(city.saved[0]!.suggestedName).toBe('Tong-hop-TDKT-2026.xlsx');
    expect(summed.worksheets.map((s) => s.name)).toEqual([
      'Cac phuong',
      '1-Phong trao',
      '2-Khen thuong',
      '3-Phuong thuc',
      '4-Tien thuong',
      '5-Dien hinh',
      '6-Bao cao don vi',
    ]);
    const wards = rowsOf(summed.getWorksheet('Cac phuong')!);
    expect(wards[0]).toEqual(['Tổng hợp báo cáo thi đua, khen thưởng năm 2026']);
    expect(wards[1]).toEqual(['Gồm 2 phường; lập ngày 26/11/2026.']);
    expect(wards.slice(3)).toEqual([
      ['STT', 'Phường', 'Tỉnh/thành phố', 'Ngày lập gói', 'Số lượt khen thưởng', 'Tiền thưởng (đồng)'],
      [1, 'Phường Lê Chân', 'Hải Phòng', '26/11/2026', 3, 3_040_000],
      [2, 'Phường Ngô Quyền', 'Hải Phòng', '26/11/2026', 2, 1_900_000],
      [undefined, 'Cộng', undefined, undefined, 5, 4_940_000],
    ]);
    const awardsTotal = totalRow(summed.getWorksheet('2-Khen thuong')!);
    expect(awardsTotal[0]).toBe(5);
    expect(awardsTotal[awardsTotal.length - 1]).toBe(4_940_000);
  });

  it('writes the package workbook in the documented layout', async () => {
    const leChan = await ward(wardLeChan);
    const workbook = await readWorkbook(leChan.xlsx.bytes);
    expect(workbook.worksheets.map((s) => s.name)).toEqual([
      'Thong tin',
      '1-Phong trao',
      '2-Khen thuong',
      '3-Phuong thuc',
      '4-Tien thuong',
      '5-Dien hinh',
      '6-Bao cao don vi',
      'Danh sach khen thuong',
    ]);
    expect(rowsOf(workbook.getWorksheet('Thong tin')!)).toEqual([
      ['Mã trường', 'Nội dung', 'Giá trị'],
      ['format', 'Định dạng gói', 'tdkt.goi-bao-cao-phuong'],
      ['schemaVersion', 'Phiên bản cấu trúc', 1],
      ['wardName', 'Tên phường', 'Phường Lê Chân'],
      ['city', 'Tỉnh/thành phố', 'Hải Phòng'],
      ['year', 'Năm báo cáo', 2026],
      ['generatedAt', 'Thời điểm lập gói (ISO 8601, giờ UTC)', '2026-11-26T09:00:00.000Z'],
      ['appVersion', 'Phiên bản phần mềm', 'test'],
    ]);
    const awards = rowsOf(workbook.getWorksheet('Danh sach khen thuong')!);
    expect(awards[0]).toEqual([
      'Số quyết định',
      'Ngày quyết định',
      'Phương thức khen thưởng',
      'Danh hiệu, hình thức khen thưởng',
      'Loại',
      'Khen cho',
      'Đối tượng',
      'Tên tập thể, cá nhân, hộ gia đình',
      'Chức vụ, đơn vị',
      'Thành tích',
      'Số tiền (đồng)',
      'Số sổ vàng',
    ]);
    expect(awards).toHaveLength(4);
    expect(awards[2]).toEqual([
      '05/QĐ-UBND',
      '05/07/2026',
      'Thường xuyên',
      'Giấy khen của Chủ tịch UBND phường',
      'Hình thức khen thưởng',
      'Cá nhân',
      'Người trực tiếp lao động, sản xuất, công tác',
      'Nguyễn Văn An',
      undefined,
      'Hoàn thành xuất sắc nhiệm vụ',
      760_000,
      2,
    ]);
    const awardsSheet = rowsOf(workbook.getWorksheet('2-Khen thuong')!);
    expect(awardsSheet[0]).toEqual(['Kết quả khen thưởng theo danh hiệu, hình thức và đối tượng']);
    expect(awardsSheet[1]).toEqual(['UBND PHƯỜNG LÊ CHÂN']);
    const total = totalRow(workbook.getWorksheet('2-Khen thuong')!);
    expect(total[0]).toBe(3);
    expect(total[total.length - 1]).toBe(3_040_000);
  });

  it('guards text cells against formulas and refuses a totals workbook with no package', async () => {
    const t = startTestCore();
    cores.push(t);
    renameWard(t, '=HYPERLINK("x")', 'Hải Phòng');
    await t.call('cityPackage.exportXlsx', { year: 2026 });
    const info = rowsOf((await readWorkbook(t.saved[0]!.bytes)).getWorksheet('Thong tin')!);
    expect(info[3]).toEqual(['wardName', 'Tên phường', `'=HYPERLINK("x")`]);
    expect(await t.fail('cityPackage.exportTotalsXlsx', { year: 2026 })).toMatchObject({
      code: 'NOT_FOUND',
      message: 'Chưa nhập gói báo cáo nào của năm 2026 để tổng hợp.',
    });
    expect(await t.call('cityPackage.totals', { year: 2026 })).toEqual({
      year: 2026,
      packages: [],
      tables: [],
    });
  });
});
