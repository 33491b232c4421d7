import { Anchor } from '@mantine/core';
import type { ReactNode } from 'react';

/**
 * The link in a list row to the record's page: keyboard users tab to it, and a click on it does
 * not also count as a click on the row.
 */
export function RowLink({ href, children }: { href: string; children: ReactNode }) {
  return (
    <Anchor href={href} fw={500} onClick={(e) => e.stopPropagation()} style={{ whiteSpace: 'nowrap' }}>
      {children}
    </Anchor>
  );
}
