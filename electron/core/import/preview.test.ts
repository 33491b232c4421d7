import { describe, expect, it } from 'vitest';
import { previewImport } from './preview';
import { contextFor } from './testing/context';
import { addUnits, count, testDb } from './testing/db';
import {
  buildWorkbook,
  FIXTURE_UNITS,
  proposalListLikeTheFixture,
  utcDate,
  type TestCell,
} from './testing/workbooks';

const HEADER: TestCell[] = [
  'STT',
  'Họ và tên',
  'Ngày sinh',
  'Giới tính',
  'Đơn vị',
  'Đối tượng',
  'Số định danh',
  'Điện thoại',
];

async function preview(rows: TestCell[][], units: string[] = ['Trường Tiểu học Lê Chân']) {
  const db = testDb();
  addUnits(db, units);
  return previewImport(contextFor(db), 'people', await buildWorkbook({ rows: [HEADER, ...rows] }));
}

describe('preview of a people list', () => {
  it('reproduces the outcome stated for the office fixture: 5 accepted, 3 refused, nothing else', async () => {
    const db = testDb();
    addUnits(db, FIXTURE_UNITS);
    const p = await previewImport(
      contextFor(db),
      'people',
      await buildWorkbook(proposalListLikeTheFixture()),
    );
    expect(p.headerRow).toBe(7);
    expect(p.counts).toEqual({ ok: 5, duplicate: 0, error: 3 });
    expect(p.rows.map((r) => [r.rowNumber, r.status, r.label, r.problems])).toEqual([
      [9, 'ok', 'Nguyễn Thị Ngọc Ánh', []],
      [10, 'ok', 'Đỗ Quang Hưng', []],
      [11, 'ok', 'Trần Văn Đức', []],
      [12, 'ok', 'Đặng Thị Hoa', []],
      [14, 'error', 'Phạm Minh Tuấn', ['Ngày sinh 31/02/1992 không có thật']],
      [15, 'error', '', ['Vui lòng nhập họ và tên.']],
      [
        16,
        'error',
        '=HYPERLINK("http://example.invalid","Bấm vào đây")',
        ['Ô chứa công thức, không phải họ tên'],
      ],
      [17, 'ok', 'Lê Thị Thu Trang', []],
    ]);
    const byRow = new Map(p.rows.map((r) => [r.rowNumber, r]));
    expect(byRow.get(9)!.cells).toMatchObject({ 'Ngày sinh': '05/07/1985', 'Giới tính': 'Nữ' });
    expect(byRow.get(11)!.label).toBe('Trần Văn Đức'.normalize('NFC'));
    expect(byRow.get(11)!.cells).toMatchObject({ 'Ngày sinh': '1990', 'Giới tính': 'Nam' });
    expect(byRow.get(12)!.label).toBe('\u0110ặng Thị Hoa');
    expect(byRow.get(12)!.fixes).toEqual(['Đã sửa ký tự Ð thành Đ']);
    expect(byRow.get(12)!.cells).toMatchObject({ 'Ngày sinh': '28/02/1988', 'Giới tính': 'Nữ' });
    // The preview changes nothing.
    expect(count(db, 'people')).toBe(0);
    expect(count(db, 'audit_log')).toBe(0);
  });

  it('gives the same 5 accepted and 3 refused with an empty registry, the 5 without a unit', async () => {
    const db = testDb();
    const p = await previewImport(
      contextFor(db),
      'people',
      await buildWorkbook(proposalListLikeTheFixture()),
    );
    expect(p.counts).toEqual({ ok: 5, duplicate: 0, error: 3 });
    const noUnit = (team: string) => `Không có đơn vị "${team}" trong danh sách; nhập không gắn đơn vị.`;
    expect(p.rows.map((r) => [r.rowNumber, r.status, r.problems, r.fixes])).toEqual([
      [9, 'ok', [], [noUnit('Tổ 1')]],
      [10, 'ok', [], [noUnit('Ban giám hiệu')]],
      [11, 'ok', [], [noUnit('Tổ văn phòng')]],
      [12, 'ok', [], ['Đã sửa ký tự Ð thành Đ', noUnit('Tổ văn phòng')]],
      [14, 'error', ['Ngày sinh 31/02/1992 không có thật'], [noUnit('Tổ 4')]],
      [15, 'error', ['Vui lòng nhập họ và tên.'], [noUnit('Tổ 2')]],
      [16, 'error', ['Ô chứa công thức, không phải họ tên'], [noUnit('Tổ 3')]],
      [17, 'ok', [], [noUnit('Ban giám hiệu')]],
    ]);
    // The preview shows the team as the file writes it, since no unit takes its place.
    expect(p.rows[0]!.cells['Đơn vị công tác']).toBe('Tổ 1');
    expect(count(db, 'people')).toBe(0);
  });

  it('reads dates as date cells, text d/m/yyyy, years as numbers or text, and month/year', async () => {
    const p = await preview([
      [1, 'A', utcDate(1985, 7, 5)],
      [2, 'B', '5/7/1985'],
      [3, 'C', '05-07-1985'],
      [4, 'D', 1990],
      [5, 'E', ' 1990 '],
      [6, 'F', '07/1985'],
      [7, 'G', '1985-07-05'],
    ]);
    expect(p.rows.map((r) => [r.status, r.cells['Ngày sinh']])).toEqual([
      ['ok', '05/07/1985'],
      ['ok', '05/07/1985'],
      ['ok', '05/07/1985'],
      ['ok', '1990'],
      ['ok', '1990'],
      ['ok', '1985'],
      ['ok', '05/07/1985'],
    ]);
    expect(p.rows[5]!.fixes).toEqual(['Ngày sinh chỉ có tháng/năm (07/1985): đã lấy năm sinh 1985']);
  });

  it('refuses impossible or unreadable birth dates with the reason', async () => {
    const p = await preview([
      [1, 'A', '31/02/1992'],
      [2, 'B', '29/02/1990'],
      [3, 'C', 'năm 85'],
      [4, 'D', '1850'],
      [5, 'E', '01/01/1850'],
      [6, 'F', '2030'],
      [7, 'G', 31234],
    ]);
    expect(p.rows.map((r) => r.problems)).toEqual([
      ['Ngày sinh 31/02/1992 không có thật'],
      ['Ngày sinh 29/02/1990 không có thật'],
      ['Không đọc được ngày sinh "năm 85": hãy ghi ngày/tháng/năm (05/07/1985) hoặc năm sinh (1985).'],
      ['Năm sinh phải từ 1900 trở đi.'],
      ['Ngày sinh 01/01/1850 không hợp lệ: năm phải từ 1900 đến 2100.'],
      // Checked by the people service itself (the preview rehearses the writes and rolls them back).
      ['Năm sinh không được sau năm nay.'],
      ['Không đọc được ngày sinh "31234": hãy ghi ngày/tháng/năm (05/07/1985) hoặc năm sinh (1985).'],
    ]);
  });

  it('maps labels back to codes whatever their case or tones, and refuses unknown ones', async () => {
    const p = await preview([
      [1, 'A', 1980, 'nữ', 'TRƯỜNG TIỂU HỌC LÊ CHÂN', 'cong chuc, vien chuc'],
      [2, 'B', 1980, 'NAM', 'truong tieu hoc le chan', 'Người trực tiếp lao động, sản xuất, công tác'],
      [3, 'C', 1980, 'Không rõ', 'Trường Tiểu học Lê Chân', 'Cán bộ hưu trí'],
    ]);
    expect(p.rows.map((r) => [r.cells['Giới tính'], r.cells['Đơn vị'], r.cells['Đối tượng']])).toEqual([
      ['Nữ', 'Trường Tiểu học Lê Chân', 'Công chức, viên chức'],
      ['Nam', 'Trường Tiểu học Lê Chân', 'Người trực tiếp lao động, sản xuất, công tác'],
      ['Không rõ', 'Trường Tiểu học Lê Chân', 'Cán bộ hưu trí'],
    ]);
    expect(p.rows[2]!.problems).toEqual([
      'Giới tính "Không rõ" không rõ: hãy ghi Nam hoặc Nữ.',
      expect.stringMatching(/^Đối tượng "Cán bộ hưu trí" không có trong danh mục: Lãnh đạo cấp phường; /),
    ]);
  });

  it('puts back the leading zero Excel drops from numbers typed as numbers', async () => {
    const p = await preview([[1, 'A', 1980, 'Nam', null, null, 1085012345, 912345678]]);
    expect(p.rows[0]!.cells).toMatchObject({ 'Số định danh': '001085012345', 'Điện thoại': '0912345678' });
    expect(p.rows[0]!.fixes).toEqual([
      'Đã thêm số 0 ở đầu số định danh (Excel đã bỏ mất)',
      'Đã thêm số 0 ở đầu số điện thoại (Excel đã bỏ mất)',
    ]);
    expect(p.rows[0]!.status).toBe('ok');
  });

  it('refuses what the person form refuses, with the same messages', async () => {
    const p = await preview([
      [1, 'A', 1980, 'Nam', null, null, '12345'],
      [2, 'B', 1980, 'Nam', null, null, null, 'gọi sau'],
      [3, 'x'.repeat(101), 1980],
    ]);
    expect(p.rows.map((r) => r.problems)).toEqual([
      ['Số định danh gồm 12 chữ số (hoặc 9 chữ số với CMND cũ).'],
      ['Số điện thoại chỉ gồm chữ số, khoảng trắng và các dấu + . - ( ).'],
      ['Họ và tên không được dài quá 100 ký tự.'],
    ]);
  });

  it('reads rich text and hyperlinks as their text, and formulas elsewhere as their result', async () => {
    const p = await preview([
      [1, { richText: [{ text: 'Nguyễn ' }, { font: { bold: true }, text: 'Văn An' }] }, 1980],
      [2, { text: 'Lê Thị Bình', hyperlink: 'mailto:binh@example.invalid' }, 1981],
      [3, 'Trần Văn Cường', { formula: 'DATE(1982,3,4)', result: utcDate(1982, 3, 4) }],
    ]);
    expect(p.rows.map((r) => [r.status, r.label, r.cells['Ngày sinh']])).toEqual([
      ['ok', 'Nguyễn Văn An', '1980'],
      ['ok', 'Lê Thị Bình', '1981'],
      ['ok', 'Trần Văn Cường', '04/03/1982'],
    ]);
  });

  it('refuses a row whose name cell shows an Excel error', async () => {
    const p = await preview([[1, { error: '#N/A' } as unknown as TestCell, 1980]]);
    expect(p.rows[0]!.problems).toEqual(['Họ và tên: ô báo lỗi #N/A, hãy sửa trong Excel.']);
  });
});
