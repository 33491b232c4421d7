import { Badge } from '@mantine/core';
import { UNIT_REPORT_STATUS_LABELS, type UnitReportStatus } from '../../../../shared/domain/reports';

/** Green on time, orange late, grey while the deadline is ahead, red once it has passed. */
export const STATUS_COLORS: Record<UnitReportStatus, string> = {
  on_time: 'green',
  late: 'orange',
  pending: 'gray',
  missing: 'red',
};

export function UnitReportStatusBadge({ status }: { status: UnitReportStatus }) {
  return (
    <Badge
      variant="light"
      color={STATUS_COLORS[status]}
      tt="none"
      fw={500}
      miw="max-content"
      data-status={status}
    >
      {UNIT_REPORT_STATUS_LABELS[status]}
    </Badge>
  );
}
