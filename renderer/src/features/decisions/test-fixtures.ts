import type { CatalogueEntry } from '../../../../shared/schemas/catalogue';
import type { AwardLine, Decision, DecisionSummary } from '../../../../shared/schemas/decisions';

export const GIAY_KHEN: CatalogueEntry = {
  id: 7,
  code: 'giay_khen',
  name: 'Giấy khen của Chủ tịch UBND phường',
  kind: 'form',
  level: 'ward',
  allowsCollective: true,
  allowsIndividual: true,
  allowsHousehold: true,
  collectivePermille: 600,
  individualPermille: 300,
  householdPermille: 450,
  rank: 0,
  active: true,
  note: null,
  usageCount: 0,
  createdAt: '2026-01-01T00:00:00.000Z',
  updatedAt: '2026-01-01T00:00:00.000Z',
};

export const LDTT: CatalogueEntry = {
  ...GIAY_KHEN,
  id: 1,
  code: 'ldtt',
  name: 'Lao động tiên tiến',
  kind: 'title',
  allowsCollective: false,
  allowsHousehold: false,
  rank: 10,
};

export const RETIRED: CatalogueEntry = { ...LDTT, id: 9, code: null, name: 'Danh hiệu cũ', active: false };

export const summary = (more: Partial<DecisionSummary> = {}): DecisionSummary => ({
  id: 3,
  year: 2026,
  number: 5,
  numberText: '05/QĐ-UBND',
  decisionDate: '2026-07-05',
  subject: 'Về việc tặng Giấy khen cho các tập thể, cá nhân và hộ gia đình có thành tích năm 2026',
  catalogueId: 7,
  catalogueName: 'Giấy khen của Chủ tịch UBND phường',
  status: 'signed',
  method: 'regular',
  collectiveCount: 1,
  individualCount: 2,
  householdCount: 0,
  totalAmount: 3_040_000,
  signedAt: '2026-07-05T03:00:00.000Z',
  updatedAt: '2026-07-05T03:00:00.000Z',
  ...more,
});

export const decision = (more: Partial<Decision> = {}): Decision => ({
  ...summary({ status: 'draft', number: null, numberText: null, signedAt: null }),
  signer: { kind: 'chairman', name: 'Nguyễn Văn Hùng', title: 'Chủ tịch' },
  legalBases: ['Căn cứ Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022'],
  movementId: null,
  movementName: null,
  achievementFrom: null,
  achievementTo: null,
  defaultAchievement: 'Đã có thành tích xuất sắc trong công tác năm 2026',
  recipientOrder: 'entered',
  cancelledAt: null,
  cancelReason: null,
  createdAt: '2026-07-01T03:00:00.000Z',
  ...more,
});

export const line = (id: number, name: string, more: Partial<AwardLine> = {}): AwardLine => ({
  id,
  decisionId: 3,
  stt: 1,
  recipientKind: 'individual',
  recipientId: id * 10,
  name,
  positionUnit: 'Giáo viên, Trường THCS Lê Chân',
  staffCategory: null,
  achievement: null,
  catalogueId: 7,
  catalogueName: 'Giấy khen của Chủ tịch UBND phường',
  paid: true,
  amount: 760_000,
  baseSalaryUsed: 2_530_000,
  registerYear: null,
  registerNumber: null,
  printCount: 0,
  lastPrintedAt: null,
  ...more,
});
