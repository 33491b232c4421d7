import type { ReactNode } from 'react';
import { Stack, Text, type MantineSpacing } from '@mantine/core';
import { LoadError } from './LoadError';
import { Loading } from './Loading';

export type LoadStatus = 'idle' | 'loading' | 'ready' | 'error';

interface ListBodyProps {
  status: LoadStatus;
  error: string | null;
  /** How many rows are loaded; rows already shown stay while the list reads again. */
  count: number;
  /** The feature's texts for reading, failing and trying again. */
  texts: { loading: string; loadFailed: string; retry: string };
  onRetry(): void;
  /** What an empty list says: a line, and a hint (e.g. how to add the first one) when there is one. */
  empty: { title: string; hint?: string | null };
  emptyPadding?: MantineSpacing;
  /** The rows (a table), shown once there is at least one. */
  children: ReactNode;
}

/** The body of a list page: the load error with a retry, the loading line, the empty message, or the rows. */
export function ListBody({
  status,
  error,
  count,
  texts,
  onRetry,
  empty,
  emptyPadding = 'lg',
  children,
}: ListBodyProps) {
  if (status === 'error' && error)
    return <LoadError title={texts.loadFailed} message={error} retryLabel={texts.retry} onRetry={onRetry} />;
  if (status !== 'ready' && count === 0) return <Loading label={texts.loading} />;
  if (count === 0)
    return (
      <Stack gap={4} py={emptyPadding}>
        <Text fw={500}>{empty.title}</Text>
        {empty.hint ? <Text c="dimmed">{empty.hint}</Text> : null}
      </Stack>
    );
  return <>{children}</>;
}
