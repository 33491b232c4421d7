import { useNavigation } from '../../app/navigation';
import { DecisionList } from './DecisionList';
import { DecisionPage } from './DecisionPage';

/** `#/khen-thuong/quyet-dinh` is the list, `#/khen-thuong/quyet-dinh/<id>` a decision's page. */
export function DecisionsPanel() {
  const subpath = useNavigation((s) => s.subpath);
  const id = Number(subpath[1]);
  return Number.isInteger(id) && id > 0 ? <DecisionPage key={id} id={id} /> : <DecisionList />;
}
