import ExcelJS from 'exceljs';
import { afterEach, describe, expect, it } from 'vitest';
import { householdInput, personInput, startTestCore, unitInput, type TestCore } from '../testing/core';

let t: TestCore;
afterEach(() => t?.close());

async function readSaved(index = 0) {
  const saved = t.saved[index];
  if (!saved) throw new Error('nothing was saved');
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Buffer.from(saved.bytes) as unknown as ArrayBuffer);
  const sheet = workbook.worksheets[0]!;
  const rows: unknown[][] = [];
  sheet.eachRow({ includeEmpty: true }, (row, n) => {
    rows[n - 1] = (row.values as unknown[]).slice(1);
  });
  return { saved, sheet, rows };
}

describe('exports', () => {
  it('exports the people list as filtered and ordered, with title, date, header and safe text', async () => {
    t = startTestCore();
    const school = await t.call('units.create', unitInput('Trường THCS Lê Chân', { kind: 'school' }));
    await t.call(
      'people.create',
      personInput('Trần Văn Bình', { unitId: school.id, gender: 'male', birthYear: 1980 }),
    );
    await t.call(
      'people.create',
      personInput('Nguyễn Thị Ánh', {
        unitId: school.id,
        gender: 'female',
        birthDate: '1990-03-07',
        position: '=HYPERLINK("http://x.invalid","Bấm vào")',
        staffCategory: 'direct_worker',
      }),
    );
    await t.call('people.create', personInput('Lê Văn An', { gender: 'male' })); // filtered out: another unit

    const outcome = await t.call('people.export', { unitId: school.id });
    expect(outcome).toMatchObject({ saved: true, fileName: 'danh-sach-ca-nhan-20261126.xlsx' });
    const { saved, sheet, rows } = await readSaved();
    expect(saved.filters).toEqual([{ name: 'Bảng tính Excel', extensions: ['xlsx'] }]);
    expect(rows[0]).toEqual(['Phường Lê Chân – Danh sách cá nhân']);
    expect(rows[1]).toEqual(['Xuất ngày 26/11/2026']);
    expect(rows[2]).toEqual(['Lọc: đơn vị: Trường THCS Lê Chân']);
    expect(rows[3]).toEqual([]);
    expect(rows[4]).toEqual([
      'STT',
      'Họ và tên',
      'Giới tính',
      'Ngày sinh',
      'Đơn vị',
      'Chức vụ',
      'Đối tượng',
      'Trạng thái',
    ]);
    expect(sheet.getCell('B5').font?.bold).toBe(true);
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 5 });
    expect(rows.slice(5)).toEqual([
      [
        1,
        'Nguyễn Thị Ánh',
        'Nữ',
        '07/03/1990',
        'Trường THCS Lê Chân',
        '\'=HYPERLINK("http://x.invalid","Bấm vào")',
        'Người trực tiếp lao động, sản xuất, công tác',
        'Đang hoạt động',
      ],
      [2, 'Trần Văn Bình', 'Nam', '1980', 'Trường THCS Lê Chân', undefined, undefined, 'Đang hoạt động'],
    ]);
    expect(sheet.getCell('F6').type).toBe(ExcelJS.ValueType.String);
  });

  it('exports every matching row, not one page, in the list order', async () => {
    t = startTestCore();
    const { people } = t.core.services;
    const { personInputSchema } = await import('../../../shared/schemas/registry/people');
    t.core.services.db.transaction(() => {
      for (let i = 0; i < 250; i++)
        people.create(personInputSchema.parse(personInput(`Nguyễn Văn Số${String(i).padStart(3, '0')}`)));
    })();
    await t.call('people.export', { query: 'so1' });
    const { rows } = await readSaved();
    const data = rows.slice(5);
    expect(data).toHaveLength(100);
    expect(data[0]?.[1]).toBe('Nguyễn Văn Số100');
    expect(data[99]?.[1]).toBe('Nguyễn Văn Số199');
    expect(rows[2]).toEqual(['Lọc: từ khóa “so1”']);
  });

  it('exports units and households with their own columns', async () => {
    t = startTestCore();
    const ward = await t.call('units.create', unitInput('UBND phường', { kind: 'party_gov' }));
    const group = await t.call(
      'units.create',
      unitInput('Tổ dân phố 1', { kind: 'residential_group', parentId: ward.id }),
    );
    await t.call(
      'households.create',
      householdInput('Phạm Văn Dũng', {
        headGender: 'male',
        address: '+ Số 5 ngõ Chợ',
        residentialGroupUnitId: group.id,
        memberCount: 4,
      }),
    );
    await t.call('households.create', householdInput('Đỗ Thị Yến', { headGender: 'female' }));
    await t.call('households.create', householdInput('Vũ Văn Thành', { residentialGroupUnitId: group.id }));

    await t.call('units.export', {});
    const units = await readSaved(0);
    expect(units.saved.suggestedName).toBe('danh-sach-don-vi-20261126.xlsx');
    expect(units.rows[0]).toEqual(['Phường Lê Chân – Danh sách đơn vị']);
    expect(units.rows[3]?.slice(0, 5)).toEqual([
      'STT',
      'Tên đơn vị',
      'Tên viết tắt',
      'Loại đơn vị',
      'Đơn vị cấp trên',
    ]);
    expect(units.rows[4]?.slice(0, 5)).toEqual([1, 'Tổ dân phố 1', undefined, 'Tổ dân phố', 'UBND phường']);
    expect(units.rows[5]?.slice(0, 5)).toEqual([
      2,
      'UBND phường',
      undefined,
      'Cơ quan Đảng, chính quyền',
      undefined,
    ]);

    await t.call('households.export', {});
    const households = await readSaved(1);
    expect(households.saved.suggestedName).toBe('danh-sach-ho-gia-dinh-20261126.xlsx');
    expect(households.rows[3]).toEqual([
      'STT',
      'Họ tên chủ hộ',
      'Giới tính chủ hộ',
      'Địa chỉ',
      'Tổ dân phố',
      'Số nhân khẩu',
    ]);
    // Given names in order: Dũng, Thành, Yến; an unknown gender leaves its cell empty.
    expect(households.rows[4]).toEqual([1, 'Phạm Văn Dũng', 'Nam', "'+ Số 5 ngõ Chợ", 'Tổ dân phố 1', 4]);
    expect(households.rows[5]).toEqual([2, 'Vũ Văn Thành', undefined, undefined, 'Tổ dân phố 1']);
    expect(households.rows[6]).toEqual([3, 'Đỗ Thị Yến', 'Nữ']);
  });

  it('refuses a second export of the same list while the first is still saving', async () => {
    t = startTestCore();
    let release: () => void = () => {};
    const slow: Promise<void> = new Promise((resolve) => (release = resolve));
    const saveFile = t.ctx.dialogs.saveFile;
    t.ctx.dialogs.saveFile = async (request) => {
      await slow;
      return saveFile(request);
    };
    const first = t.core.router.invoke('people.export', {}, t.ctx);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(await t.core.router.invoke('people.export', {}, t.ctx)).toMatchObject({
      ok: false,
      error: {
        code: 'CONFLICT',
        message: 'Danh sách này đang được xuất ra Excel; vui lòng đợi xong rồi thử lại.',
      },
    });
    release();
    expect(await first).toMatchObject({ ok: true, data: { saved: true } });
  });
});
