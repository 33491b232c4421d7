import { Progress, Stack, Text } from '@mantine/core';

/** Long work without a known length: a moving bar and what is happening, announced to screen readers. */
export function WorkProgress({ label }: { label: string }) {
  return (
    <Stack gap={6} role="status" aria-live="polite">
      <Text size="sm" fw={500}>
        {label}
      </Text>
      <Progress value={100} striped animated aria-hidden />
    </Stack>
  );
}
