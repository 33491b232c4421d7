import { afterEach, describe, expect, it } from 'vitest';
import { householdInput, personInput, startTestCore, unitInput, type TestCore } from '../testing/core';
import { listAudit } from '../db/repos/audit';

let t: TestCore;
afterEach(() => t?.close());

const unitNames = (rows: { name: string }[]) => rows.map((r) => r.name);

describe('units', () => {
  it('creates, reads and edits a unit with its parent and clusters', async () => {
    t = startTestCore();
    const cluster = await t.call('clusters.create', { name: 'Khối giáo dục', kind: 'block', note: '' });
    const ward = await t.call(
      'units.create',
      unitInput('UBND phường', { kind: 'party_gov', shortName: 'UBND' }),
    );
    const school = await t.call(
      'units.create',
      unitInput('Trường THCS Lê Chân', {
        kind: 'school',
        parentId: ward.id,
        clusterIds: [cluster.id, cluster.id],
      }),
    );
    expect(school).toMatchObject({
      name: 'Trường THCS Lê Chân',
      parent: { id: ward.id, name: 'UBND phường' },
      clusters: [{ id: cluster.id, name: 'Khối giáo dục' }],
      active: true,
      peopleCount: 0,
    });
    expect(await t.call('units.get', { id: ward.id })).toMatchObject({
      childCount: 1,
      children: [{ id: school.id, name: 'Trường THCS Lê Chân' }],
    });
    const edited = await t.call('units.update', {
      id: school.id,
      values: unitInput('Trường THCS Lê Chân', { kind: 'school', parentId: null, clusterIds: [] }),
    });
    expect(edited).toMatchObject({ parent: null, clusters: [] });
    expect((await t.call('clusters.list', {}))[0]?.units).toEqual([]);
    // Leaving a cluster closes the membership; it stays in history.
    const rows = t.core.services.db.prepare('SELECT active_from, active_to FROM cluster_members').all();
    expect(rows).toEqual([{ active_from: '2026-11-26', active_to: '2026-11-26' }]);
  });

  it('lists units in Vietnamese order, searching name and short name without diacritics', async () => {
    t = startTestCore();
    for (const [name, shortName] of [
      ['Trường Tiểu học Đông Hải', ''],
      ['Tổ dân phố 10', ''],
      ['Tổ dân phố 2', ''],
      ['Đoàn Thanh niên', 'ĐTN'],
      ['Trạm y tế', ''],
      ['Ủy ban nhân dân', 'UBND'],
    ] as const) {
      await t.call('units.create', unitInput(name, { shortName }));
    }
    expect(unitNames(await t.call('units.list', {}))).toEqual([
      'Đoàn Thanh niên',
      'Tổ dân phố 2',
      'Tổ dân phố 10',
      'Trạm y tế',
      'Trường Tiểu học Đông Hải',
      'Ủy ban nhân dân',
    ]);
    expect(unitNames(await t.call('units.list', { query: 'dong hai' }))).toEqual([
      'Trường Tiểu học Đông Hải',
    ]);
    expect(unitNames(await t.call('units.list', { query: 'ubnd' }))).toEqual(['Ủy ban nhân dân']);
    expect(unitNames(await t.call('units.list', { query: 'dtn' }))).toEqual(['Đoàn Thanh niên']);
  });

  it('filters units by kind and cluster', async () => {
    t = startTestCore();
    const block = await t.call('clusters.create', { name: 'Khối trường học', kind: 'block', note: '' });
    await t.call('units.create', unitInput('Trường A', { kind: 'school', clusterIds: [block.id] }));
    await t.call('units.create', unitInput('Trường B', { kind: 'school' }));
    await t.call('units.create', unitInput('Tổ 1', { kind: 'residential_group' }));
    expect(unitNames(await t.call('units.list', { kind: 'school' }))).toEqual(['Trường A', 'Trường B']);
    expect(unitNames(await t.call('units.list', { clusterId: block.id }))).toEqual(['Trường A']);
  });

  it('refuses a parent that would make a cycle', async () => {
    t = startTestCore();
    const a = await t.call('units.create', unitInput('A'));
    const b = await t.call('units.create', unitInput('B', { parentId: a.id }));
    const c = await t.call('units.create', unitInput('C', { parentId: b.id }));
    expect(
      await t.fail('units.update', { id: a.id, values: unitInput('A', { parentId: c.id }) }),
    ).toMatchObject({
      code: 'VALIDATION',
      fields: {
        parentId: 'Không thể chọn một đơn vị trực thuộc đơn vị này làm cấp trên (sẽ tạo thành vòng lặp).',
      },
    });
    expect(
      await t.fail('units.update', { id: a.id, values: unitInput('A', { parentId: a.id }) }),
    ).toMatchObject({
      fields: { parentId: 'Đơn vị không thể là cấp trên của chính nó.' },
    });
    expect(await t.fail('units.create', unitInput('D', { parentId: 99 }))).toMatchObject({
      code: 'VALIDATION',
    });
    // Moving a leaf under a sibling branch is fine.
    expect(
      await t.call('units.update', { id: c.id, values: unitInput('C', { parentId: a.id }) }),
    ).toMatchObject({
      parentId: a.id,
    });
  });

  it('never deletes a unit that has people: it is deactivated with a date and kept in history', async () => {
    t = startTestCore();
    const unit = await t.call(
      'units.create',
      unitInput('Trường Tiểu học Lê Lợi', { kind: 'school', activeFrom: '2001-09-05' }),
    );
    const merged = await t.call('units.create', unitInput('Trường Liên cấp Lê Lợi', { kind: 'school' }));
    await t.call('people.create', personInput('Nguyễn Văn An', { unitId: unit.id }));

    expect(await t.fail('units.delete', { id: unit.id })).toEqual({
      code: 'CONFLICT',
      message:
        'Đơn vị “Trường Tiểu học Lê Lợi” đã có 1 cá nhân nên không xóa được; hãy cho ngừng hoạt động để giữ lại trong lịch sử.',
    });

    const deactivated = await t.call('units.deactivate', {
      id: unit.id,
      activeTo: '2026-08-01',
      successorId: merged.id,
      reason: 'Sáp nhập',
    });
    expect(deactivated).toMatchObject({
      active: false,
      activeTo: '2026-08-01',
      successor: { id: merged.id },
    });
    expect(unitNames(await t.call('units.list', {}))).toEqual(['Trường Liên cấp Lê Lợi']);
    expect(unitNames(await t.call('units.list', { status: 'inactive' }))).toEqual(['Trường Tiểu học Lê Lợi']);
    expect(unitNames(await t.call('units.list', { status: 'all' }))).toHaveLength(2);
    // Its people stay with it, in history.
    expect((await t.call('people.list', { unitId: unit.id })).total).toBe(1);

    const [audit] = listAudit(t.core.services.db, { entity: 'units', entityId: unit.id });
    expect(audit).toMatchObject({
      action: 'update',
      note: 'Ngừng hoạt động từ ngày 01/08/2026. Lý do: Sáp nhập',
      before: { activeTo: null, successorId: null },
      after: { activeTo: '2026-08-01', successorId: merged.id },
    });

    const back = await t.call('units.reactivate', { id: unit.id });
    expect(back).toMatchObject({ active: true, activeTo: null, successor: null });
  });

  it('counts a deactivation dated later as still active until that day', async () => {
    t = startTestCore();
    const unit = await t.call('units.create', unitInput('Tổ 7'));
    await t.call('units.deactivate', { id: unit.id, activeTo: '2026-12-31', reason: '' });
    expect(unitNames(await t.call('units.list', {}))).toEqual(['Tổ 7']);
    expect(
      await t.fail('units.deactivate', {
        id: unit.id,
        activeTo: '2026-11-27',
        successorId: unit.id,
        reason: '',
      }),
    ).toMatchObject({
      fields: { successorId: 'Đơn vị tiếp nhận phải là một đơn vị khác.' },
    });
  });

  it('refuses deleting a unit with households, sub-units or awards, and lists what it has', async () => {
    t = startTestCore();
    const group = await t.call('units.create', unitInput('Tổ dân phố 3', { kind: 'residential_group' }));
    await t.call('units.create', unitInput('Chi hội phụ nữ', { parentId: group.id }));
    await t.call('households.create', householdInput('Nguyễn Văn Ba', { residentialGroupUnitId: group.id }));
    // Award history as later features will write it: a draft decision with one collective award.
    const { db } = t.core.services;
    const at = '2026-11-26T09:00:00.000Z';
    const catalogue = (
      db.prepare(`SELECT id FROM award_catalogue WHERE code = 'to_dan_pho_van_hoa'`).get() as { id: number }
    ).id;
    const decision = db
      .prepare(`INSERT INTO decisions (year, created_at, updated_at) VALUES (2026, ?, ?)`)
      .run(at, at).lastInsertRowid;
    db.prepare(
      `INSERT INTO awards (decision_id, position, recipient_kind, unit_id, recipient_name_snapshot, catalogue_id,
         created_at, updated_at) VALUES (?, 0, 'collective', ?, 'Tổ dân phố 3', ?, ?, ?)`,
    ).run(decision, group.id, catalogue, at, at);
    db.prepare(`INSERT INTO unit_reports (unit_id, year, created_at, updated_at) VALUES (?, 2026, ?, ?)`).run(
      group.id,
      at,
      at,
    );

    const error = await t.fail('units.delete', { id: group.id });
    expect(error.message).toBe(
      'Đơn vị “Tổ dân phố 3” đã có 1 hộ gia đình, 1 đơn vị trực thuộc, 1 khen thưởng, 1 hồ sơ thi đua (đăng ký, đề nghị, phong trào, báo cáo) nên không xóa được; hãy cho ngừng hoạt động để giữ lại trong lịch sử.',
    );
    expect(await t.call('units.get', { id: group.id })).toMatchObject({ householdCount: 1, awardCount: 2 });
  });

  it('moves an unused unit to the trash and back; a child cannot come back before its parent', async () => {
    t = startTestCore();
    const parent = await t.call('units.create', unitInput('Khối vận'));
    const child = await t.call('units.create', unitInput('Tổ công tác', { parentId: parent.id }));
    await t.call('units.delete', { id: child.id });
    await t.call('units.delete', { id: parent.id });
    expect(unitNames(await t.call('units.list', { trashed: true }))).toEqual(['Khối vận', 'Tổ công tác']);
    expect(await t.fail('units.get', { id: parent.id })).toEqual({
      code: 'NOT_FOUND',
      message: 'Không tìm thấy đơn vị này (có thể đã bị xóa).',
    });
    expect(await t.fail('units.restore', { id: child.id })).toMatchObject({ code: 'CONFLICT' });
    await t.call('units.restore', { id: parent.id });
    expect(await t.call('units.restore', { id: child.id })).toMatchObject({ deletedAt: null });
    const actions = listAudit(t.core.services.db, { entity: 'units' }).map(
      (a) => `${a.entityId}:${a.action}`,
    );
    expect(actions).toEqual([
      `${child.id}:restore`,
      `${parent.id}:restore`,
      `${parent.id}:delete`,
      `${child.id}:delete`,
      `${child.id}:create`,
      `${parent.id}:create`,
    ]);
  });

  it('keeps a tổ dân phố with households from changing kind', async () => {
    t = startTestCore();
    const group = await t.call('units.create', unitInput('Tổ dân phố 1', { kind: 'residential_group' }));
    await t.call('households.create', householdInput('Lê Văn Bốn', { residentialGroupUnitId: group.id }));
    expect(
      await t.fail('units.update', { id: group.id, values: unitInput('Tổ dân phố 1', { kind: 'other' }) }),
    ).toMatchObject({
      code: 'CONFLICT',
    });
  });
});

describe('clusters', () => {
  it('creates, renames, assigns units and deletes, with audit', async () => {
    t = startTestCore();
    const a = await t.call('units.create', unitInput('Trường Bình Minh'));
    const b = await t.call('units.create', unitInput('Trường An Dương'));
    const cluster = await t.call('clusters.create', { name: 'Cụm số 2', kind: 'cluster', note: '' });
    const renamed = await t.call('clusters.update', {
      id: cluster.id,
      values: { name: 'Cụm thi đua số 2', kind: 'cluster', note: '' },
    });
    expect(renamed.name).toBe('Cụm thi đua số 2');
    const assigned = await t.call('clusters.setMembers', { id: cluster.id, unitIds: [a.id, b.id] });
    expect(unitNames(assigned.units)).toEqual(['Trường An Dương', 'Trường Bình Minh']);
    expect((await t.call('units.get', { id: a.id })).clusters).toEqual([
      { id: cluster.id, name: 'Cụm thi đua số 2' },
    ]);
    expect(await t.fail('clusters.setMembers', { id: cluster.id, unitIds: [999] })).toMatchObject({
      code: 'VALIDATION',
    });

    expect(await t.call('clusters.delete', { id: cluster.id })).toEqual({ id: cluster.id });
    expect(await t.call('clusters.list', {})).toEqual([]);
    expect((await t.call('units.get', { id: a.id })).clusters).toEqual([]);
    const audit = listAudit(t.core.services.db, { entity: 'clusters' });
    expect(audit.map((x) => x.action)).toEqual(['delete', 'update', 'update', 'create']);
    expect(audit[1]).toMatchObject({
      before: { unitIds: [] },
      after: { unitIds: [a.id, b.id].sort((x, y) => x - y) },
    });
  });
});
