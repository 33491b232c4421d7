import type { Db } from '../db/types';
import type { Clock } from '../clock';
import { getHintDecision, listHintLines, listOtherAwards } from '../db/repos/decision-hints';
import { pastePreview } from './decision-paste';
import { AppError } from '../../../shared/errors';
import { todayIso } from '../../../shared/rules/dates';
import { eligibilityHints } from '../../../shared/rules/eligibility';
import type { RecipientKind } from '../../../shared/domain/awards';
import type { LineHint, PastePreview } from '../../../shared/schemas/decisions';

/** Warnings for the lines of a decision (they never block); NOT_FOUND for a missing or trashed decision. */
export function decisionHints(db: Db, clock: Clock, decisionId: number): LineHint[] {
  const decision = getHintDecision(db, decisionId);
  if (!decision) throw new AppError('NOT_FOUND', 'Không tìm thấy quyết định này (có thể đã bị xóa).');
  const lines = listHintLines(db, decisionId);
  if (lines.length === 0) return [];
  return eligibilityHints({
    decision,
    lines,
    otherAwards: listOtherAwards(db, decisionId),
    today: todayIso(clock.now()),
  });
}

/** The read-only helpers of a decision's list: matching a pasted block, and eligibility hints. */
export interface DecisionListsService {
  pastePreview(input: { decisionId: number; kind: RecipientKind; text: string }): PastePreview;
  hints(decisionId: number): LineHint[];
}

export function createDecisionListsService(deps: { db: Db; clock: Clock }): DecisionListsService {
  return {
    pastePreview: (input) => pastePreview(deps.db, input),
    hints: (decisionId) => decisionHints(deps.db, deps.clock, decisionId),
  };
}
