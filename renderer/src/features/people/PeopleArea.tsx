import { useNavigation } from '../../app/navigation';
import { PeopleListPage } from './PeopleListPage';
import { PersonDetailPage } from './PersonDetailPage';

/** `#/ca-nhan` is the list, `#/ca-nhan/<id>` a person's page. */
export function PeopleArea({ title }: { title: string }) {
  const subpath = useNavigation((s) => s.subpath);
  const id = Number(subpath[0]);
  return Number.isInteger(id) && id > 0 ? (
    <PersonDetailPage key={id} id={id} />
  ) : (
    <PeopleListPage title={title} />
  );
}
