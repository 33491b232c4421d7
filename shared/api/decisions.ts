import { channel } from './define';
import { byId } from '../schemas/common';
import { z } from 'zod';
import {
  addRecipientsSchema,
  decisionCancelSchema,
  decisionCorrectSchema,
  decisionInputSchema,
  decisionListSchema,
  decisionSignSchema,
  decisionUpdateSchema,
  lineCorrectSchema,
  lineUpdateSchema,
  pasteCommitSchema,
  pastePreviewSchema,
  removeLinesSchema,
  reorderLinesSchema,
  type AddRecipientsResult,
  type AwardLine,
  type Decision,
  type DecisionCorrection,
  type DecisionSummary,
  type LineHint,
  type PasteCommitResult,
  type PastePreview,
} from '../schemas/decisions';

const yearInput = z.object({ year: z.number().int().min(2000).max(2100) }).strict();

export const decisionChannels = {
  /** Newest first (year, then number; drafts without a number first within their year). */
  'decisions.list': channel<DecisionSummary[]>()(decisionListSchema),
  'decisions.get': channel<Decision>()(byId),
  /** The next free number of the year (the largest used + 1, cancelled decisions included). */
  'decisions.suggestNumber': channel<{ number: number; numberText: string }>()(yearInput),
  /** A draft; CONFLICT (on the number field) when the number is taken in that year. */
  'decisions.create': channel<Decision>()(decisionInputSchema),
  /** Drafts only; a signed decision changes through decisions.correct. */
  'decisions.update': channel<Decision>()(decisionUpdateSchema),
  /**
   * Checks everything a signed decision needs (number — the next free one when empty —, date,
   * signer, subject, award, at least one line), recomputes the money on the decision date and gives
   * every line its số sổ vàng; one transaction.
   */
  'decisions.sign': channel<Decision>()(decisionSignSchema),
  'decisions.cancel': channel<Decision>()(decisionCancelSchema),
  'decisions.correct': channel<Decision>()(decisionCorrectSchema),
  'decisions.corrections': channel<DecisionCorrection[]>()(byId),
  /** Drafts only (to the trash); signed and cancelled decisions are kept for good. */
  'decisions.delete': channel<{ id: number }>()(byId),

  /** The list in print order: collectives, individuals, households; each as entered or sorted. */
  'decisions.lines': channel<AwardLine[]>()(byId),
  'decisions.addRecipients': channel<AddRecipientsResult>()(addRecipientsSchema),
  'decisions.updateLine': channel<AwardLine>()(lineUpdateSchema),
  'decisions.correctLine': channel<AwardLine>()(lineCorrectSchema),
  'decisions.removeLines': channel<{ removed: number }>()(removeLinesSchema),
  'decisions.reorderLines': channel<AwardLine[]>()(reorderLinesSchema),
  /** Matches pasted rows to the registry without writing anything. */
  'decisions.pastePreview': channel<PastePreview>()(pastePreviewSchema),
  /** Creates the missing records and adds every row to the list, in one transaction. */
  'decisions.pasteCommit': channel<PasteCommitResult>()(pasteCommitSchema),
  /** Warnings for the lines of a decision (they never block). */
  'decisions.hints': channel<LineHint[]>()(byId),
};
