import { Alert, Button, Group, Stack, Text } from '@mantine/core';
import { IconAlertTriangle, IconInfoCircle } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import type { StartupNotice as Notice } from '../../../../shared/api/app';
import { formatStamp } from '../../components/formatStamp';
import { call } from '../../lib/api';
import { messageOf } from '../../lib/errors';

const t = {
  understood: 'Đã hiểu',
  foundAt: (when: string) => `Ghi nhận khi mở ứng dụng lúc ${when}.`,
};

const COLORS: Record<Notice['kind'], string> = {
  'restore-completed': 'blue',
  'restore-rolled-back': 'yellow',
  'restore-intent-unreadable': 'orange',
};

/**
 * What the app found at start-up (a restore cut off at the last run), shown above every page until
 * the officer clicks «Đã hiểu»: the main process then forgets it for the rest of the run.
 */
export function StartupNotice() {
  const [notice, setNotice] = useState<Notice | null>(null);
  const [dismissing, setDismissing] = useState(false);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    let current = true;
    // Without an answer there is nothing to tell here; the page's own calls show what is wrong.
    call('app.info', {}).then(
      (info) => {
        if (current) setNotice(info.startupNotice);
      },
      () => {},
    );
    return () => {
      current = false;
    };
  }, []);

  if (notice === null) return null;

  const dismiss = async () => {
    setDismissing(true);
    setError(null);
    try {
      await call('app.dismissStartupNotice', {});
      setNotice(null);
    } catch (failure) {
      setError(messageOf(failure));
    } finally {
      setDismissing(false);
    }
  };

  const Icon = notice.kind === 'restore-completed' ? IconInfoCircle : IconAlertTriangle;
  return (
    <Alert
      color={COLORS[notice.kind]}
      variant="light"
      icon={<Icon aria-hidden />}
      title={notice.title}
      mb="lg"
      data-testid="startup-notice"
    >
      <Stack gap="xs">
        <Text style={{ overflowWrap: 'anywhere' }}>{notice.message}</Text>
        <Text size="sm" c="dimmed">
          {t.foundAt(formatStamp(notice.at))}
        </Text>
        {error ? (
          <Text c="red" size="sm" role="alert">
            {error}
          </Text>
        ) : null}
        <Group>
          <Button size="sm" variant="default" onClick={() => void dismiss()} loading={dismissing}>
            {t.understood}
          </Button>
        </Group>
      </Stack>
    </Alert>
  );
}
