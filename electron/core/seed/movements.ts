import type { Random } from './random';
import type { SeedDecision, SeedMovement, SizeSpec } from './types';
import type { UnitPlan } from './units';

/** Who signs the launching plans (the chairman of SEED_SIGNERS in insert-awards.ts). */
const CHAIRMAN = 'Phạm Văn Hùng';
const OFFICE = 'Phòng Văn hóa - Xã hội';
const pad = (n: number) => String(n).padStart(2, '0');

/** The seed plan's name for a five-year period, as the ward's Kế hoạch names it. */
export const planName = (from: number, to: number) =>
  `Đợt thi đua thực hiện thắng lợi nhiệm vụ phát triển kinh tế - xã hội hàng năm và giai đoạn 5 năm (${from}-${to})`;

/** The themes of the seed plan, one criterion each (the plan's own headings). */
export const PLAN_CRITERIA: SeedMovement['criteria'] = [
  {
    content: 'Đổi mới sáng tạo trong lãnh đạo, chỉ đạo và thực hiện nhiệm vụ',
    target: 'Mỗi đơn vị ít nhất 01 sáng kiến, giải pháp',
    weightPercent: 15,
  },
  {
    content: 'Chuyển đổi số và chuyển đổi xanh',
    target: '100% hồ sơ thủ tục hành chính được số hóa',
    weightPercent: 15,
  },
  {
    content: 'Xây dựng nền hành chính chuyên nghiệp, hiện đại, phục vụ Nhân dân',
    target: 'Không có hồ sơ trễ hạn',
    weightPercent: 15,
  },
  {
    content: 'Phát triển kinh tế tư nhân',
    target: 'Tăng số doanh nghiệp, hộ kinh doanh đăng ký mới',
    weightPercent: 15,
  },
  {
    content: 'Văn hóa, giáo dục, y tế và bảo đảm an sinh xã hội',
    target: 'Trên 90% hộ đạt danh hiệu “Gia đình văn hóa”',
    weightPercent: 20,
  },
  {
    content: 'Củng cố quốc phòng, giữ vững an ninh chính trị, trật tự an toàn xã hội',
    target: 'Hoàn thành 100% chỉ tiêu giao quân',
    weightPercent: 15,
  },
  { content: 'Công tác đối ngoại và hội nhập', target: null, weightPercent: 5 },
];

const ROTATING_THEMES: { name: string; theme: string; criteria: string[] }[] = [
  {
    name: 'Chung tay vì người nghèo - Không để ai bị bỏ lại phía sau',
    theme: 'Mỗi đơn vị giúp đỡ ít nhất một hộ nghèo, hộ cận nghèo',
    criteria: ['Vận động ủng hộ Quỹ Vì người nghèo', 'Hỗ trợ sinh kế cho hộ nghèo, cận nghèo'],
  },
  {
    name: 'Cả nước thi đua xây dựng xã hội học tập, đẩy mạnh học tập suốt đời',
    theme: 'Gia đình học tập, dòng họ học tập, cộng đồng học tập',
    criteria: ['Tỷ lệ gia đình học tập', 'Số lớp học, buổi sinh hoạt cộng đồng'],
  },
  {
    name: 'Toàn dân bảo vệ an ninh Tổ quốc',
    theme: 'Xây dựng tổ dân phố an toàn về an ninh, trật tự',
    criteria: ['Tổ dân phố không có tội phạm, tệ nạn xã hội', 'Số tin báo tố giác tội phạm'],
  },
  {
    name: 'Chuyển đổi số trong cộng đồng',
    theme: 'Mỗi người dân có tài khoản định danh điện tử mức 2',
    criteria: ['Tỷ lệ người dân có định danh điện tử', 'Tỷ lệ thanh toán không dùng tiền mặt'],
  },
  {
    name: 'Xanh - Sạch - Đẹp, không rác thải nhựa',
    theme: 'Tổ dân phố sáng, xanh, sạch, đẹp',
    criteria: ['Phân loại rác tại nguồn', 'Trồng cây xanh, làm đẹp ngõ phố'],
  },
];

export interface MovementPlan {
  movements: SeedMovement[];
  /** Index of the five-year plan covering each year (units and staff register in it). */
  planOf: Map<number, number>;
  /** Index of the year's "Toàn dân đoàn kết xây dựng đời sống văn hóa" movement. */
  cultureOf: Map<number, number>;
  /** Index of the seed plan 2026-2030 (the demo's headline movement). */
  seedPlan: number;
}

/**
 * The movements of `size.awardYears`: the five-year plans covering them (past ones closed, the
 * current one in progress with every unit), and each year a culture movement, a peak campaign
 * before Quốc khánh and one thematic movement in rotation. Past years are closed; this year's are
 * in progress except the finished campaign, which is being reviewed.
 */
export function generateMovements(rng: Random, plans: readonly UnitPlan[], size: SizeSpec): MovementPlan {
  const [first, last] = size.awardYears;
  const movements: SeedMovement[] = [];
  const planOf = new Map<number, number>();
  const cultureOf = new Map<number, number>();
  // Generated units are all active (none has a deactivation date), so every one takes part.
  const all = plans.map((_p, i) => i);
  const groups = all.filter((i) => plans[i]?.profile === 'residential');
  const bodies = all.filter((i) => plans[i]?.profile !== 'residential');
  const front = all.filter((i) => ['front', 'association'].includes(plans[i]?.profile ?? ''));
  const closed = (year: number) => `${year}-12-31T09:00:00.000Z`;
  let seedPlan = -1;

  for (let from = first - ((first - 1) % 5); from <= last; from += 5) {
    const to = from + 4;
    const current = to >= last;
    const isSeed = from === 2026;
    if (isSeed) seedPlan = movements.length;
    for (let y = Math.max(from, first); y <= Math.min(to, last); y++) planOf.set(y, movements.length);
    movements.push({
      name: planName(from, to),
      theme: 'Đổi mới sáng tạo, chuyển đổi số và chuyển đổi xanh; xây dựng phường văn minh, hiện đại',
      kind: 'regular',
      docNumber: isSeed ? '45/KH-UBND' : `${rng.int(20, 60)}/KH-UBND`,
      docDate: isSeed ? '2026-02-10' : `${from}-02-${pad(rng.int(2, 26))}`,
      docSigner: CHAIRMAN,
      fromYear: from,
      toYear: to,
      startsOn: null,
      endsOn: null,
      responsibleOffice: OFFICE,
      description:
        'Phát động trong toàn phường. Các đơn vị gửi báo cáo về UBND phường trước ngày 10/12; phường tổng hợp, báo cáo thành phố trước ngày 15/12 hằng năm.',
      status: current ? 'in_progress' : 'closed',
      closedAt: current ? null : closed(to),
      criteria: PLAN_CRITERIA,
      units: all,
    });
  }

  for (let year = first; year <= last; year++) {
    const current = year === last;
    cultureOf.set(year, movements.length);
    movements.push({
      name: `Toàn dân đoàn kết xây dựng đời sống văn hóa năm ${year}`,
      theme: 'Xây dựng gia đình văn hóa, tổ dân phố văn hóa',
      kind: 'thematic',
      docNumber: `${rng.int(3, 15)}/KH-UBND`,
      docDate: `${year}-01-${pad(rng.int(5, 25))}`,
      docSigner: CHAIRMAN,
      fromYear: year,
      toYear: year,
      startsOn: null,
      endsOn: null,
      responsibleOffice: OFFICE,
      description: null,
      status: current ? 'in_progress' : 'closed',
      closedAt: current ? null : closed(year),
      criteria: [
        { content: 'Tỷ lệ hộ đạt danh hiệu “Gia đình văn hóa”', target: 'Trên 90%', weightPercent: 50 },
        { content: 'Tổ dân phố đạt danh hiệu “Tổ dân phố văn hóa”', target: 'Trên 80%', weightPercent: 50 },
      ],
      units: [...groups, ...front],
    });
    movements.push({
      name: `Đợt thi đua cao điểm chào mừng kỷ niệm Cách mạng tháng Tám và Quốc khánh 2/9 năm ${year}`,
      theme: null,
      kind: 'periodic',
      docNumber: `${rng.int(60, 90)}/KH-UBND`,
      docDate: `${year}-05-${pad(rng.int(10, 28))}`,
      docSigner: CHAIRMAN,
      fromYear: year,
      toYear: year,
      startsOn: `${year}-06-01`,
      endsOn: `${year}-09-02`,
      responsibleOffice: OFFICE,
      description: null,
      status: current ? 'reviewing' : 'closed',
      closedAt: current ? null : closed(year),
      criteria: [{ content: 'Hoàn thành vượt mức chỉ tiêu đợt thi đua', target: null, weightPercent: null }],
      units: bodies,
    });
    const rotating = ROTATING_THEMES[(year - first) % ROTATING_THEMES.length]!;
    movements.push({
      name: `${rotating.name} năm ${year}`,
      theme: rotating.theme,
      kind: 'thematic',
      docNumber: `${rng.int(16, 40)}/KH-UBND`,
      docDate: `${year}-03-${pad(rng.int(2, 28))}`,
      docSigner: CHAIRMAN,
      fromYear: year,
      toYear: year,
      startsOn: null,
      endsOn: null,
      responsibleOffice: OFFICE,
      description: null,
      status: current ? 'in_progress' : 'closed',
      closedAt: current ? null : closed(year),
      criteria: rotating.criteria.map((content) => ({ content, target: null, weightPercent: null })),
      units: all.filter(() => rng.chance(0.6)),
    });
  }
  if (seedPlan < 0) throw new Error('Seed: the award years must include 2026 (the seed plan)');
  return { movements, planOf, cultureOf, seedPlan };
}

/**
 * Ties each decision to the movement it rewards: the mid-year Giấy khen to the year's culture
 * movement, the year-end titles and Giấy khen to the five-year plan; brave deeds to none.
 */
export function linkDecisions(decisions: SeedDecision[], plan: MovementPlan): void {
  for (const d of decisions) {
    if (d.method === 'ad_hoc') continue;
    const target = d.method === 'thematic' ? plan.cultureOf.get(d.year) : plan.planOf.get(d.year);
    d.movement = target ?? null;
  }
}
