import {
  IconCertificate,
  IconCoin,
  IconFileText,
  IconInbox,
  IconList,
  IconSearch,
} from '@tabler/icons-react';
import { useNavigation } from '../../app/navigation';
import { Page } from '../../components/Page';
import { AreaTabs, type AreaTab } from '../../components/AreaTabs';
import { CataloguePanel } from './CataloguePanel';
import { SalariesPanel } from './SalariesPanel';
import { DecisionsPanel } from '../decisions/DecisionsPanel';
import { ProposalsPanel } from '../proposals/ProposalsPanel';
import { AwardLookupPanel } from '../award-history/AwardLookupPanel';
import { CertificateSettingsPanel } from '../certificates/CertificateSettingsPanel';
import { AWARDS_TAB_SLUGS, awardsTabOf, type AwardsTab } from './routes';
import { awardsTexts as t } from './texts';

const TABS: AreaTab<AwardsTab>[] = [
  { id: 'decisions', label: t.tabDecisions, icon: IconFileText, panel: <DecisionsPanel /> },
  { id: 'proposals', label: t.tabProposals, icon: IconInbox, panel: <ProposalsPanel /> },
  { id: 'lookup', label: t.tabLookup, icon: IconSearch, panel: <AwardLookupPanel /> },
  { id: 'catalogue', label: t.tabCatalogue, icon: IconList, panel: <CataloguePanel /> },
  { id: 'salaries', label: t.tabSalaries, icon: IconCoin, panel: <SalariesPanel /> },
  {
    id: 'certificates',
    label: t.tabCertificates,
    icon: IconCertificate,
    panel: <CertificateSettingsPanel />,
  },
];

/** Khen thưởng: decisions and their lists, proposals, the award lookup, the catalogue, base salaries, certificate layout. */
export function AwardsArea({ title }: { title: string }) {
  const subpath = useNavigation((s) => s.subpath);
  const go = useNavigation((s) => s.go);
  const tab = awardsTabOf(subpath);

  return (
    <Page title={title} lead={t.lead}>
      <AreaTabs
        label={t.tabsLabel}
        tabs={TABS}
        current={tab}
        onOpen={(next) => go('awards', AWARDS_TAB_SLUGS[next])}
      />
    </Page>
  );
}
