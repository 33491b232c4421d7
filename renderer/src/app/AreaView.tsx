import { AwardsArea } from '../features/awards/AwardsArea';
import { DataArea } from '../features/backup/DataArea';
import { HouseholdsArea } from '../features/households/HouseholdsArea';
import { OverviewPage } from '../features/overview/OverviewPage';
import { PeopleArea } from '../features/people/PeopleArea';
import { SettingsPage } from '../features/settings/SettingsPage';
import { UnitsArea } from '../features/units/UnitsArea';
import { MovementsArea } from '../features/movements/MovementsArea';
import { ExemplarsArea } from '../features/exemplars/ExemplarsArea';
import { ReportsArea } from '../features/reports/ReportsArea';
import type { AreaId } from './areas';
import { AREA_LABELS } from './texts';

/** The page of an area. */
export function AreaView({ area }: { area: AreaId }) {
  const title = AREA_LABELS[area];
  switch (area) {
    case 'overview':
      return <OverviewPage title={title} />;
    case 'people':
      return <PeopleArea title={title} />;
    case 'households':
      return <HouseholdsArea title={title} />;
    case 'settings':
      return <SettingsPage title={title} />;
    case 'units':
      return <UnitsArea title={title} />;
    case 'data':
      return <DataArea title={title} />;
    case 'awards':
      return <AwardsArea title={title} />;
    case 'movements':
      return <MovementsArea title={title} />;
    case 'exemplars':
      return <ExemplarsArea title={title} />;
    case 'reports':
      return <ReportsArea title={title} />;
  }
}
