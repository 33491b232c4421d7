import { IconClipboardCheck, IconFlag } from '@tabler/icons-react';
import { useNavigation } from '../../app/navigation';
import { AreaTabs, type AreaTab } from '../../components/AreaTabs';
import { Page } from '../../components/Page';
import { RegistrationsPanel } from '../registrations/RegistrationsPanel';
import { MovementPage } from './MovementPage';
import { MovementsList } from './MovementsList';
import { MOVEMENT_TAB_SLUGS, movementsRouteOf, type MovementsTab } from './routes';
import { movementsTexts as t } from './texts';

const TABS: AreaTab<MovementsTab>[] = [
  { id: 'list', label: t.tabList, icon: IconFlag, panel: <MovementsList /> },
  { id: 'registrations', label: t.tabRegistrations, icon: IconClipboardCheck, panel: <RegistrationsPanel /> },
];

/** Phong trào: the movements and the registrations tabs, or one movement's page (`#/phong-trao/danh-sach/<id>`). */
export function MovementsArea({ title }: { title: string }) {
  const subpath = useNavigation((s) => s.subpath);
  const go = useNavigation((s) => s.go);
  const route = movementsRouteOf(subpath);
  if (route.page === 'movement') return <MovementPage key={route.id} id={route.id} />;
  return (
    <Page title={title} lead={t.lead}>
      <AreaTabs
        label={t.tabsLabel}
        tabs={TABS}
        current={route.tab}
        onOpen={(next) => go('movements', MOVEMENT_TAB_SLUGS[next])}
      />
    </Page>
  );
}
