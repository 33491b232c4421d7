import { afterEach, describe, expect, it } from 'vitest';
import { householdInput, startTestCore, unitInput, type TestCore } from '../testing/core';
import { listAudit } from '../db/repos/audit';

let t: TestCore;
afterEach(() => t?.close());

const heads = (page: { rows: { headName: string }[] }) => page.rows.map((r) => r.headName);

describe('households', () => {
  it('round-trips a household with its tổ dân phố and records the change', async () => {
    t = startTestCore();
    const group = await t.call('units.create', unitInput('Tổ dân phố 4', { kind: 'residential_group' }));
    const h = await t.call(
      'households.create',
      householdInput(' Ðỗ Văn  Hải ', {
        address: 'Số 12 ngõ 5 Lê Lợi',
        residentialGroupUnitId: group.id,
        memberCount: 4,
      }),
    );
    expect(h).toMatchObject({ headName: 'Đỗ Văn Hải', residentialGroupName: 'Tổ dân phố 4', memberCount: 4 });
    expect(await t.call('households.get', { id: h.id })).toEqual(h);
    const edited = await t.call('households.update', {
      id: h.id,
      values: householdInput('Đỗ Văn Hải', {
        address: 'Số 14 ngõ 5 Lê Lợi',
        residentialGroupUnitId: group.id,
        memberCount: 5,
      }),
    });
    expect(edited).toMatchObject({ address: 'Số 14 ngõ 5 Lê Lợi', memberCount: 5 });
    const [audit] = listAudit(t.core.services.db, { entity: 'households', entityId: h.id });
    expect(audit).toMatchObject({ action: 'update', before: { memberCount: 4 }, after: { memberCount: 5 } });
  });

  it('accepts only a live tổ dân phố as the residential group', async () => {
    t = startTestCore();
    const school = await t.call('units.create', unitInput('Trường Mầm non', { kind: 'school' }));
    expect(
      await t.fail('households.create', householdInput('A', { residentialGroupUnitId: school.id })),
    ).toMatchObject({
      code: 'VALIDATION',
      fields: { residentialGroupUnitId: '“Trường Mầm non” không phải là tổ dân phố.' },
    });
    expect(
      await t.fail('households.create', householdInput('A', { residentialGroupUnitId: 77 })),
    ).toMatchObject({
      fields: { residentialGroupUnitId: 'Tổ dân phố đã chọn không tồn tại hoặc đã bị xóa.' },
    });
  });

  it('lists by the head’s given name, searches name and address, filters by tổ dân phố, and pages', async () => {
    t = startTestCore();
    const g1 = await t.call('units.create', unitInput('Tổ 1', { kind: 'residential_group' }));
    const g2 = await t.call('units.create', unitInput('Tổ 2', { kind: 'residential_group' }));
    await t.call(
      'households.create',
      householdInput('Trần Văn Đức', { address: 'Đường Hàng Kênh', residentialGroupUnitId: g1.id }),
    );
    await t.call(
      'households.create',
      householdInput('Lê Thị Ánh', { address: 'Ngõ Chợ Con', residentialGroupUnitId: g2.id }),
    );
    await t.call(
      'households.create',
      householdInput('Phạm Văn Dũng', { address: 'Đường Hàng Kênh', residentialGroupUnitId: g2.id }),
    );
    expect(heads(await t.call('households.list', {}))).toEqual([
      'Lê Thị Ánh',
      'Phạm Văn Dũng',
      'Trần Văn Đức',
    ]);
    expect(heads(await t.call('households.list', { query: 'hang kenh' }))).toEqual([
      'Phạm Văn Dũng',
      'Trần Văn Đức',
    ]);
    expect(heads(await t.call('households.list', { query: 'duc' }))).toEqual(['Trần Văn Đức']);
    expect(heads(await t.call('households.list', { residentialGroupUnitId: g2.id }))).toEqual([
      'Lê Thị Ánh',
      'Phạm Văn Dũng',
    ]);
    expect(await t.call('households.list', { offset: 1, limit: 1 })).toMatchObject({
      total: 3,
      offset: 1,
      rows: [{ headName: 'Phạm Văn Dũng' }],
    });
  });

  it('goes to the trash and back', async () => {
    t = startTestCore();
    const h = await t.call('households.create', householdInput('Vũ Văn Năm'));
    await t.call('households.delete', { id: h.id });
    expect((await t.call('households.list', {})).total).toBe(0);
    expect(heads(await t.call('households.list', { trashed: true }))).toEqual(['Vũ Văn Năm']);
    expect(await t.fail('households.get', { id: h.id })).toEqual({
      code: 'NOT_FOUND',
      message: 'Không tìm thấy hộ gia đình này (có thể đã bị xóa).',
    });
    await t.call('households.restore', { id: h.id });
    expect(heads(await t.call('households.list', {}))).toEqual(['Vũ Văn Năm']);
  });
});
