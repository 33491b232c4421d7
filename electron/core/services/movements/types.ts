import type { ServiceDeps } from '../audit-trail';
import type { MovementStatus } from '../../../../shared/domain/movements';
import type {
  Movement,
  MovementDecision,
  MovementListFilters,
  MovementSummary,
  MovementValues,
} from '../../../../shared/schemas/movements';

export type MovementsDeps = ServiceDeps;

/**
 * Emulation movements (phong trào thi đua): the record with its criteria and participating units,
 * its status from draft to closed, archive and trash. Every write is one transaction with its
 * audit row (entity 'movements').
 */
export interface MovementsService {
  list(filters: MovementListFilters): MovementSummary[];
  get(id: number): Movement;
  create(values: MovementValues): Movement;
  /** Refused while closed or archived (requireOpenMovement). */
  update(id: number, values: MovementValues): Movement;
  /** A step forward, an early close, or a reopening (reason required). */
  setStatus(id: number, status: MovementStatus, reason: string | null): Movement;
  /** To the trash; refused while anything refers to the movement. */
  delete(id: number): { id: number };
  archive(id: number): Movement;
  unarchive(id: number): Movement;
  decisions(id: number): MovementDecision[];
}
