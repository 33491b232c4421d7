import { useNavigation } from '../../app/navigation';
import { ProposalPage } from './ProposalPage';
import { ProposalsList } from './ProposalsList';

/** Đề nghị khen thưởng: the list at `#/khen-thuong/de-nghi`, one proposal at `#/khen-thuong/de-nghi/<id>`. */
export function ProposalsPanel() {
  const subpath = useNavigation((s) => s.subpath);
  const id = Number(subpath[1]);
  return Number.isInteger(id) && id > 0 ? <ProposalPage id={id} /> : <ProposalsList />;
}
