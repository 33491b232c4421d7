import type { RequestContext } from '../../api/router';
import type {
  Evidence,
  Exemplar,
  ExemplarListFilters,
  ExemplarSummary,
  ExemplarValues,
  MoveStageValues,
  OpenEvidenceResult,
} from '../../../../shared/schemas/exemplars';
import type { UploadedFile } from './file-types';

/**
 * Exemplary models (điển hình tiên tiến, gương người tốt việc tốt): who, what they did, the four-stage
 * cycle with its history, and evidence files kept inside the database. A model whose movement is
 * closed or archived is read-only (every write below is refused) until the movement is reopened.
 */
export interface ExemplarsService {
  list(filters: ExemplarListFilters): ExemplarSummary[];
  get(id: number): Exemplar;
  create(values: ExemplarValues): Exemplar;
  update(id: number, values: ExemplarValues): Exemplar;
  moveStage(values: MoveStageValues): Exemplar;
  delete(id: number): { id: number };
  addEvidence(modelId: number, file: UploadedFile): Evidence;
  listEvidence(modelId: number): Evidence[];
  removeEvidence(attachmentId: number): { id: number };
  openEvidence(attachmentId: number, dialogs: RequestContext['dialogs']): Promise<OpenEvidenceResult>;
}
