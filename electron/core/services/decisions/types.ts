import type { z } from 'zod';
import type {
  AddRecipientsResult,
  AwardLine,
  Decision,
  DecisionCorrection,
  DecisionSummary,
  DecisionValues,
  PasteCommitResult,
  decisionListSchema,
  lineCorrectSchema,
  lineUpdateSchema,
  pasteCommitSchema,
  recipientRefSchema,
} from '../../../../shared/schemas/decisions';
import type { RecipientKind } from '../../../../shared/domain/awards';

export type DecisionListFilters = z.output<typeof decisionListSchema>;
export type RecipientRefValues = z.output<typeof recipientRefSchema>;
export type LineUpdateValues = z.output<typeof lineUpdateSchema>;
export type LineCorrectValues = z.output<typeof lineCorrectSchema>;
export type PasteCommitValues = z.output<typeof pasteCommitSchema>;

/**
 * Decisions (Quyết định khen thưởng) and their lists. Every write is one transaction with its audit
 * row; called inside another transaction (a proposal turned into a decision) it becomes a savepoint.
 * Errors are AppError: NOT_FOUND, CONFLICT (duplicate number, not a draft), VALIDATION (with fields).
 */
export interface DecisionsService {
  list(filters: DecisionListFilters): DecisionSummary[];
  get(id: number): Decision;
  suggestNumber(year: number): { number: number; numberText: string };
  create(values: DecisionValues): Decision;
  /** Drafts only. */
  update(id: number, values: DecisionValues): Decision;
  sign(id: number): Decision;
  cancel(id: number, reason: string): Decision;
  correct(id: number, values: DecisionValues, reason: string): Decision;
  corrections(id: number): DecisionCorrection[];
  /** Drafts only, to the trash. */
  delete(id: number): { id: number };

  /** In print order (sections, then the decision's recipient order). */
  lines(decisionId: number): AwardLine[];
  addRecipients(decisionId: number, recipients: RecipientRefValues[]): AddRecipientsResult;
  updateLine(values: LineUpdateValues): AwardLine;
  correctLine(values: LineCorrectValues): AwardLine;
  removeLines(decisionId: number, lineIds: number[]): { removed: number };
  reorderLines(decisionId: number, kind: RecipientKind, lineIds: number[]): AwardLine[];
  pasteCommit(values: PasteCommitValues): PasteCommitResult;
}
