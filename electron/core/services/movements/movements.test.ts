import { afterEach, describe, expect, it } from 'vitest';
import { startTestCore, unitInput, type TestCore } from '../../testing/core';
import { movementInput } from './testing';

let t: TestCore;
afterEach(() => t?.close());

async function units(t: TestCore) {
  const school = await t.call('units.create', unitInput('Trường THCS Lê Chân', { kind: 'school' }));
  const tdp5 = await t.call('units.create', unitInput('Tổ dân phố 5', { kind: 'residential_group' }));
  const tdp6 = await t.call('units.create', unitInput('Tổ dân phố 6', { kind: 'residential_group' }));
  return { school, tdp5, tdp6 };
}

describe('movements: records', () => {
  it('creates a movement with ordered criteria and every active unit taking part, audited once', async () => {
    t = startTestCore();
    const u = await units(t);
    const closed = await t.call('units.create', unitInput('Tổ dân phố 9'));
    await t.call('units.deactivate', {
      id: closed.id,
      activeTo: '2026-01-01',
      successorId: null,
      reason: '',
    });
    const m = await t.call(
      'movements.create',
      movementInput('  Toàn dân  đoàn kết xây dựng đời sống văn hóa ', {
        theme: 'Phường văn minh',
        docNumber: '45/KH-UBND',
        docDate: '2026-01-15',
        periodFromYear: 2026,
        periodToYear: 2030,
        criteria: [
          { content: 'Hộ gia đình văn hóa', target: '90% hộ', weightPercent: 60 },
          { content: 'Tổ dân phố văn hóa', target: '', weightPercent: null },
        ],
      }),
    );
    expect(m).toMatchObject({
      name: 'Toàn dân đoàn kết xây dựng đời sống văn hóa',
      status: 'draft',
      unitCount: 3,
      registrationCount: 0,
      modelCount: 0,
      decisionCount: 0,
    });
    expect(m.criteria.map((c) => [c.position, c.content, c.target, c.weightPercent])).toEqual([
      [0, 'Hộ gia đình văn hóa', '90% hộ', 60],
      [1, 'Tổ dân phố văn hóa', null, null],
    ]);
    expect(m.units.map((x) => x.name)).toEqual(
      [u.school.name, u.tdp5.name, u.tdp6.name].sort((a, b) => a.localeCompare(b, 'vi')),
    );
    const audit = await t.call('audit.list', { entity: 'movements', entityId: m.id });
    expect(audit.rows.map((r) => r.action)).toEqual(['create']);
  });

  it('takes a cluster’s current members, or the picked units', async () => {
    t = startTestCore();
    const u = await units(t);
    const cluster = await t.call('clusters.create', { name: 'Cụm thi đua số 1', kind: 'cluster', note: '' });
    await t.call('clusters.setMembers', { id: cluster.id, unitIds: [u.tdp5.id, u.tdp6.id] });
    const byCluster = await t.call(
      'movements.create',
      movementInput('Phong trào cụm 1', {
        scope: 'cluster',
        scopeClusterId: cluster.id,
        participants: { mode: 'cluster', clusterId: cluster.id, unitIds: [] },
      }),
    );
    expect(byCluster.scopeClusterName).toBe('Cụm thi đua số 1');
    expect(byCluster.units.map((x) => x.id).sort()).toEqual([u.tdp5.id, u.tdp6.id].sort());

    const picked = await t.call(
      'movements.create',
      movementInput('Phong trào trường học', {
        scope: 'unit',
        scopeUnitId: u.school.id,
        participants: { mode: 'picked', clusterId: null, unitIds: [u.school.id, u.school.id] },
      }),
    );
    expect(picked.units.map((x) => x.id)).toEqual([u.school.id]);
    expect(picked.participants).toEqual({ mode: 'picked', clusterId: null, unitIds: [u.school.id] });

    const noneLeft = await t.fail(
      'movements.create',
      movementInput('Trống', { participants: { mode: 'picked', clusterId: null, unitIds: [] } }),
    );
    expect(noneLeft.fields?.['participants.unitIds']).toBe('Vui lòng chọn ít nhất một đơn vị tham gia.');
    const missing = await t.fail(
      'movements.create',
      movementInput('Sai', { participants: { mode: 'picked', clusterId: null, unitIds: [999] } }),
    );
    expect(missing.code).toBe('VALIDATION');
    expect(missing.fields?.['participants.unitIds']).toMatch(/không tồn tại/);
  });

  it('refuses periods that the table would refuse, in Vietnamese', async () => {
    t = startTestCore();
    const backwards = await t.fail(
      'movements.create',
      movementInput('A', { periodFromYear: 2030, periodToYear: 2026 }),
    );
    expect(backwards.fields?.periodToYear).toBe('Năm kết thúc không được trước năm bắt đầu.');
    const outside = await t.fail(
      'movements.create',
      movementInput('B', { startsOn: '2025-12-01', endsOn: '2027-01-01' }),
    );
    expect(outside.fields?.startsOn).toBe('Ngày bắt đầu phải thuộc năm 2026.');
    expect(outside.fields?.endsOn).toBe('Ngày kết thúc phải thuộc năm 2026.');
    const reversed = await t.fail(
      'movements.create',
      movementInput('C', { startsOn: '2026-06-01', endsOn: '2026-05-01' }),
    );
    expect(reversed.fields?.endsOn).toBe('Ngày kết thúc không được trước ngày bắt đầu.');
    const weights = await t.fail(
      'movements.create',
      movementInput('D', {
        criteria: [
          { content: 'Một', target: '', weightPercent: 70 },
          { content: '', target: '', weightPercent: 101 },
        ],
      }),
    );
    expect(weights.fields?.['criteria.1.content']).toBe('Vui lòng nhập nội dung tiêu chí.');
    expect(weights.fields?.['criteria.1.weightPercent']).toBe('Trọng số phải từ 0 đến 100%.');
    const scope = await t.fail('movements.create', movementInput('E', { scope: 'cluster' }));
    expect(scope.fields?.scopeClusterId).toBe('Vui lòng chọn cụm, khối thi đua.');

    const campaign = await t.call(
      'movements.create',
      movementInput('Tháng hành động', { kind: 'periodic', startsOn: '2026-05-01', endsOn: '2026-05-31' }),
    );
    expect([campaign.startsOn, campaign.endsOn]).toEqual(['2026-05-01', '2026-05-31']);
  });

  it('lists by year covered, kind, status and folded search; archived ones only when asked', async () => {
    t = startTestCore();
    const long = await t.call(
      'movements.create',
      movementInput('Đô thị văn minh', { periodFromYear: 2026, periodToYear: 2030, docNumber: '45/KH-UBND' }),
    );
    const y2025 = await t.call(
      'movements.create',
      movementInput('Thi đua năm 2025', { periodFromYear: 2025, periodToYear: 2025 }),
    );
    const thematic = await t.call(
      'movements.create',
      movementInput('Chuyển đổi số', { kind: 'thematic', theme: 'Đưa dịch vụ công lên mạng' }),
    );
    const ids = async (q: object) => (await t.call('movements.list', q)).map((m) => m.id);

    expect(await ids({ year: 2028 })).toEqual([long.id]);
    expect(await ids({ year: 2025 })).toEqual([y2025.id]);
    expect((await ids({ year: 2026 })).sort()).toEqual([long.id, thematic.id].sort());
    expect(await ids({ kind: 'thematic' })).toEqual([thematic.id]);
    expect(await ids({ search: 'do thi VAN minh' })).toEqual([long.id]);
    expect(await ids({ search: '45/kh' })).toEqual([long.id]);
    expect(await ids({ search: 'dich vu cong' })).toEqual([thematic.id]);

    await t.call('movements.setStatus', { id: long.id, status: 'launched' });
    expect(await ids({ status: 'launched' })).toEqual([long.id]);

    await t.call('movements.archive', { id: y2025.id });
    expect(await ids({ year: 2025 })).toEqual([]);
    expect(await ids({ year: 2025, includeArchived: true })).toEqual([y2025.id]);
    const back = await t.call('movements.unarchive', { id: y2025.id });
    expect(back.archivedAt).toBeNull();
    const audit = await t.call('audit.list', { entity: 'movements', entityId: y2025.id });
    expect(audit.rows.map((r) => r.action)).toEqual(['update', 'update', 'create']);
  });

  it('updates criteria and participants in one audited change; an unchanged save records nothing', async () => {
    t = startTestCore();
    const u = await units(t);
    const m = await t.call(
      'movements.create',
      movementInput('Phong trào', { criteria: [{ content: 'Một', target: '', weightPercent: null }] }),
    );
    const values = movementInput('Phong trào', {
      criteria: [
        { content: 'Hai', target: '', weightPercent: 40 },
        { content: 'Một', target: '', weightPercent: null },
      ],
      participants: { mode: 'picked', clusterId: null, unitIds: [u.tdp5.id] },
    });
    const after = await t.call('movements.update', { id: m.id, values });
    expect(after.criteria.map((c) => c.content)).toEqual(['Hai', 'Một']);
    expect(after.units.map((x) => x.id)).toEqual([u.tdp5.id]);
    await t.call('movements.update', { id: m.id, values });
    const audit = await t.call('audit.list', { entity: 'movements', entityId: m.id });
    expect(audit.rows.map((r) => r.action)).toEqual(['update', 'create']);
  });
});
