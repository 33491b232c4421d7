import type { Random } from './random';
import type { Pools } from './awards';
import type { MovementPlan } from './movements';
import type { SeedModel, SeedStage, SizeSpec } from './types';
import type { RecipientKind } from '../../../shared/domain/awards';

/** The officer of Phòng Văn hóa - Xã hội who moves models through the stages in the demo. */
export const SEED_OFFICER = 'Vũ Thị Thanh Huyền';

const STAGES: readonly SeedStage[] = ['discovered', 'nurtured', 'summarized', 'replicated'];

const STAGE_NOTES: Record<SeedStage, string> = {
  discovered: 'Phát hiện qua báo cáo của đơn vị và đề xuất của Ủy ban Mặt trận Tổ quốc phường',
  nurtured: 'Hỗ trợ, hướng dẫn hoàn thiện mô hình; giới thiệu trên trang thông tin điện tử phường',
  summarized: 'Tổng kết, đánh giá hiệu quả tại hội nghị sơ kết',
  replicated: 'Nhân rộng ra các tổ dân phố, đơn vị trong phường',
};

/** What a model is about, by kind of subject: [field, title, what they did]. */
const IDEAS: Record<RecipientKind, [string, string, string][]> = {
  individual: [
    [
      'Chuyển đổi số',
      'Gương cán bộ tiên phong chuyển đổi số',
      'Hướng dẫn người dân dùng dịch vụ công trực tuyến',
    ],
    ['Văn hóa - xã hội', 'Gương người tốt, việc tốt', 'Nhiều năm giúp đỡ người già neo đơn trong tổ dân phố'],
    ['Giáo dục', 'Gương nhà giáo tận tụy', 'Mở lớp học miễn phí cho học sinh có hoàn cảnh khó khăn'],
    ['Kinh tế', 'Gương doanh nhân làm kinh tế giỏi', 'Tạo việc làm ổn định cho lao động địa phương'],
    [
      'Quốc phòng - an ninh',
      'Gương quần chúng bảo vệ an ninh trật tự',
      'Kịp thời phát hiện, tố giác tội phạm',
    ],
    ['Y tế', 'Gương cán bộ y tế tận tâm', 'Chăm sóc sức khỏe ban đầu cho người cao tuổi tại nhà'],
  ],
  collective: [
    [
      'Văn hóa - xã hội',
      'Mô hình “Tuyến phố văn minh, sạch đẹp”',
      'Duy trì vệ sinh, trồng cây xanh trên tuyến phố',
    ],
    [
      'Chuyển đổi số',
      'Mô hình “Tổ dân phố số”',
      'Đưa thông tin tổ dân phố lên nhóm trực tuyến, thanh toán không tiền mặt',
    ],
    [
      'Quốc phòng - an ninh',
      'Mô hình “Camera an ninh cộng đồng”',
      'Lắp camera giám sát các ngõ phố bằng nguồn xã hội hóa',
    ],
    [
      'Xây dựng Đảng, chính quyền',
      'Mô hình “Cải cách hành chính - một cửa thân thiện”',
      'Rút ngắn thời gian giải quyết hồ sơ',
    ],
    [
      'Văn hóa - xã hội',
      'Mô hình “Phân loại rác tại nguồn”',
      'Vận động các hộ phân loại rác hữu cơ, tái chế',
    ],
  ],
  household: [
    ['Kinh tế', 'Hộ kinh doanh giỏi', 'Phát triển kinh doanh, giúp đỡ hộ khó khăn trong tổ'],
    ['Văn hóa - xã hội', 'Gia đình văn hóa tiêu biểu', 'Nhiều năm liền đạt danh hiệu “Gia đình văn hóa”'],
    ['Giáo dục', 'Gia đình hiếu học', 'Các con đều học giỏi, tích cực tham gia khuyến học'],
  ],
};

/** ISO date `days` after `iso` (UTC arithmetic on a calendar date, so no time-zone shift). */
function addDays(iso: string, days: number): string {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d + days)).toISOString().slice(0, 10);
}

/**
 * `size.modelsPerYear` models discovered each year, individuals most often. The older a model, the
 * further it may have gone (phát hiện → bồi dưỡng → tổng kết → nhân rộng), each stage 1.5-5 months
 * after the last and never after mid-November of the last year, so every history is in order and
 * ends in the model's current stage.
 */
export function generateModels(rng: Random, pool: Pools, plan: MovementPlan, size: SizeSpec): SeedModel[] {
  const [first, last] = size.awardYears;
  const cap = `${last}-11-15`;
  const people = [...pool.staff, ...pool.residents, ...pool.workers];
  const units = [...pool.bodies, ...pool.groups];
  const models: SeedModel[] = [];
  for (let year = first; year <= last; year++) {
    for (let n = 0; n < size.modelsPerYear; n++) {
      const roll = rng.next();
      const kind: RecipientKind = roll < 0.45 ? 'individual' : roll < 0.75 ? 'collective' : 'household';
      const refs = kind === 'individual' ? people : kind === 'collective' ? units : pool.households;
      if (refs.length === 0) continue;
      const [field, title, deed] = rng.pick(IDEAS[kind]);
      // This year's models are young; a model of three years ago may be replicated already.
      const reach = Math.min(3, rng.int(0, last - year + 1));
      let on = `${year}-${String(rng.int(1, year === last ? 8 : 10)).padStart(2, '0')}-${String(rng.int(1, 28)).padStart(2, '0')}`;
      const history: SeedModel['history'] = [{ stage: 'discovered', on, note: STAGE_NOTES.discovered }];
      for (let s = 1; s <= reach; s++) {
        const next = addDays(on, rng.int(45, 150));
        if (next > cap) break;
        on = next;
        const stage = STAGES[s]!;
        history.push({ stage, on, note: STAGE_NOTES[stage] });
      }
      const own = rng.chance(0.5) ? plan.cultureOf.get(year) : plan.planOf.get(year);
      // A model still on its way (not replicated) from a past year is carried on in this year's
      // plan: the app freezes models of finished movements, and the demo should let them move.
      const carried = year < last && history.length < STAGES.length;
      models.push({
        kind,
        ref: rng.pick(refs),
        field,
        movement: carried ? (plan.planOf.get(last) ?? null) : (own ?? null),
        title,
        description: `${deed}.`,
        source: rng.pick([
          'Báo cáo của đơn vị',
          'Đề xuất của Ủy ban Mặt trận Tổ quốc phường',
          'Phản ánh của Nhân dân',
        ]),
        history,
      });
    }
  }
  return models;
}
