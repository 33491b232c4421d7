import { Badge } from '@mantine/core';
import { MOVEMENT_STATUS_LABELS, type MovementStatus } from '../../../../shared/domain/movements';
import { movementsTexts as t } from './texts';

const STATUS_COLORS: Record<MovementStatus, string> = {
  draft: 'gray',
  launched: 'blue',
  in_progress: 'teal',
  reviewing: 'violet',
  closed: 'dark',
};

export function MovementStatusBadge({ status }: { status: MovementStatus }) {
  return (
    <Badge variant="light" color={STATUS_COLORS[status]} tt="none" fw={500} miw="max-content">
      {MOVEMENT_STATUS_LABELS[status]}
    </Badge>
  );
}

export function ArchivedBadge() {
  return (
    <Badge variant="outline" color="gray" tt="none" fw={500} miw="max-content">
      {t.archived}
    </Badge>
  );
}
