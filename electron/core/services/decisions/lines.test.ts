import { afterEach, describe, expect, it } from 'vitest';
import { personInput, startTestCore, type TestCore } from '../../testing/core';
import { catalogueId, decisionInput, newHousehold, newPerson, newUnit } from './test-support';

let t: TestCore;
afterEach(() => t?.close());

const names = async (id: number) =>
  (await t.call('decisions.lines', { id })).map((l) => `${l.stt}. ${l.name}`);

describe('the list of a decision', () => {
  it('snapshots what is printed for people, units and households', async () => {
    t = startTestCore();
    const school = await newUnit(t, 'Trường Tiểu học Lê Chân');
    const group = await newUnit(t, 'Tổ chuyên môn 1', school);
    const person = (
      await t.call(
        'people.create',
        personInput('Nguyễn Văn An', {
          unitId: school,
          position: 'Giáo viên',
          staffCategory: 'civil_servant',
        }),
      )
    ).id;
    const bare = await newPerson(t, 'Trần Thị Bình');
    const household = await newHousehold(t, 'Phạm Thị Hoa', 'Số 3 ngõ 5 Lê Chân');
    const d = await t.call(
      'decisions.create',
      decisionInput({ catalogueId: await catalogueId(t, 'giay_khen_chu_tich_phuong') }),
    );
    const result = await t.call('decisions.addRecipients', {
      decisionId: d.id,
      recipients: [
        { kind: 'individual', id: person, achievement: 'Hoàn thành xuất sắc nhiệm vụ' },
        { kind: 'individual', id: bare },
        { kind: 'collective', id: group },
        { kind: 'household', id: household },
      ],
    });
    expect(result).toEqual({ added: 4, skipped: [] });
    const lines = await t.call('decisions.lines', { id: d.id });
    expect(
      lines.map((l) => [l.stt, l.recipientKind, l.name, l.positionUnit, l.staffCategory, l.achievement]),
    ).toEqual([
      [1, 'collective', 'Tổ chuyên môn 1', 'Trường Tiểu học Lê Chân', null, null],
      [
        1,
        'individual',
        'Nguyễn Văn An',
        'Giáo viên, Trường Tiểu học Lê Chân',
        'civil_servant',
        'Hoàn thành xuất sắc nhiệm vụ',
      ],
      [2, 'individual', 'Trần Thị Bình', null, null, null],
      [1, 'household', 'Phạm Thị Hoa', 'Số 3 ngõ 5 Lê Chân', null, null],
    ]);
    expect(lines[0]).toMatchObject({ printCount: 0, lastPrintedAt: null, registerNumber: null });
    const folded = t.core.services.db
      .prepare('SELECT search_text FROM awards WHERE id = ?')
      .get(lines[1]!.id);
    expect(folded).toEqual({ search_text: 'nguyen van an' });
    // Renaming the person later does not change what the decision printed.
    await t.call('people.update', { id: bare, values: personInput('Trần Thị Bích') });
    expect((await names(d.id))[2]).toBe('2. Trần Thị Bình');
  });

  it('skips a recipient already listed with the same award; another award is another line', async () => {
    t = startTestCore();
    const p = await newPerson(t, 'Nguyễn Văn An');
    const d = await t.call(
      'decisions.create',
      decisionInput({ catalogueId: await catalogueId(t, 'lao_dong_tien_tien') }),
    );
    await t.call('decisions.addRecipients', {
      decisionId: d.id,
      recipients: [{ kind: 'individual', id: p }],
    });
    const again = await t.call('decisions.addRecipients', {
      decisionId: d.id,
      recipients: [
        { kind: 'individual', id: p },
        { kind: 'individual', id: p, catalogueId: await catalogueId(t, 'chien_si_thi_dua_co_so') },
      ],
    });
    expect(again).toEqual({
      added: 1,
      skipped: [{ name: 'Nguyễn Văn An', reason: 'Đã có trong danh sách với “Lao động tiên tiến”.' }],
    });
  });

  it('refuses a line without an award, and an award not meant for the recipient kind', async () => {
    t = startTestCore();
    const p = await newPerson(t, 'Nguyễn Văn An');
    const d = await t.call('decisions.create', decisionInput());
    const none = await t.fail('decisions.addRecipients', {
      decisionId: d.id,
      recipients: [{ kind: 'individual', id: p }],
    });
    expect(none.code).toBe('VALIDATION');
    expect(none.fields?.catalogueId).toBe('Vui lòng chọn danh hiệu, hình thức khen thưởng.');
    const wrong = await t.fail('decisions.addRecipients', {
      decisionId: d.id,
      recipients: [{ kind: 'individual', id: p, catalogueId: await catalogueId(t, 'gia_dinh_van_hoa') }],
    });
    expect(wrong.message).toBe('“Gia đình văn hóa” không dùng để khen cá nhân (“Nguyễn Văn An”).');
    expect(await t.call('decisions.lines', { id: d.id })).toEqual([]);
  });

  it('orders each section as entered or by Vietnamese name (given name first)', async () => {
    t = startTestCore();
    const gk = await catalogueId(t, 'giay_khen_chu_tich_phuong');
    const d = await t.call('decisions.create', decisionInput({ catalogueId: gk }));
    const ids: Record<string, number> = {};
    for (const n of ['Trần Thị Bình', 'Lê Văn Đức', 'Nguyễn Văn An', 'Đặng Thị Dung'])
      ids[n] = await newPerson(t, n);
    const units = [
      await newUnit(t, 'Tổ dân phố 10'),
      await newUnit(t, 'Tổ dân phố 2'),
      await newUnit(t, 'Đoàn phường'),
    ];
    await t.call('decisions.addRecipients', {
      decisionId: d.id,
      recipients: [
        ...Object.values(ids).map((id) => ({ kind: 'individual' as const, id })),
        ...units.map((id) => ({ kind: 'collective' as const, id })),
      ],
    });
    expect(await names(d.id)).toEqual([
      '1. Tổ dân phố 10',
      '2. Tổ dân phố 2',
      '3. Đoàn phường',
      '1. Trần Thị Bình',
      '2. Lê Văn Đức',
      '3. Nguyễn Văn An',
      '4. Đặng Thị Dung',
    ]);
    await t.call('decisions.update', {
      id: d.id,
      values: decisionInput({ catalogueId: gk, recipientOrder: 'vietnamese' }),
    });
    expect(await names(d.id)).toEqual([
      '1. Đoàn phường',
      '2. Tổ dân phố 2',
      '3. Tổ dân phố 10',
      '1. Nguyễn Văn An',
      '2. Trần Thị Bình',
      '3. Đặng Thị Dung',
      '4. Lê Văn Đức',
    ]);
  });

  it('reorders a section, edits and removes lines of a draft, each audited', async () => {
    t = startTestCore();
    const ldtt = await catalogueId(t, 'lao_dong_tien_tien');
    const d = await t.call('decisions.create', decisionInput({ catalogueId: ldtt }));
    const a = await newPerson(t, 'Nguyễn Văn An');
    const b = await newPerson(t, 'Trần Thị Bình');
    await t.call('decisions.addRecipients', {
      decisionId: d.id,
      recipients: [
        { kind: 'individual', id: a },
        { kind: 'individual', id: b },
      ],
    });
    const [la, lb] = await t.call('decisions.lines', { id: d.id });
    const reordered = await t.call('decisions.reorderLines', {
      decisionId: d.id,
      kind: 'individual',
      lineIds: [lb!.id, la!.id],
    });
    expect(reordered.map((l) => l.name)).toEqual(['Trần Thị Bình', 'Nguyễn Văn An']);
    const partial = await t.fail('decisions.reorderLines', {
      decisionId: d.id,
      kind: 'individual',
      lineIds: [la!.id],
    });
    expect(partial.code).toBe('VALIDATION');

    const edited = await t.call('decisions.updateLine', {
      lineId: la!.id,
      positionUnit: 'Kế toán',
      achievement: 'Hoàn thành tốt nhiệm vụ',
      catalogueId: await catalogueId(t, 'chien_si_thi_dua_co_so'),
    });
    expect(edited).toMatchObject({
      stt: 2,
      positionUnit: 'Kế toán',
      catalogueName: 'Chiến sĩ thi đua cơ sở',
      amount: 2_530_000,
    });
    expect(await t.call('decisions.removeLines', { decisionId: d.id, lineIds: [lb!.id] })).toEqual({
      removed: 1,
    });
    expect((await t.call('decisions.lines', { id: d.id })).map((l) => l.name)).toEqual(['Nguyễn Văn An']);
    expect((await t.call('decisions.get', { id: d.id })).individualCount).toBe(1);
    const audit = await t.call('audit.list', { entity: 'decisions', entityId: d.id });
    expect(audit.total).toBe(5); // create, add, reorder, edit, remove
  });
});
