import { Badge } from '@mantine/core';
import {
  PROPOSAL_STATUS_LABELS,
  REVIEW_OUTCOME_LABELS,
  type ProposalStatus,
  type ReviewOutcome,
} from '../../../../shared/schemas/proposals';
import { proposalsTexts as t } from './texts';

const STATUS_COLORS: Record<ProposalStatus, string> = {
  draft: 'gray',
  submitted: 'blue',
  reviewed: 'violet',
  decided: 'green',
  returned: 'orange',
};

const OUTCOME_COLORS: Record<ReviewOutcome, string> = {
  approved: 'green',
  rejected: 'red',
  proposed_upward: 'blue',
};

export function ProposalStatusBadge({ status }: { status: ProposalStatus }) {
  return (
    <Badge variant="light" color={STATUS_COLORS[status]} tt="none" fw={500} miw="max-content">
      {PROPOSAL_STATUS_LABELS[status]}
    </Badge>
  );
}

export function OutcomeBadge({ outcome }: { outcome: ReviewOutcome | null }) {
  return (
    <Badge
      variant={outcome === null ? 'outline' : 'light'}
      color={outcome === null ? 'gray' : OUTCOME_COLORS[outcome]}
      tt="none"
      fw={500}
      miw="max-content"
    >
      {outcome === null ? t.notReviewed : REVIEW_OUTCOME_LABELS[outcome]}
    </Badge>
  );
}
