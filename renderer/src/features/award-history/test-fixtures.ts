import type { AwardRecord } from '../../../../shared/schemas/award-history';

/** An award line as `awards.history` / `awards.search` return it, with quiet defaults. */
export function awardOf(fields: Partial<AwardRecord> & Pick<AwardRecord, 'awardId'>): AwardRecord {
  return {
    decisionId: 7,
    year: 2025,
    decisionNumberText: '05/QĐ-UBND',
    decisionNumber: 5,
    decisionDate: '2025-12-19',
    decisionStatus: 'signed',
    catalogueId: 1,
    catalogueName: 'Lao động tiên tiến',
    catalogueKind: 'title',
    recipientKind: 'individual',
    recipientId: 42,
    name: 'Nguyễn Thị Ngọc Ánh',
    positionUnit: 'Giáo viên, Trường Tiểu học Lê Chân',
    staffCategory: 'civil_servant',
    achievement: 'Hoàn thành tốt nhiệm vụ năm 2025',
    achievementFrom: '2025-01-01',
    achievementTo: '2025-12-31',
    amount: 760_000,
    registerYear: 2025,
    registerNumber: 12,
    ...fields,
  };
}
