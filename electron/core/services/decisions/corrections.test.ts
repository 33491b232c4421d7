import { afterEach, describe, expect, it } from 'vitest';
import { startTestCore, type TestCore } from '../../testing/core';
import { catalogueId, decisionInput, draftWith, newPerson, setSettings } from './test-support';

let t: TestCore;
afterEach(() => t?.close());

async function signed() {
  await setSettings(t, { officerName: 'Đỗ Thu Hà' });
  const p = await newPerson(t, 'Nguyễn Văn An');
  const d = await draftWith(t, 'giay_khen_chu_tich_phuong', [{ kind: 'individual', id: p }], { number: 5 });
  return t.call('decisions.sign', { id: d.id });
}

describe('correcting a signed decision (Đính chính)', () => {
  it('records who, when, why and only the changed fields, with an audit row “correct”', async () => {
    t = startTestCore();
    const d = await signed();
    const values = decisionInput({ number: 6, decisionDate: '2026-07-08', catalogueId: d.catalogueId });
    const corrected = await t.call('decisions.correct', {
      id: d.id,
      values,
      reason: 'Sai số và ngày do đánh máy',
    });
    expect(corrected).toMatchObject({
      status: 'signed',
      numberText: '06/QĐ-UBND',
      decisionDate: '2026-07-08',
    });
    // Money and register numbers stay as signed.
    expect(corrected.totalAmount).toBe(760_000);

    const stored = t.core.services.db
      .prepare('SELECT actor, reason, before_json, after_json FROM decision_corrections')
      .all();
    expect(stored).toEqual([
      {
        actor: 'Đỗ Thu Hà',
        reason: 'Sai số và ngày do đánh máy',
        before_json: JSON.stringify({ numberText: '05/QĐ-UBND', decisionDate: '2026-07-05' }),
        after_json: JSON.stringify({ numberText: '06/QĐ-UBND', decisionDate: '2026-07-08' }),
      },
    ]);
    expect(await t.call('decisions.corrections', { id: d.id })).toEqual([
      {
        id: expect.any(Number),
        at: '2026-11-26T09:00:00.000Z',
        actor: 'Đỗ Thu Hà',
        reason: 'Sai số và ngày do đánh máy',
        changes: [
          { field: 'Số quyết định', before: '05/QĐ-UBND', after: '06/QĐ-UBND' },
          { field: 'Ngày quyết định', before: '05/07/2026', after: '08/07/2026' },
        ],
      },
    ]);
    const audit = await t.call('audit.list', { entity: 'decisions', entityId: d.id, action: 'correct' });
    expect(audit.total).toBe(1);
  });

  it('refuses a correction that changes nothing, a taken number, drafts, and emptying what signing required', async () => {
    t = startTestCore();
    const d = await signed();
    const same = decisionInput({ number: 5, catalogueId: d.catalogueId });
    expect((await t.fail('decisions.correct', { id: d.id, values: same, reason: 'Thử' })).message).toBe(
      'Không có thay đổi nào để đính chính.',
    );
    await t.call('decisions.create', decisionInput({ number: 9 }));
    const taken = await t.fail('decisions.correct', {
      id: d.id,
      values: decisionInput({ number: 9, catalogueId: d.catalogueId }),
      reason: 'Sai số',
    });
    expect(taken).toMatchObject({
      code: 'CONFLICT',
      fields: { number: 'Số 09/QĐ-UBND đã được dùng trong năm 2026.' },
    });
    const emptied = await t.fail('decisions.correct', {
      id: d.id,
      values: decisionInput({ number: 5, signer: null, catalogueId: d.catalogueId }),
      reason: 'Bỏ người ký',
    });
    expect(emptied.fields?.signer).toBe('Quyết định đã ký phải có người ký.');
    const draft = await t.call(
      'decisions.create',
      decisionInput({ catalogueId: await catalogueId(t, 'lao_dong_tien_tien') }),
    );
    expect(
      (await t.fail('decisions.correct', { id: draft.id, values: decisionInput(), reason: 'x' })).code,
    ).toBe('CONFLICT');
    expect(await t.call('decisions.corrections', { id: d.id })).toEqual([]);
  });

  it('corrects a printed line of a signed decision and records it as a correction', async () => {
    t = startTestCore();
    const d = await signed();
    const [line] = await t.call('decisions.lines', { id: d.id });
    const fixed = await t.call('decisions.correctLine', {
      lineId: line!.id,
      name: 'Nguyễn Văn Ân',
      positionUnit: 'Tổ trưởng',
      achievement: '',
      reason: 'Sai dấu tên',
    });
    expect(fixed).toMatchObject({
      name: 'Nguyễn Văn Ân',
      positionUnit: 'Tổ trưởng',
      amount: 760_000,
      registerNumber: 1,
    });
    const [c] = await t.call('decisions.corrections', { id: d.id });
    expect(c!.changes).toEqual([
      { field: 'Tên (dòng “Nguyễn Văn Ân”)', before: 'Nguyễn Văn An', after: 'Nguyễn Văn Ân' },
      { field: 'Chức vụ, đơn vị (dòng “Nguyễn Văn Ân”)', before: '(trống)', after: 'Tổ trưởng' },
    ]);
    expect(
      (await t.call('audit.list', { entity: 'decisions', entityId: d.id, action: 'correct' })).total,
    ).toBe(1);
    // On a draft, lines are edited directly instead.
    const draft = await draftWith(t, 'lao_dong_tien_tien', [
      { kind: 'individual', id: await newPerson(t, 'Lê Văn Cường') },
    ]);
    const [draftLine] = await t.call('decisions.lines', { id: draft.id });
    const refused = await t.fail('decisions.correctLine', {
      lineId: draftLine!.id,
      name: 'Lê Văn Cường',
      positionUnit: '',
      achievement: '',
      reason: 'x',
    });
    expect(refused.code).toBe('CONFLICT');
  });
});
