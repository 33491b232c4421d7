import { useNavigation } from '../../app/navigation';
import { HouseholdDetailPage } from './HouseholdDetailPage';
import { HouseholdsListPage } from './HouseholdsListPage';

/** `#/ho-gia-dinh` is the list, `#/ho-gia-dinh/<id>` a household's page. */
export function HouseholdsArea({ title }: { title: string }) {
  const subpath = useNavigation((s) => s.subpath);
  const id = Number(subpath[0]);
  return Number.isInteger(id) && id > 0 ? (
    <HouseholdDetailPage key={id} id={id} />
  ) : (
    <HouseholdsListPage title={title} />
  );
}
