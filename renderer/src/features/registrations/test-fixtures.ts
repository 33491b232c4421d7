import type { CatalogueEntry } from '../../../../shared/schemas/catalogue';
import type { Registration } from '../../../../shared/schemas/registrations';

export const registration = (id: number, name: string, more: Partial<Registration> = {}): Registration => ({
  id,
  movementId: null,
  movementName: null,
  year: new Date().getFullYear(),
  registrantKind: 'collective',
  registrantId: id * 10,
  registrantName: name,
  registrantDetail: 'Cụm 1',
  titles: [{ id: 3, name: 'Tập thể lao động tiên tiến' }],
  commitments: 'Hoàn thành 100% chỉ tiêu',
  status: 'not_sent',
  returnReason: null,
  result: null,
  resultNote: null,
  sentAt: null,
  reviewedAt: null,
  createdAt: '2026-11-20T02:00:00.000Z',
  updatedAt: '2026-11-20T02:00:00.000Z',
  ...more,
});

const entry = (id: number, code: string, name: string, more: Partial<CatalogueEntry>): CatalogueEntry => ({
  id,
  code,
  name,
  kind: 'title',
  level: 'ward',
  allowsCollective: false,
  allowsIndividual: false,
  allowsHousehold: false,
  collectivePermille: null,
  individualPermille: null,
  householdPermille: null,
  rank: 10,
  active: true,
  note: null,
  usageCount: 0,
  createdAt: '2026-01-01T00:00:00.000Z',
  updatedAt: '2026-01-01T00:00:00.000Z',
  ...more,
});

export const CATALOGUE: CatalogueEntry[] = [
  entry(1, 'lao_dong_tien_tien', 'Lao động tiên tiến', { allowsIndividual: true }),
  entry(3, 'tap_the_lao_dong_tien_tien', 'Tập thể lao động tiên tiến', { allowsCollective: true }),
  entry(4, 'tap_the_lao_dong_xuat_sac', 'Tập thể lao động xuất sắc', { allowsCollective: true, rank: 20 }),
  entry(8, 'giay_khen_chu_tich_phuong', 'Giấy khen của Chủ tịch UBND phường', {
    kind: 'form',
    allowsCollective: true,
  }),
];

/** The replies every registrations screen asks for on the side. */
export const SIDE_REPLIES = {
  'catalogue.list': CATALOGUE,
  'clusters.list': [{ id: 7, name: 'Cụm 1', kind: 'cluster' as const, note: null, units: [] }],
  'movements.list': [],
};
