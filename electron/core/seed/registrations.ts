import type { Random } from './random';
import type { Pools } from './awards';
import type { MovementPlan } from './movements';
import type { SeedCatalogueCode, SeedRegistration, SizeSpec } from './types';
import type { RecipientKind } from '../../../shared/domain/awards';

const pad = (n: number) => String(n).padStart(2, '0');

const RETURN_REASONS = [
  'Bản đăng ký chưa có chữ ký của thủ trưởng đơn vị; đề nghị bổ sung.',
  'Chỉ tiêu đăng ký chưa cụ thể, chưa lượng hóa được; đề nghị xây dựng lại.',
  'Đăng ký danh hiệu chưa đúng đối tượng; đề nghị rà soát lại.',
];

const NOT_ACHIEVED_NOTES = [
  'Chưa hoàn thành chỉ tiêu đăng ký.',
  'Có cán bộ vi phạm kỷ luật trong năm.',
  'Nộp báo cáo tổng kết sau hạn.',
];

/** This year's status of one registration: mostly approved, some waiting, a few returned or unsent. */
function currentStatus(rng: Random): SeedRegistration['status'] {
  const roll = rng.next();
  if (roll < 0.55) return 'approved';
  if (roll < 0.75) return 'sent';
  if (roll < 0.87) return 'returned';
  return 'not_sent';
}

/**
 * The registrations of every year: units and staff in the five-year plan (collectives for Tập thể
 * lao động tiên tiến or Tổ dân phố văn hóa, staff for Lao động tiên tiến, some for Chiến sĩ thi đua
 * cơ sở), households year-only for Gia đình văn hóa. Past years are approved with a result; this
 * year is a mix of statuses, and a few units have not registered at all (at least three), so the
 * dashboard's "not registered" figure means something.
 */
export function generateRegistrations(
  rng: Random,
  pool: Pools,
  plan: MovementPlan,
  size: SizeSpec,
): SeedRegistration[] {
  const [first, last] = size.awardYears;
  const out: SeedRegistration[] = [];
  for (let year = first; year <= last; year++) {
    const current = year === last;
    const movement = plan.planOf.get(year) ?? null;
    const add = (
      kind: RecipientKind,
      ref: number,
      titles: SeedCatalogueCode[],
      commitments: string,
      m = movement,
    ) => {
      const status = current ? currentStatus(rng) : 'approved';
      const sentOn = status === 'not_sent' ? null : `${year}-02-${pad(rng.int(1, 25))}`;
      const reviewedOn =
        status === 'approved' || status === 'returned' ? `${year}-03-${pad(rng.int(1, 20))}` : null;
      const achieved = rng.chance(0.88);
      out.push({
        movement: m,
        year,
        kind,
        ref,
        commitments,
        status,
        returnReason: status === 'returned' ? rng.pick(RETURN_REASONS) : null,
        result: current ? null : achieved ? 'achieved' : 'not_achieved',
        resultNote: current || achieved ? null : rng.pick(NOT_ACHIEVED_NOTES),
        sentOn,
        reviewedOn,
        titles,
      });
    };

    // Units: this year a few stay unregistered (the last three of a shuffled order, at least).
    const groups = new Set(pool.groups);
    const units = [...pool.bodies, ...pool.groups].sort((a, b) => a - b);
    const skipped = new Set<number>();
    if (current) {
      for (const u of units) if (rng.chance(0.06)) skipped.add(u);
      for (let i = 0; skipped.size < Math.min(3, units.length) && i < 100; i++) skipped.add(rng.pick(units));
    }
    for (const u of units) {
      if (skipped.has(u)) continue;
      if (groups.has(u)) {
        add(
          'collective',
          u,
          ['to_dan_pho_van_hoa'],
          `Phấn đấu đạt danh hiệu “Tổ dân phố văn hóa” năm ${year}`,
        );
      } else {
        const excellent = rng.chance(0.15);
        add(
          'collective',
          u,
          [excellent ? 'tap_the_lao_dong_xuat_sac' : 'tap_the_lao_dong_tien_tien'],
          `Hoàn thành ${excellent ? 'xuất sắc' : 'tốt'} nhiệm vụ năm ${year}; không có cán bộ vi phạm kỷ luật`,
        );
      }
    }
    for (const p of pool.staff) {
      if (!rng.chance(0.6)) continue;
      const cstd = rng.chance(0.15);
      add(
        'individual',
        p,
        cstd ? ['lao_dong_tien_tien', 'chien_si_thi_dua_co_so'] : ['lao_dong_tien_tien'],
        cstd
          ? 'Hoàn thành xuất sắc nhiệm vụ, có sáng kiến được công nhận'
          : 'Hoàn thành tốt nhiệm vụ được giao',
      );
    }
    for (const h of pool.households) {
      if (!rng.chance(size.householdRegistrationShare)) continue;
      add(
        'household',
        h,
        ['gia_dinh_van_hoa'],
        'Thực hiện tốt nếp sống văn minh, giữ gìn an ninh trật tự',
        null,
      );
    }
  }
  return out;
}
