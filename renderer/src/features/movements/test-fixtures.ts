import type { Movement, MovementSummary } from '../../../../shared/schemas/movements';

/** A five-year movement in progress, as `movements.list` returns it. */
export const SUMMARY: MovementSummary = {
  id: 7,
  name: 'Toàn dân đoàn kết xây dựng đời sống văn hóa',
  theme: 'Phường văn minh, sạch đẹp',
  kind: 'regular',
  scope: 'ward',
  docNumber: '45/KH-UBND',
  docDate: '2026-01-15',
  periodFromYear: 2026,
  periodToYear: 2030,
  status: 'in_progress',
  unitCount: 2,
  archivedAt: null,
  closedAt: null,
  updatedAt: '2026-02-01T08:00:00.000Z',
};

/** The same movement as `movements.get` returns it. */
export const MOVEMENT: Movement = {
  ...SUMMARY,
  scopeClusterId: null,
  scopeClusterName: null,
  scopeUnitId: null,
  scopeUnitName: null,
  docSigner: 'Nguyễn Văn Hùng',
  startsOn: null,
  endsOn: null,
  responsibleOffice: 'Phòng Văn hóa - Xã hội',
  description: null,
  criteria: [
    { id: 1, position: 0, content: 'Hộ gia đình văn hóa', target: '90% hộ', weightPercent: 60 },
    { id: 2, position: 1, content: 'Tổ dân phố văn hóa', target: null, weightPercent: 40 },
  ],
  units: [
    { id: 3, name: 'Tổ dân phố số 5', active: true },
    { id: 4, name: 'Tổ dân phố số 7', active: true },
  ],
  participants: { mode: 'picked', clusterId: null, unitIds: [3, 4] },
  registrationCount: 0,
  modelCount: 0,
  decisionCount: 0,
  createdAt: '2026-01-20T08:00:00.000Z',
};

export const CLOSED: Movement = {
  ...MOVEMENT,
  status: 'closed',
  closedAt: '2026-11-20T03:00:00.000Z',
};
