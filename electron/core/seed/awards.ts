import type { Random } from './random';
import type {
  SeedAwardLine,
  SeedCatalogueCode,
  SeedDecision,
  SeedHousehold,
  SeedPerson,
  SizeSpec,
} from './types';
import type { UnitPlan } from './units';
import type { RecipientKind } from '../../../shared/domain/awards';
import type { DecisionMethod, SignerKind } from '../../../shared/domain/decisions';

/** Who is awarded what, as shares of each pool (the small ward keeps at least `min` of each). */
export interface Pools {
  /** Staff of the ward's bodies, schools, health and services (not citizens). */
  staff: number[];
  /** Workers of enterprises and cooperatives. */
  workers: number[];
  /** Residents of the tổ dân phố. */
  residents: number[];
  /** Units other than tổ dân phố. */
  bodies: number[];
  groups: number[];
  households: number[];
}

const BRAVE_DEEDS = [
  'Đã có hành động dũng cảm cứu người bị đuối nước',
  'Đã có thành tích bắt giữ đối tượng trộm cắp tài sản',
  'Đã nhặt được tài sản có giá trị và trả lại người đánh rơi',
  'Đã có hành động dũng cảm tham gia chữa cháy, cứu người',
];

const pad = (n: number) => String(n).padStart(2, '0');
const title = (name: string, year: number) => `Về việc công nhận danh hiệu “${name}” năm ${year}`;

export function pools(
  plans: readonly UnitPlan[],
  people: readonly SeedPerson[],
  households: readonly SeedHousehold[],
): Pools {
  const p: Pools = { staff: [], workers: [], residents: [], bodies: [], groups: [], households: [] };
  plans.forEach((plan, i) => (plan.profile === 'residential' ? p.groups : p.bodies).push(i));
  people.forEach((person, i) => {
    if (person.duplicateOf !== undefined || person.unit === null || person.input.active === false) return;
    const profile = plans[person.unit]?.profile;
    if (profile === 'residential') p.residents.push(i);
    else if (profile === 'enterprise' || profile === 'cooperative') p.workers.push(i);
    else if (person.input.staffCategory !== 'citizen') p.staff.push(i);
  });
  households.forEach((h, i) => {
    if (h.duplicateOf === undefined) p.households.push(i);
  });
  return p;
}

/** Each item of the pool with probability `share`, in pool order; at least `min` of them. */
function some(rng: Random, pool: readonly number[], share: number, min = 1): number[] {
  const picked = pool.filter(() => rng.chance(share));
  for (let i = 0; picked.length < Math.min(min, pool.length) && i < pool.length * 4; i++) {
    const extra = rng.pick(pool);
    if (!picked.includes(extra)) picked.push(extra);
  }
  return picked;
}

const lines = (
  kind: RecipientKind,
  refs: readonly number[],
  achievement: string | null = null,
): SeedAwardLine[] => refs.map((ref) => ({ kind, ref, achievement }));

interface Draft {
  date: string | null;
  status: SeedDecision['status'];
  signer: SignerKind;
  subject: string;
  catalogue: SeedCatalogueCode;
  method: DecisionMethod;
  period: [string, string];
  defaultAchievement: string;
  cancelReason?: string;
  lines: SeedAwardLine[];
}

/**
 * The award decisions of every year of `size.awardYears`: year-end titles (Tổ dân phố văn hóa, Gia
 * đình văn hóa for most households, Lao động tiên tiến, Chiến sĩ thi đua cơ sở, Tập thể lao động
 * tiên tiến) and Giấy khen (mid-year, year-end, now and then for a brave deed). Numbers run from 01
 * each year in date order. The last year is "this year": only its mid-year decisions are signed,
 * and its Lao động tiên tiến list is a draft. One decision of the year before is cancelled.
 */
export function generateDecisions(
  rng: Random,
  plans: readonly UnitPlan[],
  people: readonly SeedPerson[],
  households: readonly SeedHousehold[],
  size: SizeSpec,
): SeedDecision[] {
  const p = pools(plans, people, households);
  const [first, last] = size.awardYears;
  const decisions: SeedDecision[] = [];
  for (let year = first; year <= last; year++) {
    const current = year === last;
    const whole: [string, string] = [`${year}-01-01`, `${year}-12-31`];
    const day = (month: number, from: number, to: number) =>
      `${year}-${pad(month)}-${pad(rng.int(from, to))}`;
    const drafts: Draft[] = [];

    if (year === last - 1 || rng.chance(0.5)) {
      const cancelled = year === last - 1;
      const brave = some(rng, p.residents, 0, cancelled ? 1 : rng.int(1, 2));
      drafts.push({
        date: day(3, 2, 27),
        status: cancelled ? 'cancelled' : 'signed',
        signer: 'vice',
        subject: 'Về việc tặng Giấy khen cho cá nhân có thành tích đột xuất',
        catalogue: 'giay_khen_chu_tich_phuong',
        method: 'ad_hoc',
        period: [`${year}-01-01`, `${year}-03-01`],
        defaultAchievement: 'Đã có thành tích đột xuất',
        ...(cancelled ? { cancelReason: 'Ban hành nhầm đối tượng; sẽ ban hành quyết định thay thế.' } : {}),
        lines: brave.map((ref) => ({ kind: 'individual', ref, achievement: rng.pick(BRAVE_DEEDS) })),
      });
    }
    drafts.push({
      date: day(7, 6, 24),
      status: 'signed',
      signer: 'vice',
      subject: `Về việc tặng Giấy khen cho các tập thể, cá nhân, hộ gia đình có thành tích trong phong trào “Toàn dân đoàn kết xây dựng đời sống văn hóa” 6 tháng đầu năm ${year}`,
      catalogue: 'giay_khen_chu_tich_phuong',
      method: 'thematic',
      period: [`${year}-01-01`, `${year}-06-30`],
      defaultAchievement: `Đã có thành tích xuất sắc trong phong trào “Toàn dân đoàn kết xây dựng đời sống văn hóa” 6 tháng đầu năm ${year}`,
      lines: [
        ...lines('collective', some(rng, p.groups, 0.1)),
        ...lines('individual', some(rng, p.residents, 0.002, 2)),
        ...lines('household', some(rng, p.households, 0.005, 1)),
      ],
    });

    const yearEnd = (
      catalogue: SeedCatalogueCode,
      name: string,
      date: string,
      l: SeedAwardLine[],
      achievement: string,
    ): Draft => ({
      date: current ? null : date,
      status: current ? 'draft' : 'signed',
      signer: 'chairman',
      subject: title(name, year),
      catalogue,
      method: 'regular',
      period: whole,
      defaultAchievement: achievement,
      lines: l,
    });
    const staffLdtt = some(rng, p.staff, 0.7);
    const ldtt = [...staffLdtt, ...some(rng, p.workers, 0.08)];
    const titlesDay = day(12, 17, 20);
    if (current) {
      drafts.push(
        yearEnd(
          'lao_dong_tien_tien',
          'Lao động tiên tiến',
          '',
          lines('individual', ldtt),
          `Hoàn thành tốt nhiệm vụ năm ${year}`,
        ),
      );
    } else {
      drafts.push(
        yearEnd(
          'to_dan_pho_van_hoa',
          'Tổ dân phố văn hóa',
          day(12, 8, 9),
          lines('collective', some(rng, p.groups, 0.7)),
          `Đạt tiêu chuẩn “Tổ dân phố văn hóa” năm ${year}`,
        ),
        yearEnd(
          'gia_dinh_van_hoa',
          'Gia đình văn hóa',
          day(12, 10, 12),
          lines('household', some(rng, p.households, 0.88)),
          `Đạt tiêu chuẩn “Gia đình văn hóa” năm ${year}`,
        ),
        yearEnd(
          'lao_dong_tien_tien',
          'Lao động tiên tiến',
          titlesDay,
          lines('individual', ldtt),
          `Hoàn thành tốt nhiệm vụ năm ${year}`,
        ),
        yearEnd(
          'chien_si_thi_dua_co_so',
          'Chiến sĩ thi đua cơ sở',
          titlesDay,
          lines('individual', some(rng, staffLdtt, 0.12)),
          `Hoàn thành xuất sắc nhiệm vụ, có sáng kiến được công nhận năm ${year}`,
        ),
        yearEnd(
          'tap_the_lao_dong_tien_tien',
          'Tập thể lao động tiên tiến',
          titlesDay,
          lines('collective', some(rng, p.bodies, 0.6)),
          `Hoàn thành tốt nhiệm vụ năm ${year}`,
        ),
        {
          date: day(12, 25, 29),
          status: 'signed',
          signer: 'chairman',
          subject: `Về việc tặng Giấy khen cho các tập thể, cá nhân, hộ gia đình đã có thành tích xuất sắc trong phong trào thi đua năm ${year}`,
          catalogue: 'giay_khen_chu_tich_phuong',
          method: 'regular',
          period: whole,
          defaultAchievement: `Đã có thành tích xuất sắc trong phong trào thi đua năm ${year}`,
          lines: [
            ...lines('collective', [...some(rng, p.bodies, 0.25), ...some(rng, p.groups, 0.2)]),
            ...lines('individual', [...some(rng, p.staff, 0.03), ...some(rng, p.residents, 0.003)]),
            ...lines('household', some(rng, p.households, 0.01)),
          ],
        },
      );
    }

    // Numbers in date order; decisions of the same day keep the order they were listed in.
    const dated = drafts
      .filter((d) => d.date !== null)
      .sort((a, b) => (a.date! < b.date! ? -1 : a.date! > b.date! ? 1 : 0));
    dated.forEach((d, i) => decisions.push(toDecision(d, year, i + 1)));
    for (const d of drafts) if (d.date === null) decisions.push(toDecision(d, year, null));
  }
  return decisions;
}

function toDecision(d: Draft, year: number, number: number | null): SeedDecision {
  return {
    year,
    number,
    date: d.date,
    status: d.status,
    signer: d.signer,
    subject: d.subject,
    catalogue: d.catalogue,
    method: d.method,
    achievementFrom: d.period[0],
    achievementTo: d.period[1],
    defaultAchievement: d.defaultAchievement,
    cancelReason: d.cancelReason ?? null,
    // Linked to a movement by generate.ts once the movements exist.
    movement: null,
    lines: d.lines,
  };
}
