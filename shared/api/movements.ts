import { channel } from './define';
import { byId } from '../schemas/common';
import {
  movementInputSchema,
  movementListSchema,
  movementStatusSchema,
  movementUpdateSchema,
  type Movement,
  type MovementDecision,
  type MovementSummary,
} from '../schemas/movements';

export const movementChannels = {
  /** Latest period first; archived ones only when asked for. */
  'movements.list': channel<MovementSummary[]>()(movementListSchema),
  /** With criteria, participating units and how many registrations, models and decisions refer to it. */
  'movements.get': channel<Movement>()(byId),
  /** A draft movement; 'all' / 'cluster' participants are resolved to units now. */
  'movements.create': channel<Movement>()(movementInputSchema),
  /** Refused (CONFLICT) while the movement is closed or archived. */
  'movements.update': channel<Movement>()(movementUpdateSchema),
  /**
   * One step forward (draft → launched → in_progress → reviewing → closed), closing early once
   * launched, or reopening a closed movement (→ in_progress, reason required).
   */
  'movements.setStatus': channel<Movement>()(movementStatusSchema),
  /** To the trash; refused (CONFLICT) while registrations, models, proposals or decisions refer to it: archive it instead. */
  'movements.delete': channel<{ id: number }>()(byId),
  /** Kept, out of the working lists, read-only. */
  'movements.archive': channel<Movement>()(byId),
  'movements.unarchive': channel<Movement>()(byId),
  /** The award decisions linked to the movement, newest first. */
  'movements.decisions': channel<MovementDecision[]>()(byId),
};
