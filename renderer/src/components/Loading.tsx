import { Group, Loader, Text } from '@mantine/core';

/** A quiet "reading…" line, announced to screen readers. */
export function Loading({ label }: { label: string }) {
  return (
    <Group gap="sm" role="status">
      <Loader size="sm" aria-hidden />
      <Text c="dimmed">{label}</Text>
    </Group>
  );
}
