import { Badge } from '@mantine/core';
import type { UnitRow } from '../../../../shared/schemas/registry/units';
import { unitsTexts as t } from './texts';

/** "Đang hoạt động", or "Ngừng từ dd/mm/yyyy" for a deactivated unit; `quiet` shows only the latter. */
export function UnitStatus({
  unit,
  quiet = false,
}: {
  unit: Pick<UnitRow, 'active' | 'activeTo'>;
  quiet?: boolean;
}) {
  if (unit.active) {
    return quiet ? null : (
      <Badge color="green" variant="light" tt="none" fw={500}>
        {t.active}
      </Badge>
    );
  }
  return (
    <Badge color="gray" variant="light" tt="none" fw={500}>
      {t.inactiveSince(unit.activeTo)}
    </Badge>
  );
}
