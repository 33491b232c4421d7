import { z } from 'zod';
import { requiredText } from './fields';
import { id, isoDate, optionalLongText, optionalText, uploadedFile } from './common';
import { text } from './fields';
import { RECIPIENT_KINDS, type RecipientKind } from '../domain/awards';
import { EXEMPLAR_STAGES, type ExemplarStage } from '../domain/exemplars';

/** Who the model is: a person, a unit (tập thể) or a household of the registry. */
export const subjectRefSchema = z.object({ kind: z.enum(RECIPIENT_KINDS), id }).strict();

/** What the model form edits. A subject "created inline" is created first, then referenced here. */
export const exemplarInputSchema = z
  .object({
    subject: subjectRefSchema,
    title: requiredText('Tên điển hình', 300),
    /** Lĩnh vực: one of SUGGESTED_FIELDS or free text. */
    field: optionalText('Lĩnh vực', 100),
    movementId: id.nullable(),
    /** What they did. */
    description: optionalLongText('Thành tích, việc làm', 4000),
    /** Who found the model (a unit, an officer, the press...). */
    source: optionalText('Nguồn phát hiện', 300),
    discoveredOn: isoDate('Ngày phát hiện'),
  })
  .strict();
export type ExemplarInput = z.input<typeof exemplarInputSchema>;
export type ExemplarValues = z.output<typeof exemplarInputSchema>;

export const exemplarUpdateSchema = z.object({ id, values: exemplarInputSchema }).strict();

const year = z.number().int().min(1900).max(2100);

export const exemplarListSchema = z
  .object({
    stage: z.enum(EXEMPLAR_STAGES).nullable().default(null),
    movementId: id.nullable().default(null),
    field: text('Lĩnh vực', 100).nullable().default(null),
    subjectKind: z.enum(RECIPIENT_KINDS).nullable().default(null),
    search: text('Tìm kiếm', 200).default(''),
    /** The year the model was found. */
    year: year.nullable().default(null),
  })
  .strict();
export type ExemplarListQuery = z.input<typeof exemplarListSchema>;
export type ExemplarListFilters = z.output<typeof exemplarListSchema>;

/** A move to another stage (forward or back one step) on a given day, with a note. */
export const moveStageSchema = z
  .object({
    id,
    stage: z.enum(EXEMPLAR_STAGES),
    onDate: isoDate('Ngày chuyển'),
    note: optionalLongText('Ghi chú', 1000),
  })
  .strict();
export type MoveStageInput = z.input<typeof moveStageSchema>;
export type MoveStageValues = z.output<typeof moveStageSchema>;

export const addEvidenceSchema = z.object({ modelId: id, file: uploadedFile }).strict();
export const byModelId = z.object({ modelId: id }).strict();
export const byAttachmentId = z.object({ attachmentId: id }).strict();

/** A model as the board shows it. */
export interface ExemplarSummary {
  id: number;
  title: string;
  subjectKind: RecipientKind;
  subjectId: number;
  /** The registry's current name. */
  subjectName: string;
  /** Position and unit of a person, kind of a unit, address of a household. */
  subjectDetail: string | null;
  field: string | null;
  movementId: number | null;
  movementName: string | null;
  stage: ExemplarStage;
  /** The date of the move into the current stage (the discovery date at first). */
  stageOn: string;
  discoveredOn: string;
  evidenceCount: number;
  /** Its movement is closed or archived: nothing of the model changes until the movement reopens. */
  readOnly: boolean;
  updatedAt: string;
}

/** One row of the stage history: the stage, its date, the note, who moved it and when that was recorded. */
export interface StageMove {
  id: number;
  stage: ExemplarStage;
  onDate: string;
  note: string | null;
  movedBy: string;
  at: string;
}

/** A model with everything its page needs. */
export interface Exemplar extends ExemplarSummary {
  description: string | null;
  source: string | null;
  /** Oldest first. */
  history: StageMove[];
  createdAt: string;
}

/** An evidence file of a model (its bytes stay in the database). */
export interface Evidence {
  id: number;
  modelId: number;
  fileName: string;
  mimeType: string;
  sizeBytes: number;
  sha256: string;
  addedBy: string;
  createdAt: string;
}

/** Where an opened evidence file went: a temp copy opened by the desktop, or a browser download. */
export interface OpenEvidenceResult {
  opened: boolean;
  fileName: string;
  location: string;
}
