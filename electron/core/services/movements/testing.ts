import type { MovementInput } from '../../../../shared/schemas/movements';

/** A movement form for a one-year regular movement with the optional fields empty, open to every unit. */
export const movementInput = (name: string, more: Partial<MovementInput> = {}): MovementInput => ({
  name,
  theme: '',
  kind: 'regular',
  scope: 'ward',
  scopeClusterId: null,
  scopeUnitId: null,
  docNumber: '',
  docDate: null,
  docSigner: '',
  periodFromYear: 2026,
  periodToYear: 2026,
  startsOn: null,
  endsOn: null,
  responsibleOffice: '',
  description: '',
  criteria: [],
  participants: { mode: 'all', clusterId: null, unitIds: [] },
  ...more,
});
