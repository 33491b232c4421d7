import { afterEach, describe, expect, it } from 'vitest';
import { startTestCore, type TestCore } from '../../testing/core';
import { decisionInput, draftWith, newPerson, newUnit, setSettings, snapshot } from './test-support';

let t: TestCore;
afterEach(() => t?.close());

const registers = async (id: number) =>
  (await t.call('decisions.lines', { id })).map((l) => [l.name, l.registerYear, l.registerNumber]);

async function signedWith(names: string[], more: Parameters<typeof draftWith>[3] = {}) {
  const people = [];
  for (const n of names) people.push({ kind: 'individual' as const, id: await newPerson(t, n) });
  const d = await draftWith(t, 'giay_khen_chu_tich_phuong', people, more);
  return t.call('decisions.sign', { id: d.id });
}

describe('signing a decision', () => {
  it('lists every missing item in one message with its field, and changes nothing', async () => {
    t = startTestCore();
    const d = await t.call(
      'decisions.create',
      decisionInput({ decisionDate: null, signer: null, subject: '', catalogueId: null }),
    );
    const before = snapshot(t);
    const error = await t.fail('decisions.sign', { id: d.id });
    expect(error.code).toBe('VALIDATION');
    expect(error.message).toBe(
      'Chưa ký được quyết định vì còn thiếu: ngày quyết định; người ký; trích yếu; danh hiệu, hình thức khen thưởng; danh sách khen thưởng (ít nhất một dòng).',
    );
    expect(Object.keys(error.fields ?? {}).sort()).toEqual([
      'catalogueId',
      'decisionDate',
      'lines',
      'signer',
      'subject',
    ]);
    expect(snapshot(t)).toEqual(before);
    expect((await t.call('decisions.get', { id: d.id })).status).toBe('draft');
  });

  it('signs: status, signer on behalf, frozen money, số sổ vàng and an audit row “sign”', async () => {
    t = startTestCore();
    const d = await signedWith(['Nguyễn Văn An', 'Trần Thị Bình'], { number: 5 });
    expect(d).toMatchObject({
      status: 'signed',
      numberText: '05/QĐ-UBND',
      signer: { kind: 'vice', name: 'Trần Văn Hùng', title: 'Phó Chủ tịch' },
      signedAt: '2026-11-26T09:00:00.000Z',
      totalAmount: 1_520_000,
    });
    const row = t.core.services.db
      .prepare('SELECT signer_on_behalf, legal_bases FROM decisions WHERE id = ?')
      .get(d.id);
    expect(row).toEqual({
      signer_on_behalf: 1,
      legal_bases: JSON.stringify(['Căn cứ Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022']),
    });
    expect(await registers(d.id)).toEqual([
      ['Nguyễn Văn An', 2026, 1],
      ['Trần Thị Bình', 2026, 2],
    ]);
    const audit = await t.call('audit.list', { entity: 'decisions', entityId: d.id, action: 'sign' });
    expect(audit.total).toBe(1);
    // A signed decision is frozen: no edit, no list change; corrections go through “Đính chính”.
    const refused = await t.fail('decisions.update', {
      id: d.id,
      values: decisionInput({ number: 5, subject: 'Khác' }),
    });
    expect(refused.code).toBe('CONFLICT');
    expect(refused.message).toContain('Đính chính');
    expect(
      (
        await t.fail('decisions.addRecipients', {
          decisionId: d.id,
          recipients: [{ kind: 'individual', id: 1 }],
        })
      ).code,
    ).toBe('CONFLICT');
    expect((await t.fail('decisions.sign', { id: d.id })).code).toBe('CONFLICT');
    expect((await t.fail('decisions.delete', { id: d.id })).code).toBe('CONFLICT');
  });

  it('numbers the register in print order: collectives first, then people, by name when so ordered', async () => {
    t = startTestCore();
    const people = [
      { kind: 'individual' as const, id: await newPerson(t, 'Trần Thị Bình') },
      { kind: 'individual' as const, id: await newPerson(t, 'Nguyễn Văn An') },
      { kind: 'collective' as const, id: await newUnit(t, 'Trường Mầm non Hoa Sen') },
    ];
    const d = await draftWith(t, 'giay_khen_chu_tich_phuong', people, { recipientOrder: 'vietnamese' });
    await t.call('decisions.sign', { id: d.id });
    expect(await registers(d.id)).toEqual([
      ['Trường Mầm non Hoa Sen', 2026, 1],
      ['Nguyễn Văn An', 2026, 2],
      ['Trần Thị Bình', 2026, 3],
    ]);
  });

  it('restarts số sổ vàng each year by default and never reuses a cancelled decision’s numbers', async () => {
    t = startTestCore();
    const first = await signedWith(['Nguyễn Văn An', 'Trần Thị Bình']);
    await t.call('decisions.cancel', { id: first.id, reason: 'Ban hành nhầm' });
    const second = await signedWith(['Lê Văn Cường']);
    expect(await registers(second.id)).toEqual([['Lê Văn Cường', 2026, 3]]);
    const next = await signedWith(['Phạm Thị Dung'], { year: 2027, decisionDate: '2027-01-15' });
    expect(await registers(next.id)).toEqual([['Phạm Thị Dung', 2027, 1]]);
    // The cancelled decision keeps its numbers.
    expect(await registers(first.id)).toEqual([
      ['Nguyễn Văn An', 2026, 1],
      ['Trần Thị Bình', 2026, 2],
    ]);
  });

  it('runs one register across years when set to a single register', async () => {
    t = startTestCore();
    await setSettings(t, { registerNumbering: 'single' });
    await signedWith(['Nguyễn Văn An', 'Trần Thị Bình'], { year: 2025, decisionDate: '2025-12-20' });
    const next = await signedWith(['Lê Văn Cường'], { year: 2026, decisionDate: '2026-01-05' });
    expect(await registers(next.id)).toEqual([['Lê Văn Cường', 2026, 3]]);
  });

  it('refuses signing when no base salary is in force on the decision date', async () => {
    t = startTestCore();
    const d = await draftWith(
      t,
      'giay_khen_chu_tich_phuong',
      [{ kind: 'individual', id: await newPerson(t, 'An') }],
      {
        year: 2020,
        decisionDate: '2020-05-01',
      },
    );
    const error = await t.fail('decisions.sign', { id: d.id });
    expect(error.message).toContain('mức lương cơ sở áp dụng vào ngày 01/05/2020');
  });
});

describe('cancelling and deleting', () => {
  it('cancels a signed decision with its reason; a draft is deleted to the trash instead', async () => {
    t = startTestCore();
    const d = await signedWith(['Nguyễn Văn An']);
    const cancelled = await t.call('decisions.cancel', { id: d.id, reason: 'Ban hành nhầm đối tượng' });
    expect(cancelled).toMatchObject({ status: 'cancelled', cancelReason: 'Ban hành nhầm đối tượng' });
    expect(
      (await t.call('audit.list', { entity: 'decisions', entityId: d.id, action: 'cancel' })).total,
    ).toBe(1);
    expect((await t.fail('decisions.cancel', { id: d.id, reason: 'x' })).code).toBe('CONFLICT');

    const draft = await t.call('decisions.create', decisionInput());
    const refused = await t.fail('decisions.cancel', { id: draft.id, reason: 'x' });
    expect(refused.message).toBe('Dự thảo chưa ký nên không cần hủy: hãy xóa dự thảo.');
    expect(await t.call('decisions.delete', { id: draft.id })).toEqual({ id: draft.id });
    expect((await t.call('decisions.list', {})).map((x) => x.id)).toEqual([d.id]);
    await t.call('trash.restore', { kind: 'decisions', id: draft.id });
    expect((await t.call('decisions.list', {})).length).toBe(2);
  });
});
