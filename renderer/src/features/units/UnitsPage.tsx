import { IconBuildingCommunity, IconTrash, IconUsersGroup } from '@tabler/icons-react';
import { useNavigation } from '../../app/navigation';
import { AreaTabs, type AreaTab } from '../../components/AreaTabs';
import { Page } from '../../components/Page';
import { ClustersPanel } from '../clusters/ClustersPanel';
import { UnitDialogs } from './UnitDialogs';
import { UnitsList } from './UnitsList';
import { UnitsTrash } from './UnitsTrash';
import { tabSubpath, type UnitTab } from './routes';
import { unitsTexts as t } from './texts';

const TABS: AreaTab<UnitTab>[] = [
  { id: 'list', label: t.tabList, icon: IconBuildingCommunity, panel: <UnitsList /> },
  { id: 'clusters', label: t.tabClusters, icon: IconUsersGroup, panel: <ClustersPanel /> },
  { id: 'trash', label: t.tabTrash, icon: IconTrash, panel: <UnitsTrash /> },
];

/** The Đơn vị page: the units (tree or table), the clusters and the trash, each a tab with its own address. */
export function UnitsPage({ title, tab }: { title: string; tab: UnitTab }) {
  const go = useNavigation((s) => s.go);

  return (
    <Page title={title} lead={t.lead}>
      <AreaTabs
        label={t.tabsLabel}
        tabs={TABS}
        current={tab}
        onOpen={(next) => go('units', ...tabSubpath(next))}
      />
      <UnitDialogs />
    </Page>
  );
}
