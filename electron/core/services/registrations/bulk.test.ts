import { afterEach, describe, expect, it } from 'vitest';
import { startTestCore, unitInput, type TestCore } from '../../testing/core';
import { insertMovement, registrationFixture, unitRegistration } from './testing';

let t: TestCore;
afterEach(() => t?.close());

const bulk = (movementId: number | null, target: object, titles: number[]) => ({
  movementId,
  year: 2026,
  target: target as { by: 'participants' },
  titles,
  commitments: 'Cam kết chung',
});

describe('registering many units, and who has not registered', () => {
  it('registers every unit of a cluster in one step, skipping those already registered', async () => {
    t = startTestCore();
    const f = await registrationFixture(t);
    await t.call('registrations.create', unitRegistration(f.school.id, f.ttldtt));
    const result = await t.call(
      'registrations.bulkRegister',
      bulk(null, { by: 'cluster', clusterId: f.cluster.id }, [f.ttldtt]),
    );
    expect(result).toEqual({ created: 1, skipped: [{ name: 'Trường THCS Lê Chân', reason: 'Đã đăng ký.' }] });
    const clinic = (await t.call('registrations.list', { unitId: f.clinic.id }))[0]!;
    expect(clinic).toMatchObject({ commitments: 'Cam kết chung', status: 'not_sent' });
    const audit = await t.call('audit.list', { entity: 'registrations', entityId: clinic.id });
    expect(audit.rows.map((r) => r.action)).toEqual(['create']);
  });

  it('registers a movement’s participants, skipping the inactive and the registered', async () => {
    t = startTestCore();
    const f = await registrationFixture(t);
    const old = await t.call('units.create', unitInput('Hợp tác xã cũ'));
    const movementId = insertMovement(t, 'Phong trào Thi đua yêu nước', {
      unitIds: [f.school.id, f.clinic.id, f.group.id, old.id],
    });
    await t.call('units.deactivate', { id: old.id, activeTo: '2026-10-01', reason: '' });
    await t.call('registrations.create', unitRegistration(f.group.id, f.ttldtt, { movementId }));

    const result = await t.call(
      'registrations.bulkRegister',
      bulk(movementId, { by: 'participants' }, [f.ttldtt]),
    );
    expect(result.created).toBe(2);
    expect(result.skipped).toEqual([
      { name: 'Hợp tác xã cũ', reason: 'Đã ngừng hoạt động.' },
      { name: 'Tổ dân phố số 3', reason: 'Đã đăng ký.' },
    ]);
    expect((await t.call('registrations.list', { movementId })).length).toBe(3);
    // Year-only registrations are a different scope.
    expect((await t.call('registrations.list', { movementId: null })).length).toBe(0);

    const noMovement = await t.fail(
      'registrations.bulkRegister',
      bulk(null, { by: 'participants' }, [f.ttldtt]),
    );
    expect(noMovement.code).toBe('VALIDATION');
  });

  it('refuses the whole bulk registration when a title does not fit units (nothing written)', async () => {
    t = startTestCore();
    const f = await registrationFixture(t);
    const error = await t.fail(
      'registrations.bulkRegister',
      bulk(null, { by: 'units', unitIds: [f.school.id, f.clinic.id] }, [f.ldtt]),
    );
    expect(error.message).toBe('“Lao động tiên tiến” không dành cho tập thể.');
    expect(await t.call('registrations.list', {})).toEqual([]);
  });

  it('lists units not yet registered with their clusters, and counts by status', async () => {
    t = startTestCore();
    const f = await registrationFixture(t);
    const r = await t.call('registrations.create', unitRegistration(f.school.id, f.ttldtt));
    await t.call('registrations.send', { id: r.id });
    await t.call('registrations.create', {
      movementId: null,
      year: 2026,
      registrant: { kind: 'individual', id: f.an.id },
      titles: [f.ldtt],
      commitments: '',
    });

    const missing = await t.call('registrations.notRegistered', { movementId: null, year: 2026 });
    expect(missing).toEqual({
      expected: 3,
      units: [
        { unitId: f.group.id, name: 'Tổ dân phố số 3', clusters: [] },
        { unitId: f.clinic.id, name: 'Trạm y tế phường', clusters: ['Cụm 1'] },
      ],
    });
    expect(await t.call('registrations.summary', { year: 2026 })).toEqual({
      expected: 3,
      registered: 1,
      notRegistered: 2,
      byStatus: { not_sent: 1, sent: 1, approved: 0, returned: 0 },
    });

    const movementId = insertMovement(t, 'Phong trào chuyên đề', { unitIds: [f.clinic.id] });
    const inMovement = await t.call('registrations.notRegistered', { movementId, year: 2026 });
    expect(inMovement.units.map((u) => u.name)).toEqual(['Trạm y tế phường']);
  });
});
