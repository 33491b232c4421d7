import { Alert } from '@mantine/core';
import { IconAlertCircle } from '@tabler/icons-react';
import { useBackup, type Refusal } from './store';

/** Why the picked file could not be used, or the restore did not happen: one message, nothing changed. */
export function RefusalAlert({ source }: { source?: Refusal['source'] }) {
  const refusal = useBackup((s) => s.refusal);
  if (!refusal || (source !== undefined && refusal.source !== source)) return null;
  return (
    <Alert
      role="alert"
      color="red"
      variant="light"
      title={refusal.title}
      icon={<IconAlertCircle aria-hidden />}
      w="100%"
    >
      {refusal.message}
    </Alert>
  );
}
