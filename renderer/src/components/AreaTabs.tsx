import type { ReactNode } from 'react';
import { Tabs } from '@mantine/core';
import type { Icon } from '@tabler/icons-react';

export interface AreaTab<T extends string> {
  id: T;
  label: string;
  icon: Icon;
  panel: ReactNode;
}

interface AreaTabsProps<T extends string> {
  /** Accessible name of the tab list. */
  label: string;
  tabs: readonly AreaTab<T>[];
  current: T;
  /** Opens a tab; areas put it in the address so back/forward and reload keep it. */
  onOpen(tab: T): void;
}

/** The tabs of an area, each panel mounted only while shown (each loads its own data). */
export function AreaTabs<T extends string>({ label, tabs, current, onOpen }: AreaTabsProps<T>) {
  return (
    <Tabs value={current} onChange={(next) => next && onOpen(next as T)} keepMounted={false}>
      <Tabs.List aria-label={label} mb="md">
        {tabs.map(({ id, label: tabLabel, icon: TabIcon }) => (
          <Tabs.Tab key={id} value={id} leftSection={<TabIcon size={16} aria-hidden />}>
            {tabLabel}
          </Tabs.Tab>
        ))}
      </Tabs.List>
      {tabs.map(({ id, panel }) => (
        <Tabs.Panel key={id} value={id}>
          {panel}
        </Tabs.Panel>
      ))}
    </Tabs>
  );
}
