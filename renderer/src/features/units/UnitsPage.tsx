import { Tabs } from '@mantine/core';
import { IconBuildingCommunity, IconTrash, IconUsersGroup } from '@tabler/icons-react';
import { useNavigation } from '../../app/navigation';
import { Page } from '../../components/Page';
import { ClustersPanel } from '../clusters/ClustersPanel';
import { UnitDialogs } from './UnitDialogs';
import { UnitsList } from './UnitsList';
import { UnitsTrash } from './UnitsTrash';
import { UNIT_TABS, tabSubpath, type UnitTab } from './routes';
import { unitsTexts as t } from './texts';

const TAB_LABELS: Record<UnitTab, string> = { list: t.tabList, clusters: t.tabClusters, trash: t.tabTrash };
const TAB_ICONS = { list: IconBuildingCommunity, clusters: IconUsersGroup, trash: IconTrash };

/** The Đơn vị page: the units (tree or table), the clusters and the trash, each a tab with its own address. */
export function UnitsPage({ title, tab }: { title: string; tab: UnitTab }) {
  const go = useNavigation((s) => s.go);

  return (
    <Page title={title} lead={t.lead}>
      <Tabs
        value={tab}
        onChange={(next) => next && go('units', ...tabSubpath(next as UnitTab))}
        keepMounted={false}
      >
        <Tabs.List aria-label={t.tabsLabel} mb="md">
          {UNIT_TABS.map((id) => {
            const Icon = TAB_ICONS[id];
            return (
              <Tabs.Tab key={id} value={id} leftSection={<Icon size={16} aria-hidden />}>
                {TAB_LABELS[id]}
              </Tabs.Tab>
            );
          })}
        </Tabs.List>
        <Tabs.Panel value="list">
          <UnitsList />
        </Tabs.Panel>
        <Tabs.Panel value="clusters">
          <ClustersPanel />
        </Tabs.Panel>
        <Tabs.Panel value="trash">
          <UnitsTrash />
        </Tabs.Panel>
      </Tabs>
      <UnitDialogs />
    </Page>
  );
}
