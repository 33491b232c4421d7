// Slot wired into the decision page; its owner replaces this body.
import type { AwardLine, Decision } from '../../../../shared/schemas/decisions';

export interface DecisionDocumentsProps {
  decision: Decision;
  lines: AwardLine[];
  /** Lines ticked in the list; empty = the whole list. */
  selectedLineIds: number[];
}

export function DecisionDocuments(_props: DecisionDocumentsProps) {
  return null;
}
