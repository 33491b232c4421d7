import { Alert } from '@mantine/core';
import { IconCoin, IconInfoCircle, IconList } from '@tabler/icons-react';
import { useNavigation } from '../../app/navigation';
import { Page } from '../../components/Page';
import { AreaTabs, type AreaTab } from '../../components/AreaTabs';
import { CataloguePanel } from './CataloguePanel';
import { SalariesPanel } from './SalariesPanel';
import { AWARDS_TAB_SLUGS, awardsTabOf, type AwardsTab } from './routes';
import { awardsTexts as t } from './texts';

const TABS: AreaTab<AwardsTab>[] = [
  { id: 'catalogue', label: t.tabCatalogue, icon: IconList, panel: <CataloguePanel /> },
  { id: 'salaries', label: t.tabSalaries, icon: IconCoin, panel: <SalariesPanel /> },
];

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
      <AreaTabs
        label={t.tabsLabel}
        tabs={TABS}
        current={tab}
        onOpen={(next) => go('awards', AWARDS_TAB_SLUGS[next])}
      />
    </Page>
  );
}
