import { SimpleGrid, Stack, Text } from '@mantine/core';
import type { ReactNode } from 'react';

export interface DetailItem {
  label: string;
  /** Empty values show `emptyText`, so a missing field reads as missing, not as a layout gap. */
  value: ReactNode;
}

/** A record's fields as a description list, two columns on wide screens. */
export function DetailList({ items, emptyText }: { items: DetailItem[]; emptyText: string }) {
  return (
    <SimpleGrid component="dl" cols={{ base: 1, sm: 2 }} spacing="md" verticalSpacing="sm" m={0}>
      {items.map((item) => {
        const empty = item.value === null || item.value === undefined || item.value === '';
        return (
          <Stack key={item.label} gap={2}>
            <Text component="dt" size="sm" c="dimmed">
              {item.label}
            </Text>
            <Text
              component="dd"
              m={0}
              c={empty ? 'dimmed' : undefined}
              style={{ overflowWrap: 'anywhere', whiteSpace: 'pre-line' }}
            >
              {empty ? emptyText : item.value}
            </Text>
          </Stack>
        );
      })}
    </SimpleGrid>
  );
}
