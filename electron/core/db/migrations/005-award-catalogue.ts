import type { Migration } from '../types';

// Seeded rows get a fixed stamp: the migration must write the same rows on every computer.
const SEEDED_AT = '2026-01-01T00:00:00.000Z';

interface SeedEntry {
  code: string;
  name: string;
  kind: 'title' | 'form';
  level: 'ward' | 'upward';
  /** Per-mille of the base salary for each allowed recipient kind; null = allowed, no money. */
  collective?: number | null;
  individual?: number | null;
  household?: number | null;
  rank: number;
  note?: string;
}

/**
 * The default catalogue of ../shared/docs/domain.md ("Award money", ND 152/2025 Art. 49-54).
 * Titles and forms are kept apart. Ranks order titles of the same recipient kind (only the highest
 * title of a period is paid): CSTĐ cơ sở above LĐTT, TTLĐXS above TTLĐTT. Entries whose coefficient
 * domain.md does not list (TTLĐXS, the city chairman's Bằng khen: decided and paid upward) carry
 * NULL, i.e. no money from the ward; the user can set one.
 */
const DEFAULT_CATALOGUE: readonly SeedEntry[] = [
  {
    code: 'lao_dong_tien_tien',
    name: 'Lao động tiên tiến',
    kind: 'title',
    level: 'ward',
    individual: 300,
    rank: 10,
  },
  {
    code: 'chien_si_thi_dua_co_so',
    name: 'Chiến sĩ thi đua cơ sở',
    kind: 'title',
    level: 'ward',
    individual: 1000,
    rank: 20,
    note: 'Thẩm quyền sau khi bỏ cấp huyện: theo quy định của thành phố.',
  },
  {
    code: 'tap_the_lao_dong_tien_tien',
    name: 'Tập thể lao động tiên tiến',
    kind: 'title',
    level: 'ward',
    collective: 800,
    rank: 10,
    note: 'Thẩm quyền sau khi bỏ cấp huyện: theo quy định của thành phố.',
  },
  {
    code: 'tap_the_lao_dong_xuat_sac',
    name: 'Tập thể lao động xuất sắc',
    kind: 'title',
    level: 'upward',
    collective: null,
    rank: 20,
    note: 'Đề nghị cấp trên; tiền thưởng do cấp quyết định chi.',
  },
  {
    code: 'gia_dinh_van_hoa',
    name: 'Gia đình văn hóa',
    kind: 'title',
    level: 'ward',
    household: null,
    rank: 10,
  },
  {
    code: 'to_dan_pho_van_hoa',
    name: 'Tổ dân phố văn hóa',
    kind: 'title',
    level: 'ward',
    collective: 1500,
    rank: 10,
    note: 'Thẩm quyền sau khi bỏ cấp huyện: theo quy định của thành phố.',
  },
  {
    code: 'giay_khen_chu_tich_phuong',
    name: 'Giấy khen của Chủ tịch UBND phường',
    kind: 'form',
    level: 'ward',
    collective: 600,
    individual: 300,
    household: 450,
    rank: 10,
  },
  {
    code: 'bang_khen_chu_tich_thanh_pho',
    name: 'Bằng khen của Chủ tịch UBND thành phố',
    kind: 'form',
    level: 'upward',
    collective: null,
    individual: null,
    household: null,
    rank: 20,
    note: 'Đề nghị cấp trên; tiền thưởng do cấp quyết định chi.',
  },
];

/** Base salary (mức lương cơ sở) by effective date, in đồng. */
const DEFAULT_BASE_SALARIES = [
  { effectiveFrom: '2024-07-01', amount: 2_340_000 },
  { effectiveFrom: '2026-07-01', amount: 2_530_000 },
] as const;

/** Pre-fills the award catalogue and the base salary table (both editable afterwards). */
export const migration005: Migration = {
  version: 5,
  name: 'award-catalogue',
  up(db) {
    const insertEntry = db.prepare(
      `INSERT INTO award_catalogue (code, name, kind, level, allows_collective, allows_individual, allows_household,
         coefficient_collective_permille, coefficient_individual_permille, coefficient_household_permille,
         rank, active, is_default, note, created_at, updated_at)
       VALUES (@code, @name, @kind, @level, @allowsCollective, @allowsIndividual, @allowsHousehold,
         @collective, @individual, @household, @rank, 1, 1, @note, @at, @at)`,
    );
    for (const e of DEFAULT_CATALOGUE) {
      insertEntry.run({
        code: e.code,
        name: e.name,
        kind: e.kind,
        level: e.level,
        allowsCollective: e.collective === undefined ? 0 : 1,
        allowsIndividual: e.individual === undefined ? 0 : 1,
        allowsHousehold: e.household === undefined ? 0 : 1,
        collective: e.collective ?? null,
        individual: e.individual ?? null,
        household: e.household ?? null,
        rank: e.rank,
        note: e.note ?? null,
        at: SEEDED_AT,
      });
    }
    const insertSalary = db.prepare(
      `INSERT INTO base_salaries (effective_from, amount, created_at, updated_at) VALUES (?, ?, ?, ?)`,
    );
    for (const s of DEFAULT_BASE_SALARIES) insertSalary.run(s.effectiveFrom, s.amount, SEEDED_AT, SEEDED_AT);
  },
};
