import { afterEach, describe, expect, it } from 'vitest';
import { startTestCore, TEST_NOW, type TestCore } from '../../testing/core';
import { insertMovement, registrationFixture, setMovementStatus, unitRegistration } from './testing';

let t: TestCore;
afterEach(() => t?.close());

describe('the registration review', () => {
  it('goes chưa gửi → đã gửi → đã duyệt, then records the year-end result', async () => {
    t = startTestCore();
    const f = await registrationFixture(t);
    const r = await t.call('registrations.create', unitRegistration(f.school.id, f.ttldtt));
    const sent = await t.call('registrations.send', { id: r.id });
    expect(sent).toMatchObject({ status: 'sent', sentAt: TEST_NOW, reviewedAt: null });
    const approved = await t.call('registrations.approve', { id: r.id });
    expect(approved).toMatchObject({ status: 'approved', reviewedAt: TEST_NOW });
    const result = await t.call('registrations.setResult', {
      id: r.id,
      result: 'achieved',
      note: 'Đạt 100% chỉ tiêu',
    });
    expect(result).toMatchObject({ result: 'achieved', resultNote: 'Đạt 100% chỉ tiêu' });
    const cleared = await t.call('registrations.setResult', { id: r.id, result: null, note: 'x' });
    expect(cleared).toMatchObject({ result: null, resultNote: null });

    const audit = await t.call('audit.list', { entity: 'registrations', entityId: r.id });
    expect(audit.rows).toHaveLength(5);
  });

  it('refuses illegal moves with Vietnamese messages', async () => {
    t = startTestCore();
    const f = await registrationFixture(t);
    const r = await t.call('registrations.create', unitRegistration(f.school.id, f.ttldtt));
    expect(await t.fail('registrations.approve', { id: r.id })).toMatchObject({
      code: 'CONFLICT',
      message: 'Đăng ký đang ở trạng thái “Chưa gửi” nên không duyệt được (chỉ duyệt đăng ký đã gửi).',
    });
    expect((await t.fail('registrations.return', { id: r.id, reason: 'Thiếu' })).message).toBe(
      'Đăng ký đang ở trạng thái “Chưa gửi” nên không trả lại được (chỉ trả lại đăng ký đã gửi).',
    );
    expect(
      (await t.fail('registrations.setResult', { id: r.id, result: 'achieved', note: '' })).message,
    ).toBe(
      'Đăng ký đang ở trạng thái “Chưa gửi” nên chưa ghi kết quả được (chỉ ghi kết quả cho đăng ký đã duyệt).',
    );
    await t.call('registrations.send', { id: r.id });
    expect((await t.fail('registrations.send', { id: r.id })).message).toBe(
      'Đăng ký đang ở trạng thái “Đã gửi” nên không gửi được.',
    );
    expect((await t.fail('registrations.delete', { id: r.id })).message).toBe(
      'Đăng ký đang ở trạng thái “Đã gửi” nên không xóa được.',
    );
    await t.call('registrations.approve', { id: r.id });
    expect((await t.fail('registrations.return', { id: r.id, reason: 'Muộn' })).code).toBe('CONFLICT');
  });

  it('returns a sent registration only with a reason; it can be sent again', async () => {
    t = startTestCore();
    const f = await registrationFixture(t);
    const r = await t.call('registrations.create', unitRegistration(f.school.id, f.ttldtt));
    await t.call('registrations.send', { id: r.id });
    const blank = await t.fail('registrations.return', { id: r.id, reason: '   ' });
    expect(blank.code).toBe('VALIDATION');
    expect(blank.fields?.reason).toBe('Vui lòng nhập lý do trả lại.');
    const returned = await t.call('registrations.return', { id: r.id, reason: 'Thiếu nội dung cam kết' });
    expect(returned).toMatchObject({ status: 'returned', returnReason: 'Thiếu nội dung cam kết' });
    const audit = await t.call('audit.list', { entity: 'registrations', entityId: r.id });
    expect(audit.rows[0]!.note).toBe('Thiếu nội dung cam kết');
    expect(await t.call('registrations.send', { id: r.id })).toMatchObject({
      status: 'sent',
      returnReason: null,
    });
  });

  it('deletes a registration not sent (or returned) for good, recording it', async () => {
    t = startTestCore();
    const f = await registrationFixture(t);
    const r = await t.call('registrations.create', unitRegistration(f.school.id, f.ttldtt));
    expect(await t.call('registrations.delete', { id: r.id })).toEqual({ id: r.id });
    expect((await t.fail('registrations.get', { id: r.id })).code).toBe('NOT_FOUND');
    const audit = await t.call('audit.list', { entity: 'registrations', entityId: r.id });
    expect(audit.rows.map((x) => x.action)).toEqual(['delete', 'create']);
  });

  it('refuses every write to a registration of a closed movement; reads still work', async () => {
    t = startTestCore();
    const f = await registrationFixture(t);
    const movementId = insertMovement(t, 'Phong trào Xanh - Sạch - Đẹp', {
      unitIds: [f.school.id, f.clinic.id],
    });
    const r = await t.call('registrations.create', unitRegistration(f.school.id, f.ttldtt, { movementId }));
    setMovementStatus(t, movementId, 'closed');
    const closed =
      'Phong trào “Phong trào Xanh - Sạch - Đẹp” đã kết thúc; hãy mở lại phong trào trước khi thay đổi.';
    for (const error of [
      await t.fail('registrations.send', { id: r.id }),
      await t.fail('registrations.update', { id: r.id, titles: [f.ttldtt], commitments: 'x' }),
      await t.fail('registrations.delete', { id: r.id }),
      await t.fail('registrations.create', unitRegistration(f.clinic.id, f.ttldtt, { movementId })),
      await t.fail('registrations.bulkRegister', {
        movementId,
        year: 2026,
        target: { by: 'participants' },
        titles: [f.ttldtt],
        commitments: '',
      }),
    ])
      expect(error).toMatchObject({ code: 'CONFLICT', message: closed });
    expect((await t.call('registrations.list', { movementId })).length).toBe(1);
    expect((await t.call('registrations.notRegistered', { movementId, year: 2026 })).units.length).toBe(1);
  });
});
