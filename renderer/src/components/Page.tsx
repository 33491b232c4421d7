import type { ReactNode } from 'react';
import { Group, Stack, Text, Title } from '@mantine/core';

/** The id of every page's main heading, which receives focus when the user changes area. */
export const PAGE_TITLE_ID = 'page-title';

interface PageProps {
  title: string;
  /** One line under the heading. */
  lead?: ReactNode;
  /** Above the heading: the way back from a detail page to its list. */
  back?: ReactNode;
  /** Beside the heading: the page's main buttons. */
  actions?: ReactNode;
  children?: ReactNode;
}

/** A page of one area: its name as the only level-1 heading, then the content. */
export function Page({ title, lead, back, actions, children }: PageProps) {
  return (
    <Stack gap="lg" maw={1100}>
      <Stack gap={4}>
        {back}
        <Group justify="space-between" align="flex-start" gap="md">
          <Title order={1} id={PAGE_TITLE_ID} tabIndex={-1} style={{ outline: 'none' }}>
            {title}
          </Title>
          {actions ? <Group gap="sm">{actions}</Group> : null}
        </Group>
        {/* A lead may hold badges or groups (divs), which a <p> must not contain. */}
        {lead ? (
          <Text component="div" c="dimmed">
            {lead}
          </Text>
        ) : null}
      </Stack>
      {children}
    </Stack>
  );
}
