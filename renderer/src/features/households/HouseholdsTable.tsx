import type { HouseholdRow } from '../../../../shared/schemas/registry/households';
import { hashOf } from '../../app/areas';
import { RowLink } from '../../components/RowLink';
import type { VirtualColumn } from '../../components/VirtualTable';
import { RegistryTable } from '../registry/RegistryTable';
import { useHouseholds } from './store';
import { householdsTexts as t } from './texts';

const COLUMNS: VirtualColumn<HouseholdRow>[] = [
  {
    key: 'headName',
    header: t.columns.headName,
    width: 'minmax(190px, 2fr)',
    render: (h) => <RowLink href={hashOf('households', h.id)}>{h.headName}</RowLink>,
  },
  {
    key: 'address',
    header: t.columns.address,
    width: 'minmax(200px, 3fr)',
    render: (h) => <span title={h.address ?? undefined}>{h.address ?? ''}</span>,
  },
  {
    key: 'group',
    header: t.columns.group,
    width: 'minmax(150px, 1.5fr)',
    render: (h) => h.residentialGroupName ?? '',
  },
  {
    key: 'memberCount',
    header: t.columns.memberCount,
    width: '120px',
    align: 'right',
    render: (h) => (h.memberCount === null ? '' : h.memberCount),
  },
];

const nameOf = (h: HouseholdRow) => h.headName;

/** The households matching the filter, read window by window as the user scrolls. */
export function HouseholdsTable({ height }: { height: string }) {
  return (
    <RegistryTable
      height={height}
      area="households"
      useStore={useHouseholds}
      texts={t}
      columns={COLUMNS}
      nameOf={nameOf}
      minWidth={{ list: 700, trash: 820 }}
      rowHeight={44}
    />
  );
}
