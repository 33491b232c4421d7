import { Badge } from '@mantine/core';
import { DECISION_STATUS_LABELS, type DecisionStatus } from '../../../../shared/domain/decisions';

const COLORS: Record<DecisionStatus, string> = { draft: 'yellow', signed: 'green', cancelled: 'gray' };

/** Dự thảo / Đã ký / Đã hủy. */
export function StatusBadge({ status }: { status: DecisionStatus }) {
  return (
    <Badge variant="light" color={COLORS[status]} tt="none" fw={500} miw="max-content">
      {DECISION_STATUS_LABELS[status]}
    </Badge>
  );
}
