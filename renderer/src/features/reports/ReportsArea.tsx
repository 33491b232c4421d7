import { IconBuildingSkyscraper, IconChartBar, IconFileText, IconInbox } from '@tabler/icons-react';
import { useNavigation } from '../../app/navigation';
import { AreaTabs, type AreaTab } from '../../components/AreaTabs';
import { Page } from '../../components/Page';
import { CityPackageTab } from '../city-package/CityPackageTab';
import { StatisticsTab } from '../statistics/StatisticsTab';
import { UnitReportsTab } from '../unit-reports/UnitReportsTab';
import { YearlyReportTab } from '../yearly-report/YearlyReportTab';
import { REPORT_TAB_SLUGS, reportsTabOf, type ReportsTab } from './routes';
import { reportsTexts as t } from './texts';

const TABS: AreaTab<ReportsTab>[] = [
  { id: 'unitReports', label: t.tabUnitReports, icon: IconInbox, panel: <UnitReportsTab /> },
  { id: 'summary', label: t.tabSummary, icon: IconFileText, panel: <YearlyReportTab /> },
  { id: 'statistics', label: t.tabStatistics, icon: IconChartBar, panel: <StatisticsTab /> },
  { id: 'city', label: t.tabCity, icon: IconBuildingSkyscraper, panel: <CityPackageTab /> },
];

/** Báo cáo: unit reports, the ward's yearly summary, statistics, the city package (`#/bao-cao/<tab>`). */
export function ReportsArea({ title }: { title: string }) {
  const subpath = useNavigation((s) => s.subpath);
  const go = useNavigation((s) => s.go);
  return (
    <Page title={title} lead={t.lead}>
      <AreaTabs
        label={t.tabsLabel}
        tabs={TABS}
        current={reportsTabOf(subpath)}
        onOpen={(next) => go('reports', REPORT_TAB_SLUGS[next])}
      />
    </Page>
  );
}
