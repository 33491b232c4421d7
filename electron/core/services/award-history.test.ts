import { afterEach, describe, expect, it } from 'vitest';
import { startTestCore, type TestCore } from '../testing/core';
import { awardFixtureWard } from '../testing/award-history-ward';
import { explainAwardSearch } from '../db/repos/award-history';
import { awardExportSchema } from '../../../shared/schemas/award-history';
import { listPackageAwards } from '../db/repos/reports/package-awards';
import { draftWith, newPerson, setSettings } from './decisions/test-support';

let t: TestCore;
afterEach(() => t?.close());

async function ward() {
  t = startTestCore();
  return awardFixtureWard(t);
}

describe('awards.history', () => {
  it('lists a person’s signed awards newest first, cancelled apart, drafts and trashed drafts never', async () => {
    const w = await ward();
    const h = await t.call('awards.history', { kind: 'individual', id: w.an.id });
    expect(h.awards.map((a) => [a.decisionId, a.catalogueName, a.decisionNumberText])).toEqual([
      [w.ids.ldtt, 'Lao động tiên tiến', '40/QĐ-UBND'],
      [w.ids.gk, 'Giấy khen của Chủ tịch UBND phường', '12/QĐ-UBND'],
      [w.ids.cstd, 'Chiến sĩ thi đua cơ sở', '30/QĐ-UBND'],
    ]);
    expect(h.awards[1]).toMatchObject({
      year: 2025,
      decisionDate: '2025-06-05',
      catalogueKind: 'form',
      achievement: 'Giỏi toán',
      amount: 710_000,
      registerYear: 2025,
      registerNumber: 2,
      decisionStatus: 'signed',
    });
    expect(h.cancelled.map((a) => [a.decisionId, a.decisionStatus])).toEqual([
      [w.ids.cancelled, 'cancelled'],
    ]);
  });

  it('reads a unit’s collective awards and a household’s awards, with the default achievement', async () => {
    const w = await ward();
    const unit = await t.call('awards.history', { kind: 'collective', id: w.team.id });
    expect(unit.awards).toHaveLength(1);
    expect(unit.awards[0]).toMatchObject({ name: 'Tổ Toán', achievement: 'Hoàn thành xuất sắc nhiệm vụ' });
    expect((await t.call('awards.history', { kind: 'collective', id: w.school.id })).awards).toEqual([]);
    const home = await t.call('awards.history', { kind: 'household', id: w.dung.id });
    expect(home.awards.map((a) => a.catalogueName)).toEqual([
      'Gia đình văn hóa',
      'Giấy khen của Chủ tịch UBND phường',
    ]);
    expect(home.cancelled).toEqual([]);
  });
});

describe('awards.search', () => {
  it('lists a year’s signed lines by date, number and list order, with exact totals', async () => {
    const w = await ward();
    const page = await t.call('awards.search', { year: 2025 });
    expect(page.total).toBe(7);
    expect(page.totalAmount).toBe(3 * 710_000 + 710_000 + 1_060_000 + 1_410_000);
    expect(page.rows.map((r) => [r.decisionNumberText, r.name])).toEqual([
      ['12/QĐ-UBND', 'Tổ Toán'],
      ['12/QĐ-UBND', 'Nguyễn Văn An'],
      ['12/QĐ-UBND', 'Đặng Văn Dũng'],
      ['40/QĐ-UBND', 'Nguyễn Văn An'],
      ['40/QĐ-UBND', 'Trần Thị Bình'],
      ['40/QĐ-UBND', 'Lê Văn Cường'],
      ['41/QĐ-UBND', 'Đặng Văn Dũng'],
    ]);
    expect(page.rows.some((r) => r.decisionId === w.ids.cancelled)).toBe(false);
    const window = await t.call('awards.search', { year: 2025, offset: 5, limit: 10 });
    expect(window).toMatchObject({ total: 7, offset: 5 });
    expect(window.rows.map((r) => r.name)).toEqual(['Lê Văn Cường', 'Đặng Văn Dũng']);
  });

  it('narrows by each filter', async () => {
    const w = await ward();
    const names = async (f: Parameters<typeof t.call<'awards.search'>>[1]) =>
      (await t.call('awards.search', f)).rows.map((r) => `${r.decisionNumber}:${r.name}`);
    expect(await names({ year: 2025, catalogueId: w.c.ldtt })).toEqual([
      '40:Nguyễn Văn An',
      '40:Trần Thị Bình',
      '40:Lê Văn Cường',
    ]);
    expect(await names({ year: 2025, catalogueKind: 'form' })).toEqual([
      '12:Tổ Toán',
      '12:Nguyễn Văn An',
      '12:Đặng Văn Dũng',
    ]);
    expect(await names({ year: 2025, catalogueKind: 'title' })).toHaveLength(4);
    // The school and its sub-unit: the team's collective award, An (school) and Bình (team).
    expect(await names({ year: 2025, unitId: w.school.id })).toEqual([
      '12:Tổ Toán',
      '12:Nguyễn Văn An',
      '40:Nguyễn Văn An',
      '40:Trần Thị Bình',
    ]);
    expect(await names({ year: 2025, unitId: w.team.id })).toEqual(['12:Tổ Toán', '40:Trần Thị Bình']);
    expect(await names({ year: 2025, unitId: w.group.id })).toEqual(['12:Đặng Văn Dũng', '41:Đặng Văn Dũng']);
    expect(await names({ year: 2025, recipientKind: 'household' })).toEqual([
      '12:Đặng Văn Dũng',
      '41:Đặng Văn Dũng',
    ]);
    expect(await names({ year: 2025, staffCategory: 'ward_leader' })).toEqual(['40:Lê Văn Cường']);
    expect(await names({ year: 2025, search: 'BINH' })).toEqual(['40:Trần Thị Bình']);
    expect(await names({ year: 2025, search: 'dung dang' })).toEqual([
      '12:Đặng Văn Dũng',
      '41:Đặng Văn Dũng',
    ]);
    expect(await names({ search: 'ngu an' })).toEqual([
      '30:Nguyễn Văn An',
      '12:Nguyễn Văn An',
      '40:Nguyễn Văn An',
    ]);
    expect(await names({ yearFrom: 2024, yearTo: 2025 })).toHaveLength(8);
    expect(await names({ yearTo: 2024 })).toEqual(['30:Nguyễn Văn An']);
    expect(await names({ yearFrom: 2026 })).toEqual([]);
    const totals = await t.call('awards.search', { year: 2025, recipientKind: 'household' });
    expect(totals).toMatchObject({ total: 2, totalAmount: 1_060_000 });
  });

  it('refuses a year together with a range, and a range backwards', async () => {
    await ward();
    expect((await t.fail('awards.search', { year: 2025, yearFrom: 2024 })).code).toBe('VALIDATION');
    expect((await t.fail('awards.search', { yearFrom: 2025, yearTo: 2024 })).code).toBe('VALIDATION');
  });

  it('walks the signed decisions of a year in order from the index, and counts from the covering index', async () => {
    const w = await ward();
    const plan = explainAwardSearch(w.db, awardExportSchema.parse({ year: 2025, catalogueKind: 'title' }));
    expect(plan.page.join('\n')).toMatch(
      /SEARCH d USING (COVERING )?INDEX decisions_lookup \(status=\? AND year=\?\)/,
    );
    expect(plan.page.join('\n')).not.toMatch(/TEMP B-TREE FOR ORDER BY/);
    expect(plan.totals.join('\n')).toMatch(/SEARCH a USING COVERING INDEX awards_lookup \(decision_id=\?\)/);
    const range = explainAwardSearch(w.db, awardExportSchema.parse({ yearFrom: 2020, yearTo: 2025 }));
    expect(range.page.join('\n')).toMatch(/INDEX decisions_lookup \(status=\? AND year>\? AND year<\?\)/);
    expect(range.page.join('\n')).not.toMatch(/TEMP B-TREE FOR ORDER BY/);
  });
});

describe('list order of a decision printed in Vietnamese name order', () => {
  it('reads the lines in print order (by given name) in the lookup and in the city package', async () => {
    t = startTestCore();
    const ids: number[] = [];
    // Entered Bình, An, Cường; printed (and numbered in the register) An, Bình, Cường.
    for (const name of ['Trần Thị Bình', 'Nguyễn Văn An', 'Lê Văn Cường']) ids.push(await newPerson(t, name));
    await setSettings(t, {});
    const d = await draftWith(
      t,
      'giay_khen_chu_tich_phuong',
      ids.map((id) => ({ kind: 'individual' as const, id })),
      { recipientOrder: 'vietnamese' },
    );
    await t.call('decisions.sign', { id: d.id });
    const page = await t.call('awards.search', { year: 2026 });
    expect(page.rows.map((r) => [r.name, r.registerNumber])).toEqual([
      ['Nguyễn Văn An', 1],
      ['Trần Thị Bình', 2],
      ['Lê Văn Cường', 3],
    ]);
    expect(listPackageAwards(t.core.services.db, 2026).map((a) => a.name)).toEqual([
      'Nguyễn Văn An',
      'Trần Thị Bình',
      'Lê Văn Cường',
    ]);
  });
});
