import { afterEach, describe, expect, it } from 'vitest';
import { startTestCore, type TestCore } from '../../testing/core';
import { insertMovement, registrationFixture, unitRegistration } from './testing';

let t: TestCore;
afterEach(() => t?.close());

describe('registrations', () => {
  it('registers a unit for the year with its titles and commitments, with an audit row', async () => {
    t = startTestCore();
    const f = await registrationFixture(t);
    const created = await t.call(
      'registrations.create',
      unitRegistration(f.school.id, f.ttldtt, { commitments: '  Hoàn thành  100% chỉ tiêu ' }),
    );
    expect(created).toMatchObject({
      movementId: null,
      year: 2026,
      registrantKind: 'collective',
      registrantName: 'Trường THCS Lê Chân',
      registrantDetail: 'Cụm 1',
      titles: [{ id: f.ttldtt, name: 'Tập thể lao động tiên tiến' }],
      commitments: 'Hoàn thành 100% chỉ tiêu',
      status: 'not_sent',
      result: null,
    });
    const person = await t.call('registrations.create', {
      movementId: null,
      year: 2026,
      registrant: { kind: 'individual', id: f.an.id },
      titles: [f.cstd, f.ldtt, f.ldtt],
      commitments: '',
    });
    // Highest title first; a title picked twice is kept once.
    expect(person.titles.map((x) => x.name)).toEqual(['Chiến sĩ thi đua cơ sở', 'Lao động tiên tiến']);
    expect(person.registrantDetail).toBe('Trường THCS Lê Chân');

    const audit = await t.call('audit.list', { entity: 'registrations', entityId: created.id });
    expect(audit.rows.map((r) => r.action)).toEqual(['create']);
  });

  it('refuses a second registration of the same registrant for the same year (CONFLICT “đã đăng ký”)', async () => {
    t = startTestCore();
    const f = await registrationFixture(t);
    await t.call('registrations.create', unitRegistration(f.school.id, f.ttldtt));
    const error = await t.fail('registrations.create', unitRegistration(f.school.id, f.ttldtt));
    expect(error.code).toBe('CONFLICT');
    expect(error.message).toContain('“Trường THCS Lê Chân” đã đăng ký thi đua năm 2026');
    // Another year, or a movement, is another registration.
    await t.call('registrations.create', unitRegistration(f.school.id, f.ttldtt, { year: 2027 }));
    const movementId = insertMovement(t, 'Phong trào Thi đua yêu nước');
    await t.call('registrations.create', unitRegistration(f.school.id, f.ttldtt, { movementId }));
    const again = await t.fail(
      'registrations.create',
      unitRegistration(f.school.id, f.ttldtt, { movementId }),
    );
    expect(again.message).toContain('phong trào “Phong trào Thi đua yêu nước” năm 2026');
  });

  it('refuses titles that are not titles, retired, or not for the registrant’s kind', async () => {
    t = startTestCore();
    const f = await registrationFixture(t);
    const form = await t.fail('registrations.create', unitRegistration(f.school.id, f.giayKhen));
    expect(form.fields?.titles).toBe(
      '“Giấy khen của Chủ tịch UBND phường” là hình thức khen thưởng, không phải danh hiệu thi đua để đăng ký.',
    );
    const wrongKind = await t.fail('registrations.create', unitRegistration(f.school.id, f.ldtt));
    expect(wrongKind.message).toBe('“Lao động tiên tiến” không dành cho tập thể.');
    await t.call('catalogue.retire', { id: f.ttldtt });
    const retired = await t.fail('registrations.create', unitRegistration(f.school.id, f.ttldtt));
    expect(retired.message).toBe('“Tập thể lao động tiên tiến” đã ngừng sử dụng.');
    const none = await t.fail('registrations.create', {
      ...unitRegistration(f.school.id, f.ttldtt),
      titles: [],
    });
    expect(none.code).toBe('VALIDATION');
    expect(none.message).toContain('Vui lòng chọn ít nhất một danh hiệu đăng ký.');
  });

  it('refuses a year outside the movement’s period', async () => {
    t = startTestCore();
    const f = await registrationFixture(t);
    const movementId = insertMovement(t, 'Phong trào 2026', { from: 2026, to: 2026 });
    const error = await t.fail(
      'registrations.create',
      unitRegistration(f.school.id, f.ttldtt, { movementId, year: 2027 }),
    );
    expect(error.fields?.year).toBe(
      'Năm đăng ký phải nằm trong thời gian của phong trào “Phong trào 2026” (năm 2026).',
    );
  });

  it('edits titles and commitments until approved; lists with filters and search without tones', async () => {
    t = startTestCore();
    const f = await registrationFixture(t);
    const r = await t.call('registrations.create', unitRegistration(f.school.id, f.ttldtt));
    await t.call('registrations.create', unitRegistration(f.clinic.id, f.ttldtt));
    await t.call('registrations.create', {
      movementId: null,
      year: 2026,
      registrant: { kind: 'household', id: f.household.id },
      titles: [f.gdvh],
      commitments: '',
    });
    const edited = await t.call('registrations.update', { id: r.id, titles: [f.ttldtt], commitments: 'Mới' });
    expect(edited.commitments).toBe('Mới');

    const all = await t.call('registrations.list', { year: 2026 });
    expect(all.map((x) => x.registrantName)).toEqual([
      'Trạm y tế phường',
      'Trường THCS Lê Chân',
      'Lê Văn Cường',
    ]);
    expect((await t.call('registrations.list', { search: 'truong thcs' })).map((x) => x.id)).toEqual([r.id]);
    expect((await t.call('registrations.list', { registrantKind: 'household' })).length).toBe(1);
    expect((await t.call('registrations.list', { clusterId: f.cluster.id })).length).toBe(2);
    expect((await t.call('registrations.list', { unitId: f.clinic.id })).length).toBe(1);
    expect((await t.call('registrations.list', { movementId: 1 })).length).toBe(0);

    await t.call('registrations.send', { id: r.id });
    await t.call('registrations.approve', { id: r.id });
    const error = await t.fail('registrations.update', { id: r.id, titles: [f.ttldtt], commitments: '' });
    expect(error).toMatchObject({ code: 'CONFLICT', message: 'Đăng ký đã được duyệt nên không sửa được.' });
  });

  it('refuses registrants that stopped or are in the trash', async () => {
    t = startTestCore();
    const f = await registrationFixture(t);
    await t.call('units.deactivate', { id: f.group.id, activeTo: '2026-11-01', reason: '' });
    const error = await t.fail('registrations.create', unitRegistration(f.group.id, f.ttldtt));
    expect(error.message).toBe('“Tổ dân phố số 3” đã ngừng hoạt động nên không đăng ký thi đua được.');
    await t.call('households.delete', { id: f.household.id });
    const trashed = await t.fail('registrations.create', {
      movementId: null,
      year: 2026,
      registrant: { kind: 'household', id: f.household.id },
      titles: [f.gdvh],
      commitments: '',
    });
    expect(trashed.fields?.registrant).toBe('“Lê Văn Cường” đang ở thùng rác.');
  });
});
