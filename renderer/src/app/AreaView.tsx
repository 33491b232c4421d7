import { NotAvailablePage } from '../components/NotAvailablePage';
import { OverviewPage } from '../features/overview/OverviewPage';
import { SettingsPage } from '../features/settings/SettingsPage';
import type { AreaId } from './areas';
import { AREA_LABELS, PLANNED } from './texts';

/** The page of an area; areas built by later work show their honest "chưa có" page. */
export function AreaView({ area }: { area: AreaId }) {
  const title = AREA_LABELS[area];
  switch (area) {
    case 'overview':
      return <OverviewPage title={title} />;
    case 'settings':
      return <SettingsPage title={title} />;
    default:
      return <NotAvailablePage title={title} planned={PLANNED[area] ?? []} />;
  }
}
