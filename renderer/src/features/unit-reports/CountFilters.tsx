import { Badge, Button, Group } from '@mantine/core';
import type { UnitReportsOverview } from '../../../../shared/schemas/reports';
import { formatNumberVi } from '../../../../shared/rules/money';
import { COUNT_FILTERS, type CountFilter } from './filters';
import { unitReportsTexts as t } from './texts';

const LABELS: Record<CountFilter, string> = {
  expected: t.countExpected,
  on_time: t.countOnTime,
  late: t.countLate,
  not_received: t.countNotReceived,
};

function countOf(counts: UnitReportsOverview['counts'], filter: CountFilter): number {
  switch (filter) {
    case 'expected':
      return counts.expected;
    case 'on_time':
      return counts.onTime;
    case 'late':
      return counts.late;
    case 'not_received':
      return counts.pending + counts.missing;
  }
}

/**
 * The year's counts over the units that must report, each a toggle that filters the table to its
 * units (pressing the chosen one again shows every row). "Chưa nộp" turns red once any is overdue.
 */
export function CountFilters({
  counts,
  value,
  onChange,
}: {
  counts: UnitReportsOverview['counts'];
  value: CountFilter | null;
  onChange(next: CountFilter | null): void;
}) {
  const colors: Record<CountFilter, string> = {
    expected: 'blue',
    on_time: 'green',
    late: 'orange',
    not_received: counts.missing > 0 ? 'red' : 'gray',
  };
  return (
    <Group gap="xs" role="group" aria-label={t.countsLabel}>
      {COUNT_FILTERS.map((filter) => {
        const count = countOf(counts, filter);
        const active = value === filter;
        return (
          <Button
            key={filter}
            size="compact-md"
            radius="xl"
            color={colors[filter]}
            variant={active ? 'filled' : 'light'}
            aria-pressed={active}
            aria-label={t.countFilterOf(LABELS[filter], count)}
            data-testid={`count-${filter}`}
            onClick={() => onChange(active ? null : filter)}
            rightSection={
              <Badge
                size="md"
                circle={count < 10}
                variant={active ? 'white' : 'filled'}
                color={colors[filter]}
                aria-hidden
              >
                {formatNumberVi(count)}
              </Badge>
            }
          >
            {LABELS[filter]}
          </Button>
        );
      })}
    </Group>
  );
}
