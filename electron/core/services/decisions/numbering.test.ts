import { afterEach, describe, expect, it } from 'vitest';
import { startTestCore, type TestCore } from '../../testing/core';
import { decisionInput, draftWith, newPerson, setSettings } from './test-support';

let t: TestCore;
afterEach(() => t?.close());

describe('decision numbers', () => {
  it('prints numbers below 10 with a leading zero and the suffix in settings', async () => {
    t = startTestCore();
    const d = await t.call('decisions.create', decisionInput({ number: 5 }));
    expect(d).toMatchObject({ number: 5, numberText: '05/QĐ-UBND', status: 'draft', year: 2026 });
    await setSettings(t, { decisionSuffix: 'QĐ-CT' });
    expect((await t.call('decisions.create', decisionInput({ number: 12 }))).numberText).toBe('12/QĐ-CT');
    const stored = t.core.services.db
      .prepare('SELECT number_text, search_text FROM decisions WHERE id = ?')
      .get(d.id);
    expect(stored).toEqual({
      number_text: '05/QĐ-UBND',
      search_text: '05/qd-ubnd ve viec tang giay khen nam 2026',
    });
  });

  it('suggests the largest number of the year + 1, cancelled included, restarting each year', async () => {
    t = startTestCore();
    expect(await t.call('decisions.suggestNumber', { year: 2026 })).toEqual({
      number: 1,
      numberText: '01/QĐ-UBND',
    });
    const p = await newPerson(t, 'Nguyễn Văn An');
    const d = await draftWith(t, 'lao_dong_tien_tien', [{ kind: 'individual', id: p }], { number: 7 });
    await t.call('decisions.sign', { id: d.id });
    await t.call('decisions.cancel', { id: d.id, reason: 'Ban hành nhầm' });
    await t.call('decisions.create', decisionInput({ number: 3 }));
    expect((await t.call('decisions.suggestNumber', { year: 2026 })).number).toBe(8);
    expect(await t.call('decisions.suggestNumber', { year: 2027 })).toEqual({
      number: 1,
      numberText: '01/QĐ-UBND',
    });
    // The same number in another year is another decision.
    const next = await t.call(
      'decisions.create',
      decisionInput({ year: 2027, decisionDate: '2027-01-10', number: 7 }),
    );
    expect(next.numberText).toBe('07/QĐ-UBND');
  });

  it('refuses a number already used in the year, on the number field', async () => {
    t = startTestCore();
    await t.call('decisions.create', decisionInput({ number: 5 }));
    const error = await t.fail('decisions.create', decisionInput({ number: 5 }));
    expect(error).toMatchObject({
      code: 'CONFLICT',
      message: 'Số 05/QĐ-UBND đã được dùng trong năm 2026.',
      fields: { number: 'Số 05/QĐ-UBND đã được dùng trong năm 2026.' },
    });
    const other = await t.call('decisions.create', decisionInput({ number: 6 }));
    expect(
      (await t.fail('decisions.update', { id: other.id, values: decisionInput({ number: 5 }) })).code,
    ).toBe('CONFLICT');
    expect((await t.call('decisions.list', {})).length).toBe(2);
  });

  it('gives a draft signed without a number the next free one', async () => {
    t = startTestCore();
    await t.call('decisions.create', decisionInput({ number: 9 }));
    const p = await newPerson(t, 'Nguyễn Văn An');
    const d = await draftWith(t, 'lao_dong_tien_tien', [{ kind: 'individual', id: p }]);
    expect(d.number).toBeNull();
    expect(await t.call('decisions.sign', { id: d.id })).toMatchObject({
      number: 10,
      numberText: '10/QĐ-UBND',
    });
  });

  it('lists newest first, drafts without a number first in their year, without trashed drafts', async () => {
    t = startTestCore();
    const a = await t.call('decisions.create', decisionInput({ number: 1 }));
    const b = await t.call(
      'decisions.create',
      decisionInput({ number: 2, subject: 'Về việc khen Đặng Đức' }),
    );
    const c = await t.call('decisions.create', decisionInput({ number: null }));
    const old = await t.call(
      'decisions.create',
      decisionInput({ year: 2025, decisionDate: '2025-12-01', number: 40 }),
    );
    const gone = await t.call('decisions.create', decisionInput({ number: null }));
    await t.call('decisions.delete', { id: gone.id });
    expect((await t.call('decisions.list', {})).map((d) => d.id)).toEqual([c.id, b.id, a.id, old.id]);
    expect((await t.call('decisions.list', { search: 'dang duc' })).map((d) => d.id)).toEqual([b.id]);
    expect((await t.call('decisions.list', { year: 2025 })).map((d) => d.id)).toEqual([old.id]);
    expect((await t.fail('decisions.get', { id: gone.id })).code).toBe('NOT_FOUND');
    const trash = await t.call('trash.list', { kind: 'decisions' });
    expect(trash.rows.map((r) => r.id)).toEqual([gone.id]);
  });
});
