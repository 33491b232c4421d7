import { Paper, Title } from '@mantine/core';
import type { ReactNode } from 'react';

/** A titled part of a detail page. */
export function SectionCard({ title, children }: { title: string; children: ReactNode }) {
  return (
    <Paper withBorder p="lg" component="section">
      <Title order={2} size="h4" mb="md">
        {title}
      </Title>
      {children}
    </Paper>
  );
}
