import type { AwardLine, Decision } from '../../../../shared/schemas/decisions';
import { DEFAULT_BLANK_LAYOUT } from '../../../../shared/domain/certificate';
import type { CertificateLayoutSettings } from '../../../../shared/schemas/documents';

export const SIGNED: Decision = {
  id: 7,
  year: 2026,
  number: 5,
  numberText: '05/QĐ-UBND',
  decisionDate: '2026-07-05',
  subject: 'Về việc tặng Giấy khen',
  catalogueId: 1,
  catalogueName: 'Giấy khen của Chủ tịch UBND phường',
  status: 'signed',
  method: 'regular',
  collectiveCount: 0,
  individualCount: 2,
  householdCount: 0,
  totalAmount: 0,
  signedAt: '2026-07-05T02:00:00.000Z',
  updatedAt: '2026-07-05T02:00:00.000Z',
  signer: { kind: 'vice', name: 'Trần Thị Hương', title: 'Phó Chủ tịch' },
  legalBases: [],
  movementId: null,
  movementName: null,
  achievementFrom: null,
  achievementTo: null,
  defaultAchievement: null,
  recipientOrder: 'entered',
  cancelledAt: null,
  cancelReason: null,
  createdAt: '2026-07-01T02:00:00.000Z',
};

export const line = (id: number, name: string): AwardLine => ({
  id,
  decisionId: SIGNED.id,
  stt: id,
  recipientKind: 'individual',
  recipientId: id,
  name,
  positionUnit: null,
  staffCategory: null,
  achievement: null,
  catalogueId: 1,
  catalogueName: 'Giấy khen',
  paid: true,
  amount: 760000,
  baseSalaryUsed: 2530000,
  registerYear: 2026,
  registerNumber: id,
  printCount: 0,
  lastPrintedAt: null,
});

export const LINES = [line(1, 'Nguyễn Văn Ánh'), line(2, 'Lê Thị Hường'), line(3, 'Đặng Quốc Đạt')];

export const PDF = { base64: 'JVBERi0=', pageCount: 3, fileName: 'Giay-khen-QD-05-2026.pdf' };

export const LAYOUT: CertificateLayoutSettings = {
  full: { pageSize: 'A4', orientation: 'landscape' },
  blank: structuredClone(DEFAULT_BLANK_LAYOUT),
  emblem: null,
};
