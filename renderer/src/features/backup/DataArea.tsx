import { Tabs } from '@mantine/core';
import { IconHistory, IconShieldCheck, IconTrash } from '@tabler/icons-react';
import { useNavigation } from '../../app/navigation';
import { Page } from '../../components/Page';
import { HistoryPanel } from '../history/HistoryPanel';
import { TrashPanel } from '../trash/TrashPanel';
import { BackupPanel } from './BackupPanel';
import { DATA_TABS, DATA_TAB_SLUGS, dataTabOf, type DataTab } from './routes';
import { dataTexts as t } from './texts';

const TAB_LABELS: Record<DataTab, string> = {
  backup: t.tabBackup,
  history: t.tabHistory,
  trash: t.tabTrash,
};
const TAB_ICONS = { backup: IconShieldCheck, history: IconHistory, trash: IconTrash };

/** Dữ liệu: backup and restore, the history of changes and the trash, each a tab with its own address. */
export function DataArea({ title }: { title: string }) {
  const subpath = useNavigation((s) => s.subpath);
  const go = useNavigation((s) => s.go);
  const tab = dataTabOf(subpath);

  return (
    <Page title={title} lead={t.lead}>
      <Tabs
        value={tab}
        onChange={(next) => next && go('data', DATA_TAB_SLUGS[next as DataTab])}
        keepMounted={false}
      >
        <Tabs.List aria-label={t.tabsLabel} mb="md">
          {DATA_TABS.map((id) => {
            const Icon = TAB_ICONS[id];
            return (
              <Tabs.Tab key={id} value={id} leftSection={<Icon size={16} aria-hidden />}>
                {TAB_LABELS[id]}
              </Tabs.Tab>
            );
          })}
        </Tabs.List>
        <Tabs.Panel value="backup">
          <BackupPanel />
        </Tabs.Panel>
        <Tabs.Panel value="history">
          <HistoryPanel />
        </Tabs.Panel>
        <Tabs.Panel value="trash">
          <TrashPanel />
        </Tabs.Panel>
      </Tabs>
    </Page>
  );
}
