import { Alert, Tabs } from '@mantine/core';
import { IconCoin, IconInfoCircle, IconList } from '@tabler/icons-react';
import { useNavigation } from '../../app/navigation';
import { Page } from '../../components/Page';
import { CataloguePanel } from './CataloguePanel';
import { SalariesPanel } from './SalariesPanel';
import { AWARDS_TABS, AWARDS_TAB_SLUGS, awardsTabOf, type AwardsTab } from './routes';
import { awardsTexts as t } from './texts';

const TAB_LABELS: Record<AwardsTab, string> = { catalogue: t.tabCatalogue, salaries: t.tabSalaries };
const TAB_ICONS = { catalogue: IconList, salaries: IconCoin };

/** Khen thưởng: the award catalogue and the base salary table; decisions and certificates come next. */
export function AwardsArea({ title }: { title: string }) {
  const subpath = useNavigation((s) => s.subpath);
  const go = useNavigation((s) => s.go);
  const tab = awardsTabOf(subpath);

  return (
    <Page title={title} lead={t.lead}>
      <Alert variant="light" color="gray" icon={<IconInfoCircle aria-hidden />} maw={760}>
        {t.comingNext}
      </Alert>
      <Tabs
        value={tab}
        onChange={(next) => next && go('awards', AWARDS_TAB_SLUGS[next as AwardsTab])}
        keepMounted={false}
      >
        <Tabs.List aria-label={t.tabsLabel} mb="md">
          {AWARDS_TABS.map((id) => {
            const Icon = TAB_ICONS[id];
            return (
              <Tabs.Tab key={id} value={id} leftSection={<Icon size={16} aria-hidden />}>
                {TAB_LABELS[id]}
              </Tabs.Tab>
            );
          })}
        </Tabs.List>
        <Tabs.Panel value="catalogue">
          <CataloguePanel />
        </Tabs.Panel>
        <Tabs.Panel value="salaries">
          <SalariesPanel />
        </Tabs.Panel>
      </Tabs>
    </Page>
  );
}
