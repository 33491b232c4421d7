import { channel } from './define';
import { byId } from '../schemas/common';
import {
  addEvidenceSchema,
  byAttachmentId,
  byModelId,
  exemplarInputSchema,
  exemplarListSchema,
  exemplarUpdateSchema,
  moveStageSchema,
  type Evidence,
  type Exemplar,
  type ExemplarSummary,
  type OpenEvidenceResult,
} from '../schemas/exemplars';

export const exemplarChannels = {
  /** Board data: every live model matching the filters, in stage order, latest move first. */
  'exemplars.list': channel<ExemplarSummary[]>()(exemplarListSchema),
  /** One model with its full stage history. */
  'exemplars.get': channel<Exemplar>()(byId),
  /** A new model at 'discovered' (the first history row dated discoveredOn). */
  'exemplars.create': channel<Exemplar>()(exemplarInputSchema),
  'exemplars.update': channel<Exemplar>()(exemplarUpdateSchema),
  /** One step forward or back; the date not in the future nor before the current stage's date. */
  'exemplars.moveStage': channel<Exemplar>()(moveStageSchema),
  /** To the trash. */
  'exemplars.delete': channel<{ id: number }>()(byId),
  /** An image, PDF or Word file up to 20 MB, checked by content; stored inside the database. */
  'exemplars.addEvidence': channel<Evidence>()(addEvidenceSchema),
  'exemplars.listEvidence': channel<Evidence[]>()(byModelId),
  /** Drops the file (and its bytes when no other attachment shares them). */
  'exemplars.removeEvidence': channel<{ id: number }>()(byAttachmentId),
  /** Hands the file to the desktop to open (a download in the harness). */
  'exemplars.openEvidence': channel<OpenEvidenceResult>()(byAttachmentId),
};
