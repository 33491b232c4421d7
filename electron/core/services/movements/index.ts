import { movementsContext } from './context';
import { movementRecords } from './records';
import { movementLifecycle } from './lifecycle';
import type { MovementsDeps, MovementsService } from './types';

export type { MovementsService } from './types';
export { requireOpenMovement } from './guard';

/** Emulation movements (phong trào thi đua): records, criteria, participants, status, archive. */
export function createMovementsService(deps: MovementsDeps): MovementsService {
  const ctx = movementsContext(deps);
  return { ...movementRecords(ctx), ...movementLifecycle(ctx) };
}
