import { afterEach, describe, expect, it } from 'vitest';
import { startTestCore, type TestCore } from '../../testing/core';
import { catalogueId, decisionInput, newPerson, newUnit, snapshot } from './test-support';

let t: TestCore;
afterEach(() => t?.close());

const row = (
  name: string,
  more: Partial<{
    positionUnit: string;
    achievement: string;
    recipientId: number | null;
    unitId: number | null;
  }> = {},
) => ({
  name,
  positionUnit: '',
  achievement: '',
  recipientId: null,
  unitId: null,
  ...more,
});

describe('committing pasted rows', () => {
  it('creates the missing people and adds every row with its achievement, in one go', async () => {
    t = startTestCore();
    const school = await newUnit(t, 'Trường Tiểu học Lê Chân');
    const known = await newPerson(t, 'Trần Thị Bình');
    const d = await t.call(
      'decisions.create',
      decisionInput({ catalogueId: await catalogueId(t, 'giay_khen_chu_tich_phuong') }),
    );
    const result = await t.call('decisions.pasteCommit', {
      decisionId: d.id,
      kind: 'individual',
      rows: [
        row('Nguyễn Văn An', {
          positionUnit: 'Giáo viên',
          unitId: school,
          achievement: 'Giáo viên dạy giỏi',
        }),
        row('Trần Thị Bình', { recipientId: known }),
        row('Trần Thị Bình', { recipientId: known }),
      ],
    });
    expect(result).toEqual({
      added: 2,
      created: 1,
      skipped: [
        { name: 'Trần Thị Bình', reason: 'Đã có trong danh sách với “Giấy khen của Chủ tịch UBND phường”.' },
      ],
    });
    const people = await t.call('people.list', { query: 'nguyen van an' });
    expect(people.rows.map((p) => [p.fullName, p.unitId])).toEqual([['Nguyễn Văn An', school]]);
    const lines = await t.call('decisions.lines', { id: d.id });
    expect(lines.map((l) => [l.name, l.positionUnit, l.achievement, l.amount])).toEqual([
      ['Nguyễn Văn An', 'Giáo viên', 'Giáo viên dạy giỏi', 760_000],
      ['Trần Thị Bình', null, null, 760_000],
    ]);
    expect(
      (await t.call('audit.list', { entity: 'decisions', entityId: d.id, action: 'import' })).total,
    ).toBe(1);
  });

  it('creates units (kind “other”) and households from their rows', async () => {
    t = startTestCore();
    const d = await t.call(
      'decisions.create',
      decisionInput({ catalogueId: await catalogueId(t, 'giay_khen_chu_tich_phuong') }),
    );
    await t.call('decisions.pasteCommit', {
      decisionId: d.id,
      kind: 'collective',
      rows: [row('Chi hội Phụ nữ tổ 3')],
    });
    await t.call('decisions.pasteCommit', {
      decisionId: d.id,
      kind: 'household',
      rows: [row('Phạm Thị Hoa')],
    });
    const db = t.core.services.db;
    expect(db.prepare('SELECT name, kind FROM units').all()).toEqual([
      { name: 'Chi hội Phụ nữ tổ 3', kind: 'other' },
    ]);
    expect(db.prepare('SELECT head_name FROM households').all()).toEqual([{ head_name: 'Phạm Thị Hoa' }]);
    expect((await t.call('decisions.lines', { id: d.id })).map((l) => l.recipientKind)).toEqual([
      'collective',
      'household',
    ]);
  });

  it('writes nothing when one row fails, and names that row', async () => {
    t = startTestCore();
    const d = await t.call(
      'decisions.create',
      decisionInput({ catalogueId: await catalogueId(t, 'lao_dong_tien_tien') }),
    );
    const before = snapshot(t);
    const error = await t.fail('decisions.pasteCommit', {
      decisionId: d.id,
      kind: 'individual',
      rows: [row('Nguyễn Văn An'), row('Trần Thị Bình'), row('Lê Văn Cường', { unitId: 999 })],
    });
    expect(error.code).toBe('VALIDATION');
    expect(error.message).toMatch(/^Dòng 3 \(“Lê Văn Cường”\): /);
    expect(snapshot(t)).toEqual(before);

    // A recipient kind the award does not allow fails the same way, after the records were made.
    const household = await t.fail('decisions.pasteCommit', {
      decisionId: d.id,
      kind: 'household',
      rows: [row('Phạm Thị Hoa')],
    });
    expect(household.message).toBe(
      'Dòng 1 (“Phạm Thị Hoa”): “Lao động tiên tiến” không dùng để khen hộ gia đình (“Phạm Thị Hoa”).',
    );
    expect(snapshot(t)).toEqual(before);
  });
});
