import { Paper, SimpleGrid, Text } from '@mantine/core';
import { formatNumberVi } from '../../../../shared/rules/money';

interface CountItem {
  key: string;
  label: string;
  value: number;
  color?: string;
}

/** Counts side by side as a description list ("Hợp lệ 5", "Lỗi 3"). */
export function CountList({ items }: { items: CountItem[] }) {
  return (
    <SimpleGrid component="dl" cols={{ base: 2, sm: items.length }} spacing="sm" m={0}>
      {items.map((item) => (
        <Paper key={item.key} withBorder px="sm" py={6} data-testid={`count-${item.key}`}>
          <Text component="dt" size="sm" c="dimmed">
            {item.label}
          </Text>
          <Text component="dd" m={0} fz={22} fw={600} lh={1.25} c={item.value > 0 ? item.color : undefined}>
            {formatNumberVi(item.value)}
          </Text>
        </Paper>
      ))}
    </SimpleGrid>
  );
}
