import { afterEach, describe, expect, it } from 'vitest';
import { startTestCore, unitInput, type TestCore } from '../testing/core';
import { awardAmount, baseSalaryOn } from '../../../shared/rules/award-money';
import { DEFAULT_SETTINGS } from '../../../shared/schemas/settings';
import type { CatalogueInput, CatalogueEntry } from '../../../shared/schemas/catalogue';
import type { RecipientKind } from '../../../shared/domain/awards';

let t: TestCore;
afterEach(() => t?.close());

const entryInput = (name: string, more: Partial<CatalogueInput> = {}): CatalogueInput => ({
  name,
  kind: 'form',
  level: 'ward',
  allowsCollective: false,
  allowsIndividual: true,
  allowsHousehold: false,
  collectivePermille: null,
  individualPermille: 200,
  householdPermille: null,
  rank: 5,
  note: '',
  ...more,
});

const byCode = (list: CatalogueEntry[], code: string) => list.find((e) => e.code === code)!;

/** Puts one award line of `catalogueId` on a draft (or dated) decision, as the decisions feature will. */
function addAward(
  t: TestCore,
  catalogueId: number,
  unitId: number,
  decisionDate: string | null,
  baseSalary: number,
) {
  const { db } = t.core.services;
  const at = '2026-11-26T09:00:00.000Z';
  const decision = db
    .prepare(`INSERT INTO decisions (year, decision_date, created_at, updated_at) VALUES (2026, ?, ?, ?)`)
    .run(decisionDate, at, at).lastInsertRowid;
  db.prepare(
    `INSERT INTO awards (decision_id, position, recipient_kind, unit_id, recipient_name_snapshot, catalogue_id,
       base_salary_used, amount, paid, created_at, updated_at)
     VALUES (?, 0, 'collective', ?, 'Tổ dân phố 1', ?, ?, 0, 0, ?, ?)`,
  ).run(decision, unitId, catalogueId, baseSalary, at, at);
}

describe('the default catalogue and base salaries (migration 005)', () => {
  it('ships titles apart from forms, with the money of domain.md at today’s base salary', async () => {
    t = startTestCore();
    const list = await t.call('catalogue.list', {});
    expect(list.filter((e) => e.kind === 'title').map((e) => e.name)).toEqual([
      'Chiến sĩ thi đua cơ sở',
      'Tập thể lao động xuất sắc',
      'Lao động tiên tiến',
      'Tập thể lao động tiên tiến',
      'Gia đình văn hóa',
      'Tổ dân phố văn hóa',
    ]);
    expect(list.filter((e) => e.kind === 'form').map((e) => e.name)).toEqual([
      'Bằng khen của Chủ tịch UBND thành phố',
      'Giấy khen của Chủ tịch UBND phường',
    ]);
    expect(list.every((e) => e.active && e.usageCount === 0)).toBe(true);
    expect(byCode(list, 'chien_si_thi_dua_co_so').rank).toBeGreaterThan(
      byCode(list, 'lao_dong_tien_tien').rank,
    );
    expect(byCode(list, 'tap_the_lao_dong_xuat_sac').rank).toBeGreaterThan(
      byCode(list, 'tap_the_lao_dong_tien_tien').rank,
    );

    const salaries = await t.call('salaries.list', {});
    expect(salaries.map((s) => [s.effectiveFrom, s.amount])).toEqual([
      ['2024-07-01', 2_340_000],
      ['2026-07-01', 2_530_000],
    ]);

    const money = (code: string, kind: RecipientKind) => {
      const e = byCode(list, code);
      return awardAmount({
        coefficientPermille: e[`${kind}Permille`],
        baseSalary: baseSalaryOn(salaries, '2026-11-26')!,
        recipientKind: kind,
        householdRounding: DEFAULT_SETTINGS.householdRounding,
      });
    };
    expect(money('giay_khen_chu_tich_phuong', 'individual')).toBe(760_000);
    expect(money('giay_khen_chu_tich_phuong', 'collective')).toBe(1_520_000);
    expect(money('giay_khen_chu_tich_phuong', 'household')).toBe(1_140_000);
    expect(money('lao_dong_tien_tien', 'individual')).toBe(760_000);
    expect(money('chien_si_thi_dua_co_so', 'individual')).toBe(2_530_000);
    expect(money('tap_the_lao_dong_tien_tien', 'collective')).toBe(2_030_000);
    expect(money('to_dan_pho_van_hoa', 'collective')).toBe(3_800_000);
    expect(money('gia_dinh_van_hoa', 'household')).toBeNull();
    expect(byCode(list, 'gia_dinh_van_hoa').allowsIndividual).toBe(false);
  });
});

describe('catalogue', () => {
  it('creates, edits, retires and reactivates an entry, each with an audit row', async () => {
    t = startTestCore();
    const created = await t.call('catalogue.create', entryInput('  Giấy  khen của Hội đồng '));
    expect(created).toMatchObject({
      name: 'Giấy khen của Hội đồng',
      code: null,
      individualPermille: 200,
      active: true,
    });

    const edited = await t.call('catalogue.update', {
      id: created.id,
      values: entryInput('Giấy khen của Hội đồng', { allowsCollective: true, collectivePermille: 400 }),
    });
    expect(edited.collectivePermille).toBe(400);
    expect((await t.call('catalogue.retire', { id: created.id })).active).toBe(false);
    expect((await t.call('catalogue.reactivate', { id: created.id })).active).toBe(true);

    const audit = await t.call('audit.list', { entity: 'award_catalogue', entityId: created.id });
    expect(audit.rows.map((r) => r.action).sort()).toEqual(['create', 'update', 'update', 'update']);
  });

  it('drops the coefficient of a recipient kind that is not allowed', async () => {
    t = startTestCore();
    const e = await t.call('catalogue.create', entryInput('Khen đột xuất', { householdPermille: 999 }));
    expect(e.householdPermille).toBeNull();
  });

  it('refuses an entry for nobody, a fractional coefficient and a duplicate name of the same kind', async () => {
    t = startTestCore();
    const nobody = await t.fail(
      'catalogue.create',
      entryInput('Không ai', { allowsIndividual: false, individualPermille: null }),
    );
    expect(nobody.fields?.allowsIndividual).toBe('Vui lòng chọn ít nhất một đối tượng được tặng.');
    const fraction = await t.fail('catalogue.create', entryInput('Lẻ', { individualPermille: 0.3 }));
    expect(fraction.code).toBe('VALIDATION');
    const duplicate = await t.fail('catalogue.create', entryInput('Lao động tiên tiến', { kind: 'title' }));
    expect(duplicate).toMatchObject({
      code: 'CONFLICT',
      message: 'Đã có danh hiệu thi đua “Lao động tiên tiến” trong danh mục.',
    });
    // The same name as a form is another entry: titles and forms are kept apart.
    await t.call('catalogue.create', entryInput('Lao động tiên tiến', { kind: 'form' }));
  });

  it('deletes an unused entry; one in use can only be retired', async () => {
    t = startTestCore();
    const unused = await t.call('catalogue.create', entryInput('Thử nghiệm'));
    expect(await t.call('catalogue.delete', { id: unused.id })).toEqual({ id: unused.id });
    expect((await t.call('catalogue.list', {})).some((e) => e.id === unused.id)).toBe(false);
    const deleted = await t.call('audit.list', { entity: 'award_catalogue', action: 'delete' });
    expect(deleted.rows[0]?.entityId).toBe(unused.id);

    const group = await t.call('units.create', unitInput('Tổ dân phố 1', { kind: 'residential_group' }));
    const tdp = byCode(await t.call('catalogue.list', {}), 'to_dan_pho_van_hoa');
    addAward(t, tdp.id, group.id, null, 2_530_000);
    expect(byCode(await t.call('catalogue.list', {}), 'to_dan_pho_van_hoa').usageCount).toBe(1);

    const refused = await t.fail('catalogue.delete', { id: tdp.id });
    expect(refused.code).toBe('CONFLICT');
    expect(refused.message).toContain('hãy ngừng sử dụng thay vì xóa');
    const kindChange = await t.fail('catalogue.update', {
      id: tdp.id,
      values: entryInput('Tổ dân phố văn hóa', { allowsCollective: true, allowsIndividual: false }),
    });
    expect(kindChange.code).toBe('CONFLICT');
    expect((await t.call('catalogue.retire', { id: tdp.id })).active).toBe(false);
  });

  it('answers NOT_FOUND for a missing entry', async () => {
    t = startTestCore();
    expect((await t.fail('catalogue.retire', { id: 9999 })).code).toBe('NOT_FOUND');
  });
});

describe('base salaries', () => {
  it('adds a row with a unique effective date and a positive whole amount', async () => {
    t = startTestCore();
    const row = await t.call('salaries.create', { effectiveFrom: '2027-07-01', amount: 2_800_000, note: '' });
    expect(row).toMatchObject({ effectiveFrom: '2027-07-01', amount: 2_800_000, note: null, usageCount: 0 });
    const dup = await t.fail('salaries.create', { effectiveFrom: '2026-07-01', amount: 2_600_000, note: '' });
    expect(dup).toMatchObject({
      code: 'CONFLICT',
      message: 'Đã có mức lương cơ sở áp dụng từ ngày 01/07/2026.',
    });
    expect(
      (await t.fail('salaries.create', { effectiveFrom: '2028-01-01', amount: 0, note: '' })).fields?.amount,
    ).toBe('Mức lương cơ sở phải lớn hơn 0.');
    expect(
      (await t.fail('salaries.create', { effectiveFrom: '2028-01-01', amount: 1.5, note: '' })).code,
    ).toBe('VALIDATION');
    const audit = await t.call('audit.list', { entity: 'base_salaries' });
    expect(audit.rows.map((r) => [r.action, r.recordLabel])).toEqual([['create', 'Từ 01/07/2027']]);
  });

  it('deletes an unused row; refuses one that award money was computed from', async () => {
    t = startTestCore();
    const group = await t.call('units.create', unitInput('Tổ dân phố 1', { kind: 'residential_group' }));
    const tdp = byCode(await t.call('catalogue.list', {}), 'to_dan_pho_van_hoa');
    addAward(t, tdp.id, group.id, '2026-09-02', 2_530_000);
    const [old, current] = await t.call('salaries.list', {});
    expect([old!.usageCount, current!.usageCount]).toEqual([0, 1]);

    const refused = await t.fail('salaries.delete', { id: current!.id });
    expect(refused).toMatchObject({
      code: 'CONFLICT',
      message:
        'Mức lương cơ sở 2.530.000 đ từ ngày 01/07/2026 đã được dùng để tính tiền thưởng cho 1 trường hợp nên không xóa được.',
    });
    expect(await t.call('salaries.delete', { id: old!.id })).toEqual({ id: old!.id });
    expect((await t.call('salaries.list', {})).map((s) => s.effectiveFrom)).toEqual(['2026-07-01']);
    const audit = await t.call('audit.list', { entity: 'base_salaries', action: 'delete' });
    expect(audit.total).toBe(1);
  });
});
