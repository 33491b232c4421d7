import { useNavigation } from '../../app/navigation';
import { ExemplarBoard } from './ExemplarBoard';
import { ExemplarPage } from './ExemplarPage';

/** Điển hình tiên tiến: the board at `#/dien-hinh-tien-tien`, one model at `#/dien-hinh-tien-tien/<id>`. */
export function ExemplarsArea({ title }: { title: string }) {
  const subpath = useNavigation((s) => s.subpath);
  const id = Number(subpath[0]);
  return Number.isInteger(id) && id > 0 ? <ExemplarPage id={id} /> : <ExemplarBoard title={title} />;
}
