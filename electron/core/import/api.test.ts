import ExcelJS from 'exceljs';
import { afterEach, describe, expect, it } from 'vitest';
import { startTestCore, unitInput, type TestCore } from '../testing/core';
import { FALLBACK_UNIT_GONE } from './fallback-unit';
import { READ_MESSAGES } from './read-workbook';
import { buildWorkbook, FIXTURE_UNITS, proposalListLikeTheFixture, toUpload } from './testing/workbooks';

const cores: TestCore[] = [];
afterEach(() => cores.splice(0).forEach((c) => c.close()));

function core(): TestCore {
  const c = startTestCore();
  cores.push(c);
  return c;
}

async function firstSheet(bytes: Uint8Array): Promise<ExcelJS.Worksheet> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Buffer.from(bytes) as unknown as ExcelJS.Buffer);
  return workbook.worksheets[0]!;
}

const allPeople = { query: '', status: 'all', offset: 0, limit: 50 } as const;

describe('imports through the router', () => {
  it('previews, commits and saves the summary of the office list, and refuses a damaged file', async () => {
    const c = core();
    for (const name of FIXTURE_UNITS) await c.call('units.create', unitInput(name));
    const file = await buildWorkbook(proposalListLikeTheFixture(), 'de-nghi-khen-thuong.xlsx');

    const preview = await c.call('imports.preview', { kind: 'people', file });
    expect(preview.counts).toEqual({ ok: 5, duplicate: 0, error: 3 });

    const summary = await c.call('imports.commit', { kind: 'people', file, duplicateAction: 'skip' });
    expect(summary).toMatchObject({
      kind: 'people',
      fileName: 'de-nghi-khen-thuong.xlsx',
      at: '2026-11-26T09:00:00.000Z',
      counts: { imported: 5, updated: 0, skipped: 0, refused: 3 },
    });
    const found = await c.call('people.list', { ...allPeople, query: 'dang thi hoa' });
    expect(found.rows).toMatchObject([
      { fullName: 'Đặng Thị Hoa', birthDate: '1988-02-28', gender: 'female' },
    ]);

    const again = await c.call('imports.commit', { kind: 'people', file, duplicateAction: 'skip' });
    expect(again.counts).toEqual({ imported: 0, updated: 0, skipped: 5, refused: 3 });

    await c.call('imports.saveSummary', summary);
    expect(c.saved[0]!.suggestedName).toMatch(/^ket-qua-nhap-ca-nhan-20261126\.xlsx$/);
    const sheet = await firstSheet(c.saved[0]!.bytes);
    expect(sheet.getCell('A1').value).toBe('Phường Lê Chân – Kết quả nhập danh sách cá nhân');
    expect(sheet.getCell('A2').value).toBe('Tệp: de-nghi-khen-thuong.xlsx');
    expect(sheet.getCell('A4').value).toBe('Đã nhập: 5 · Đã cập nhật: 0 · Bỏ qua: 0 · Từ chối: 3');
    const rows: unknown[][] = [];
    sheet.eachRow((row, n) => {
      if (n > 6) rows.push((row.values as unknown[]).slice(1));
    });
    expect(rows).toEqual([
      [9, 'Nguyễn Thị Ngọc Ánh', 'Đã nhập'],
      [10, 'Đỗ Quang Hưng', 'Đã nhập'],
      [11, 'Trần Văn Đức', 'Đã nhập'],
      [12, 'Đặng Thị Hoa', 'Đã nhập'],
      [14, 'Phạm Minh Tuấn', 'Từ chối', 'Ngày sinh 31/02/1992 không có thật'],
      [15, '(để trống)', 'Từ chối', 'Vui lòng nhập họ và tên.'],
      // Written as text, never as a live formula.
      [
        16,
        `'=HYPERLINK("http://example.invalid","Bấm vào đây")`,
        'Từ chối',
        'Ô chứa công thức, không phải họ tên',
      ],
      [17, 'Lê Thị Thu Trang', 'Đã nhập'],
    ]);

    const truncated = toUpload(Buffer.from(file.base64, 'base64').subarray(0, 3000), 'hong.xlsx');
    expect(
      await c.fail('imports.commit', { kind: 'people', file: truncated, duplicateAction: 'skip' }),
    ).toEqual({
      code: 'VALIDATION',
      message: READ_MESSAGES.damaged,
    });
    expect((await c.call('people.list', allPeople)).total).toBe(5);
  });

  it('takes the unit for unmatched rows on both calls, and refuses one in the trash', async () => {
    const c = core();
    const file = await buildWorkbook(proposalListLikeTheFixture(), 'de-nghi-khen-thuong.xlsx');
    // Left out, the choice is "no unit": the real list's teams are not refused.
    const bare = await c.call('imports.preview', { kind: 'people', file });
    expect(bare.counts).toEqual({ ok: 5, duplicate: 0, error: 3 });

    const school = await c.call('units.create', unitInput('Trường Tiểu học Lê Chân', { kind: 'school' }));
    const preview = await c.call('imports.preview', { kind: 'people', file, defaultUnitId: school.id });
    expect(preview.rows[0]!.cells['Đơn vị công tác']).toBe('Trường Tiểu học Lê Chân');
    const input = { kind: 'people', file, duplicateAction: 'skip', defaultUnitId: school.id } as const;
    expect((await c.call('imports.commit', input)).counts.imported).toBe(5);
    const listed = await c.call('people.list', allPeople);
    expect(listed.rows.map((p) => p.unitId)).toEqual(Array(5).fill(school.id));

    const gone = await c.call('units.create', unitInput('Trường Mầm non Hoa Sen', { kind: 'school' }));
    await c.call('units.delete', { id: gone.id });
    expect(await c.fail('imports.preview', { kind: 'people', file, defaultUnitId: gone.id })).toEqual({
      code: 'VALIDATION',
      message: FALLBACK_UNIT_GONE,
      fields: { defaultUnitId: FALLBACK_UNIT_GONE },
    });
  });

  it('refuses a commit without a duplicate choice, in Vietnamese', async () => {
    const c = core();
    const file = await buildWorkbook({ rows: [['Họ và tên'], ['Nguyễn Văn An']] });
    const error = await c.fail('imports.commit', { kind: 'people', file } as never);
    expect(error).toMatchObject({
      code: 'VALIDATION',
      fields: { duplicateAction: 'Hãy chọn cách xử lý bản ghi trùng.' },
    });
  });

  it('saves a template for each kind that reads back as an import with its example row', async () => {
    const c = core();
    for (const kind of ['people', 'units', 'households'] as const) await c.call('imports.template', { kind });
    expect(c.saved.map((s) => s.suggestedName)).toEqual([
      'mau-nhap-ca-nhan.xlsx',
      'mau-nhap-don-vi.xlsx',
      'mau-nhap-ho-gia-dinh.xlsx',
    ]);
    expect(c.saved[0]!.filters).toEqual([{ name: 'Bảng tính Excel', extensions: ['xlsx'] }]);

    const sheet = await firstSheet(c.saved[0]!.bytes);
    expect(sheet.getCell('A1').value).toBe('DANH SÁCH CÁ NHÂN');
    expect(sheet.getRow(4).getCell(2).value).toBe('Họ và tên');
    expect(sheet.getRow(4).getCell(2).font?.bold).toBe(true);
    expect(sheet.getRow(5).getCell(2).value).toBe('Nguyễn Thị Ngọc Ánh');
    expect(sheet.getCell('D5').dataValidation).toMatchObject({
      type: 'list',
      formulae: ["'Danh mục'!$A$1:$A$2"],
    });

    await c.call('units.create', unitInput('Trường Tiểu học Lê Chân', { kind: 'school' }));
    await c.call('units.create', unitInput('Tổ dân phố 3', { kind: 'residential_group' }));
    const previews = [];
    for (const [i, kind] of (['people', 'units', 'households'] as const).entries()) {
      const saved = c.saved[i]!;
      previews.push(
        await c.call('imports.preview', { kind, file: toUpload(saved.bytes, saved.suggestedName) }),
      );
    }
    expect(previews.map((p) => [p.headerRow, p.rows.map((r) => [r.rowNumber, r.status, r.label])])).toEqual([
      [4, [[5, 'ok', 'Nguyễn Thị Ngọc Ánh']]],
      // The example unit is the one just created: a likely duplicate.
      [4, [[5, 'duplicate', 'Trường Tiểu học Lê Chân']]],
      [4, [[5, 'ok', 'Phạm Văn Bình']]],
    ]);
    expect(previews[0]!.rows[0]!.cells).toMatchObject({
      'Ngày sinh': '05/07/1985',
      'Giới tính': 'Nữ',
      'Đối tượng': 'Công chức, viên chức',
    });
  });
});
