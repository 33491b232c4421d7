import { describe, expect, it } from 'vitest';
import { GENDERS, STAFF_CATEGORIES, UNIT_KINDS } from '../../../shared/domain/registry';
import { foldForSearch } from '../../../shared/rules/search';
import { normalizeText } from '../../../shared/rules/text';
import { generateWard } from './generate';
import { createRandom } from './random';
import { SIZES } from './types';

const small = generateWard({ size: 'small', seed: 7 });

const within10 = (actual: number, target: number) => {
  expect(actual).toBeGreaterThanOrEqual(Math.floor(target * 0.9));
  expect(actual).toBeLessThanOrEqual(Math.ceil(target * 1.1));
};

describe('generateWard', () => {
  it('gives byte-identical data for the same seed and different data for another', () => {
    const again = generateWard({ size: 'small', seed: 7 });
    expect(JSON.stringify(again)).toBe(JSON.stringify(small));
    const other = generateWard({ size: 'small', seed: 8 });
    expect(JSON.stringify(other.people)).not.toBe(JSON.stringify(small.people));
  });

  it('makes a small ward of about 30 units, 300 people and 40 households', () => {
    within10(small.units.length, 30);
    within10(small.people.length, SIZES.small.people);
    within10(small.households.length, SIZES.small.households);
    expect(small.clusters.length).toBeGreaterThan(0);
  });

  it('has every staff category, both genders and the main kinds of unit', () => {
    const categories = new Set(small.people.map((p) => p.input.staffCategory));
    for (const c of STAFF_CATEGORIES) expect(categories, c).toContain(c);
    const genders = new Set(small.people.map((p) => p.input.gender));
    for (const g of GENDERS) expect(genders, g).toContain(g);
    const kinds = new Set(small.units.map((u) => u.input.kind));
    for (const k of UNIT_KINDS) expect(kinds, k).toContain(k);
  });

  it('is mostly residents and direct workers, as a real ward is', () => {
    const share = (c: string) =>
      small.people.filter((p) => p.input.staffCategory === c).length / small.people.length;
    expect(share('citizen') + share('direct_worker')).toBeGreaterThan(0.6);
    expect(share('ward_leader')).toBeLessThan(0.05);
  });

  it('keeps births between 1950 and 2008, some with only a year', () => {
    const years = small.people.map((p) => p.input.birthYear ?? 0);
    expect(Math.min(...years)).toBeGreaterThanOrEqual(1950);
    expect(Math.max(...years)).toBeLessThanOrEqual(2008);
    expect(small.people.some((p) => p.input.birthDate === null)).toBe(true);
    for (const p of small.people.filter((p) => p.input.birthDate !== null)) {
      expect(p.input.birthDate?.slice(0, 4)).toBe(String(p.input.birthYear));
    }
  });

  it('includes near-duplicates: same folded name and birth year in the same unit', () => {
    const dups = small.people.filter((p) => p.duplicateOf !== undefined);
    expect(dups.length).toBeGreaterThanOrEqual(4);
    for (const d of dups) {
      const original = small.people[d.duplicateOf ?? -1]!;
      expect(d.unit).toBe(original.unit);
      expect(d.input.birthYear).toBe(original.input.birthYear);
      expect(foldForSearch(d.input.fullName)).toBe(foldForSearch(original.input.fullName));
    }
    // Some are spelled differently (a dropped tone), not only copied.
    expect(
      dups.some(
        (d) =>
          normalizeText(d.input.fullName) !== normalizeText(small.people[d.duplicateOf!]!.input.fullName),
      ),
    ).toBe(true);
    expect(small.households.some((h) => h.duplicateOf !== undefined)).toBe(true);
  });

  it('writes some raw names with the Ð look-alike, in NFD or with stray spaces', () => {
    const raw = [
      ...small.people.map((p) => p.input.fullName),
      ...small.households.map((h) => h.input.headName),
    ];
    expect(raw.some((n) => n.includes('\u00D0'))).toBe(true);
    expect(raw.some((n) => n !== n.normalize('NFC'))).toBe(true);
    expect(raw.some((n) => n !== n.trim())).toBe(true);
    expect(small.units.some((u) => u.input.name.includes('\u00D0'))).toBe(true);
  });

  it('builds a unit tree whose parents come first (so no cycles), with offices under the UBND', () => {
    small.units.forEach((u, i) => {
      if (u.parent !== null) expect(u.parent).toBeLessThan(i);
    });
    const ubnd = small.units.findIndex((u) => u.input.name.startsWith('Ủy ban nhân dân'));
    expect(small.units.filter((u) => u.parent === ubnd).length).toBeGreaterThanOrEqual(3);
  });

  it('puts households in tổ dân phố and cluster members among the units', () => {
    for (const h of small.households)
      expect(small.units[h.group ?? -1]?.input.kind).toBe('residential_group');
    for (const c of small.clusters) {
      expect(c.members.length).toBeGreaterThan(0);
      for (const m of c.members) expect(small.units[m]).toBeDefined();
    }
    expect(small.clusters.some((c) => c.input.name === 'Khối các trường học')).toBe(true);
    expect(small.clusters.some((c) => c.input.name === 'Cụm thi đua số 1')).toBe(true);
  });

  it('draws Nguyễn for roughly four people in ten', () => {
    const nguyen = small.people.filter((p) => normalizeText(p.input.fullName).startsWith('Nguyễn ')).length;
    expect(nguyen / small.people.length).toBeGreaterThan(0.25);
    expect(nguyen / small.people.length).toBeLessThan(0.5);
  });
});

describe('createRandom', () => {
  it('repeats its sequence for a seed', () => {
    const a = createRandom(42);
    const b = createRandom(42);
    const seqA = Array.from({ length: 5 }, () => a.next());
    expect(Array.from({ length: 5 }, () => b.next())).toEqual(seqA);
    for (const x of seqA) expect(x >= 0 && x < 1).toBe(true);
  });
});

describe('generated award decisions', () => {
  it('awards Gia đình văn hóa to most households every past year and draws from the registry', () => {
    const gdvh = small.decisions.filter((d) => d.catalogue === 'gia_dinh_van_hoa');
    expect(gdvh.map((d) => d.year)).toEqual([2023, 2024, 2025]);
    for (const d of gdvh) expect(d.lines.length).toBeGreaterThan(small.households.length * 0.7);
    for (const d of small.decisions) {
      for (const l of d.lines) {
        const pool =
          l.kind === 'collective' ? small.units : l.kind === 'individual' ? small.people : small.households;
        expect(l.ref).toBeLessThan(pool.length);
      }
    }
    const codes = new Set(small.decisions.map((d) => d.catalogue));
    for (const c of [
      'giay_khen_chu_tich_phuong',
      'lao_dong_tien_tien',
      'chien_si_thi_dua_co_so',
      'tap_the_lao_dong_tien_tien',
      'gia_dinh_van_hoa',
      'to_dan_pho_van_hoa',
    ])
      expect(codes, c).toContain(c);
  });

  it('plans about 200,000 award lines over 2017-2026 for the large ward', () => {
    const large = generateWard({ size: 'large' });
    const lines = large.decisions.reduce((n, d) => n + d.lines.length, 0);
    expect(lines).toBeGreaterThan(180_000);
    expect(lines).toBeLessThan(220_000);
    expect(new Set(large.decisions.map((d) => d.year)).size).toBe(10);
  }, 60_000);
});

describe('generated movements, registrations and models', () => {
  it('opens with the seed plan 2026-2030 for every unit, in progress, with its seven themes', () => {
    const plan = small.movements.find((m) => m.fromYear === 2026 && m.toYear === 2030)!;
    expect(plan.name).toBe(
      'Đợt thi đua thực hiện thắng lợi nhiệm vụ phát triển kinh tế - xã hội hàng năm và giai đoạn 5 năm (2026-2030)',
    );
    expect(plan).toMatchObject({ kind: 'regular', status: 'in_progress', docNumber: '45/KH-UBND' });
    expect(plan.docDate.startsWith('2026-0')).toBe(true);
    expect(plan.units).toHaveLength(small.units.length);
    expect(plan.criteria).toHaveLength(7);
    expect(plan.description).toMatch(/10\/12.*15\/12/);
    // Past years' movements are closed; this year's are in progress or being reviewed.
    for (const m of small.movements) {
      if (m.toYear < 2026) expect(m.status, m.name).toBe('closed');
      else expect(['in_progress', 'reviewing'], m.name).toContain(m.status);
      expect(m.closedAt === null).toBe(m.status !== 'closed');
    }
  });

  it('leaves a few units unregistered this year and gives results only to approved, finished years', () => {
    const registered = new Set(
      small.registrations.filter((r) => r.year === 2026 && r.kind === 'collective').map((r) => r.ref),
    );
    const missing = small.units.length - registered.size;
    expect(missing).toBeGreaterThanOrEqual(3);
    expect(missing).toBeLessThan(small.units.length / 4);
    const statuses = new Set(small.registrations.filter((r) => r.year === 2026).map((r) => r.status));
    expect([...statuses].sort()).toEqual(['approved', 'not_sent', 'returned', 'sent']);
    for (const r of small.registrations) {
      if (r.result !== null) expect(r.status).toBe('approved');
      if (r.year === 2026) expect(r.result).toBeNull();
      expect(r.returnReason !== null).toBe(r.status === 'returned');
    }
  });

  it('registers each registrant at most once per movement and year (the registrations_once index)', () => {
    const keys = small.registrations.map((r) => `${r.movement ?? 0}|${r.year}|${r.kind}|${r.ref}`);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('gives every model a history in stage order with rising dates, in all four stages overall', () => {
    const order = ['discovered', 'nurtured', 'summarized', 'replicated'];
    for (const m of small.models) {
      expect(m.history.map((h) => h.stage)).toEqual(order.slice(0, m.history.length));
      const dates = m.history.map((h) => h.on);
      expect(dates).toEqual([...dates].sort());
      expect(dates.at(-1)! <= '2026-11-15').toBe(true);
    }
    const reached = new Set(small.models.map((m) => m.history.at(-1)!.stage));
    expect([...reached].sort()).toEqual([...order].sort());
    expect(new Set(small.models.map((m) => m.kind)).size).toBe(3);
  });

  it('has unit reports every year: past years mostly on time, a few late or missing; some this year', () => {
    const deadline = (year: number) => `${year}-12-10`;
    for (const year of [2023, 2024, 2025, 2026]) {
      const expected = small.units.filter(
        (u) => u.input.activeFrom === null || u.input.activeFrom <= deadline(year),
      ).length;
      const reports = small.unitReports.filter((r) => r.year === year);
      const units = new Set(reports.map((r) => r.unit));
      expect(units.size, `one report per unit in ${year}`).toBe(reports.length);
      for (const r of reports) {
        const active = small.units[r.unit]!.input.activeFrom;
        expect(active === null || active <= deadline(year)).toBe(true);
        expect(r.receivedOn.startsWith(`${year}-`)).toBe(true);
      }
      const late = reports.filter((r) => r.receivedOn > deadline(year)).length;
      if (year < 2026) {
        // A few: at least one of each, at most a tenth (one in the years with a handful of units).
        const missing = expected - reports.length;
        expect(late, `late in ${year}`).toBeGreaterThanOrEqual(1);
        expect(missing, `missing in ${year}`).toBeGreaterThanOrEqual(1);
        expect(late).toBeLessThanOrEqual(Math.max(1, expected * 0.1));
        expect(missing).toBeLessThanOrEqual(Math.max(1, expected * 0.1));
      } else {
        expect(late).toBe(0);
        expect(reports.length).toBeGreaterThan(0);
        expect(reports.length).toBeLessThan(expected * 0.7);
        expect(reports.every((r) => r.receivedOn <= '2026-11-20')).toBe(true);
      }
    }
  });

  it('spans ten years of movements and models for the large ward', () => {
    const large = generateWard({ size: 'large' });
    const years = new Set(large.movements.map((m) => m.fromYear).filter((y) => y >= 2017));
    expect(years.size).toBe(10);
    const modelYears = new Set(large.models.map((m) => m.history[0]!.on.slice(0, 4)));
    expect(modelYears.size).toBe(10);
    expect(large.models.length).toBeGreaterThanOrEqual(300);
  }, 60_000);
});
