import { IconHistory, IconShieldCheck, IconTrash } from '@tabler/icons-react';
import { useNavigation } from '../../app/navigation';
import { AreaTabs, type AreaTab } from '../../components/AreaTabs';
import { Page } from '../../components/Page';
import { HistoryPanel } from '../history/HistoryPanel';
import { TrashPanel } from '../trash/TrashPanel';
import { BackupPanel } from './BackupPanel';
import { DATA_TAB_SLUGS, dataTabOf, type DataTab } from './routes';
import { dataTexts as t } from './texts';

const TABS: AreaTab<DataTab>[] = [
  { id: 'backup', label: t.tabBackup, icon: IconShieldCheck, panel: <BackupPanel /> },
  { id: 'history', label: t.tabHistory, icon: IconHistory, panel: <HistoryPanel /> },
  { id: 'trash', label: t.tabTrash, icon: IconTrash, panel: <TrashPanel /> },
];

/** Dữ liệu: backup and restore, the history of changes and the trash, each a tab with its own address. */
export function DataArea({ title }: { title: string }) {
  const subpath = useNavigation((s) => s.subpath);
  const go = useNavigation((s) => s.go);

  return (
    <Page title={title} lead={t.lead}>
      <AreaTabs
        label={t.tabsLabel}
        tabs={TABS}
        current={dataTabOf(subpath)}
        onOpen={(next) => go('data', DATA_TAB_SLUGS[next])}
      />
    </Page>
  );
}
