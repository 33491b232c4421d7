import { afterEach, describe, expect, it } from 'vitest';
import { startTestCore, type TestCore } from '../../testing/core';
import {
  catalogueId,
  decisionInput,
  draftWith,
  newHousehold,
  newPerson,
  newUnit,
  setSettings,
} from './test-support';
import type { RecipientKind } from '../../../../shared/domain/awards';

let t: TestCore;
afterEach(() => t?.close());

// Every default catalogue entry (migration 005) × each recipient kind it allows: the amount on a
// decision dated the day before and the day the base salary rose (2,340,000 → 2,530,000).
const EXPECTED: [code: string, kind: RecipientKind, before: number, after: number][] = [
  ['lao_dong_tien_tien', 'individual', 710_000, 760_000],
  ['chien_si_thi_dua_co_so', 'individual', 2_340_000, 2_530_000],
  ['tap_the_lao_dong_tien_tien', 'collective', 1_880_000, 2_030_000],
  ['tap_the_lao_dong_xuat_sac', 'collective', 0, 0],
  ['gia_dinh_van_hoa', 'household', 0, 0],
  ['to_dan_pho_van_hoa', 'collective', 3_510_000, 3_800_000],
  ['giay_khen_chu_tich_phuong', 'collective', 1_410_000, 1_520_000],
  ['giay_khen_chu_tich_phuong', 'individual', 710_000, 760_000],
  ['giay_khen_chu_tich_phuong', 'household', 1_060_000, 1_140_000],
  ['bang_khen_chu_tich_thanh_pho', 'collective', 0, 0],
  ['bang_khen_chu_tich_thanh_pho', 'individual', 0, 0],
  ['bang_khen_chu_tich_thanh_pho', 'household', 0, 0],
];

async function recipientOf(kind: RecipientKind): Promise<number> {
  if (kind === 'individual') return newPerson(t, 'Nguyễn Văn An');
  if (kind === 'collective') return newUnit(t, 'Tổ dân phố 1');
  return newHousehold(t, 'Phạm Thị Hoa', 'Số 3 ngõ 5');
}

const lineOf = async (decisionId: number) => (await t.call('decisions.lines', { id: decisionId }))[0]!;

describe('award money of a decision’s lines', () => {
  it('computes every default award for each allowed kind on the base salary of the decision date', async () => {
    t = startTestCore();
    const seen: string[] = [];
    for (const [code, kind, before, after] of EXPECTED) {
      for (const [date, amount, salary] of [
        ['2026-06-30', before, 2_340_000],
        ['2026-07-01', after, 2_530_000],
      ] as const) {
        // A new recipient each time: the same title signed twice for one period is paid once.
        const id = await recipientOf(kind);
        const d = await draftWith(t, code, [{ kind, id }], { decisionDate: date });
        const line = await lineOf(d.id);
        expect({ code, kind, date, amount: line.amount, paid: line.paid }).toEqual({
          code,
          kind,
          date,
          amount,
          paid: true,
        });
        // An award without a coefficient carries no money and keeps no base salary.
        expect(line.baseSalaryUsed).toBe(amount === 0 ? null : salary);
        expect((await t.call('decisions.get', { id: d.id })).totalAmount).toBe(amount);
        // Signing recomputes on the same date and freezes the same amount.
        const signed = await t.call('decisions.sign', { id: d.id });
        expect(signed.totalAmount).toBe(amount);
      }
      seen.push(`${code}/${kind}`);
    }
    // The table above covers every allowed kind of every default entry.
    const all = (await t.call('catalogue.list', {})).filter((e) => e.code !== null);
    const allowed = all.flatMap((e) =>
      (['collective', 'individual', 'household'] as const)
        .filter((k) => e[`allows${k[0]!.toUpperCase()}${k.slice(1)}` as 'allowsIndividual'])
        .map((k) => `${e.code}/${k}`),
    );
    expect(seen.sort()).toEqual(allowed.sort());
  });

  it('rounds household money as set: 1,060,000 or 1,070,000 at 2,340,000 for Giấy khen', async () => {
    t = startTestCore();
    const h = await newHousehold(t, 'Phạm Thị Hoa');
    const d = await draftWith(t, 'giay_khen_chu_tich_phuong', [{ kind: 'household', id: h }], {
      decisionDate: '2026-06-30',
    });
    expect((await lineOf(d.id)).amount).toBe(1_060_000);
    await setSettings(t, { householdRounding: 'round-then-multiply' });
    // Any change of a draft recomputes its money with the settings now in force.
    await t.call('decisions.update', {
      id: d.id,
      values: decisionInput({ decisionDate: '2026-06-30', catalogueId: d.catalogueId, subject: 'Khác' }),
    });
    expect((await lineOf(d.id)).amount).toBe(1_070_000);
  });

  it('uses today’s base salary for an undated draft and follows a date change', async () => {
    t = startTestCore(); // today is 26/11/2026
    const p = await newPerson(t, 'Nguyễn Văn An');
    const gk = await catalogueId(t, 'giay_khen_chu_tich_phuong');
    const d = await draftWith(t, 'giay_khen_chu_tich_phuong', [{ kind: 'individual', id: p }], {
      decisionDate: null,
    });
    expect(await lineOf(d.id)).toMatchObject({ amount: 760_000, baseSalaryUsed: 2_530_000 });
    await t.call('decisions.update', {
      id: d.id,
      values: decisionInput({ decisionDate: '2026-03-01', catalogueId: gk }),
    });
    expect(await lineOf(d.id)).toMatchObject({ amount: 710_000, baseSalaryUsed: 2_340_000 });
  });

  it('pays only the highest title of a period; a form beside a title is paid too', async () => {
    t = startTestCore();
    const p = await newPerson(t, 'Nguyễn Văn An');
    const [ldtt, cstd, gk] = [
      await catalogueId(t, 'lao_dong_tien_tien'),
      await catalogueId(t, 'chien_si_thi_dua_co_so'),
      await catalogueId(t, 'giay_khen_chu_tich_phuong'),
    ];
    const d = await t.call('decisions.create', decisionInput({ catalogueId: ldtt }));
    await t.call('decisions.addRecipients', {
      decisionId: d.id,
      recipients: [
        { kind: 'individual', id: p },
        { kind: 'individual', id: p, catalogueId: cstd },
        { kind: 'individual', id: p, catalogueId: gk },
      ],
    });
    const lines = await t.call('decisions.lines', { id: d.id });
    expect(lines.map((l) => [l.catalogueName, l.paid, l.amount])).toEqual([
      ['Lao động tiên tiến', false, 0],
      ['Chiến sĩ thi đua cơ sở', true, 2_530_000],
      ['Giấy khen của Chủ tịch UBND phường', true, 760_000],
    ]);
    expect((await t.call('decisions.get', { id: d.id })).totalAmount).toBe(3_290_000);
    // Without the higher title, the lower one is paid again.
    await t.call('decisions.removeLines', { decisionId: d.id, lineIds: [lines[1]!.id] });
    expect((await t.call('decisions.lines', { id: d.id }))[0]).toMatchObject({ paid: true, amount: 760_000 });
  });

  it('weighs titles already signed for the same recipient and an overlapping period', async () => {
    t = startTestCore();
    const p = await newPerson(t, 'Nguyễn Văn An');
    const signed = await draftWith(t, 'chien_si_thi_dua_co_so', [{ kind: 'individual', id: p }], {
      number: 1,
    });
    await t.call('decisions.sign', { id: signed.id });

    const same = await draftWith(t, 'lao_dong_tien_tien', [{ kind: 'individual', id: p }], { number: 2 });
    expect(await lineOf(same.id)).toMatchObject({ paid: false, amount: 0 });
    // The signed decision keeps its money: only the draft's lines change.
    expect((await lineOf(signed.id)).amount).toBe(2_530_000);

    const other = await draftWith(t, 'lao_dong_tien_tien', [{ kind: 'individual', id: p }], {
      number: 3,
      achievementFrom: '2025-01-01',
      achievementTo: '2025-12-31',
    });
    expect(await lineOf(other.id)).toMatchObject({ paid: true, amount: 760_000 });

    // A cancelled decision no longer counts.
    await t.call('decisions.cancel', { id: signed.id, reason: 'Sai đối tượng' });
    await t.call('decisions.update', {
      id: same.id,
      values: decisionInput({ number: 2, catalogueId: same.catalogueId, subject: 'Sửa' }),
    });
    expect(await lineOf(same.id)).toMatchObject({ paid: true, amount: 760_000 });
  });

  it('counts lines per kind and totals the money in the list', async () => {
    t = startTestCore();
    const gk = await catalogueId(t, 'giay_khen_chu_tich_phuong');
    const d = await t.call('decisions.create', decisionInput({ catalogueId: gk }));
    await t.call('decisions.addRecipients', {
      decisionId: d.id,
      recipients: [
        { kind: 'collective', id: await newUnit(t, 'Trường Tiểu học Lê Chân') },
        { kind: 'individual', id: await newPerson(t, 'Nguyễn Văn An') },
        { kind: 'individual', id: await newPerson(t, 'Trần Thị Bình') },
        { kind: 'household', id: await newHousehold(t, 'Phạm Thị Hoa') },
      ],
    });
    const [summary] = await t.call('decisions.list', {});
    expect(summary).toMatchObject({
      collectiveCount: 1,
      individualCount: 2,
      householdCount: 1,
      totalAmount: 1_520_000 + 2 * 760_000 + 1_140_000,
    });
  });
});
