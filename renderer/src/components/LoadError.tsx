import { Alert, Button, Group, Text } from '@mantine/core';
import { IconAlertCircle, IconRefresh } from '@tabler/icons-react';

interface LoadErrorProps {
  title: string;
  /** The API's Vietnamese message. */
  message: string;
  retryLabel: string;
  onRetry(): void;
}

/** What a page shows when its data could not be read: the reason and a way to try again. */
export function LoadError({ title, message, retryLabel, onRetry }: LoadErrorProps) {
  return (
    <Alert
      role="alert"
      color="red"
      variant="light"
      title={title}
      icon={<IconAlertCircle aria-hidden />}
      maw={720}
    >
      <Text mb="sm">{message}</Text>
      <Group>
        <Button variant="default" leftSection={<IconRefresh size={16} aria-hidden />} onClick={onRetry}>
          {retryLabel}
        </Button>
      </Group>
    </Alert>
  );
}
