import { useNavigation } from '../../app/navigation';
import { UnitDetailPage } from './UnitDetailPage';
import { UnitsPage } from './UnitsPage';
import { unitsRouteOf } from './routes';

/** Đơn vị: the list, clusters and trash tabs, or one unit's page (`#/don-vi/<id>`). */
export function UnitsArea({ title }: { title: string }) {
  const subpath = useNavigation((s) => s.subpath);
  const route = unitsRouteOf(subpath);
  return route.page === 'detail' ? (
    <UnitDetailPage key={route.id} id={route.id} />
  ) : (
    <UnitsPage title={title} tab={route.tab} />
  );
}
