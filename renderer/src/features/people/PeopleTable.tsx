import { GENDER_LABELS, STAFF_CATEGORY_LABELS } from '../../../../shared/domain/registry';
import type { PersonRow } from '../../../../shared/schemas/registry/people';
import { hashOf } from '../../app/areas';
import { RowLink } from '../../components/RowLink';
import type { VirtualColumn } from '../../components/VirtualTable';
import { RegistryTable } from '../registry/RegistryTable';
import { birthText } from './personForm';
import { usePeople } from './store';
import { peopleTexts as t } from './texts';

export const PEOPLE_ROW_HEIGHT = 44;

/** The columns of the people list; the trash adds a restore button to each row. */
const COLUMNS: VirtualColumn<PersonRow>[] = [
  {
    key: 'fullName',
    header: t.columns.fullName,
    width: 'minmax(190px, 2fr)',
    render: (p) => <RowLink href={hashOf('people', p.id)}>{p.fullName}</RowLink>,
  },
  {
    key: 'gender',
    header: t.columns.gender,
    width: '76px',
    render: (p) => (p.gender ? GENDER_LABELS[p.gender] : ''),
  },
  { key: 'birth', header: t.columns.birth, width: '104px', render: (p) => birthText(p) },
  {
    key: 'unit',
    header: t.columns.unit,
    width: 'minmax(150px, 2fr)',
    render: (p) => <span title={p.unitName ?? undefined}>{p.unitName ?? ''}</span>,
  },
  {
    key: 'position',
    header: t.columns.position,
    width: 'minmax(110px, 1.2fr)',
    render: (p) => p.position ?? '',
  },
  {
    key: 'staffCategory',
    header: t.columns.staffCategory,
    width: 'minmax(140px, 1.5fr)',
    render: (p) => {
      const label = p.staffCategory ? STAFF_CATEGORY_LABELS[p.staffCategory] : '';
      return <span title={label || undefined}>{label}</span>;
    },
  },
];

const nameOf = (p: PersonRow) => p.fullName;

/** The people matching the filter, read window by window as the user scrolls. */
export function PeopleTable({ height }: { height: string }) {
  return (
    <RegistryTable
      height={height}
      area="people"
      useStore={usePeople}
      texts={t}
      columns={COLUMNS}
      nameOf={nameOf}
      minWidth={{ list: 880, trash: 1000 }}
      rowHeight={PEOPLE_ROW_HEIGHT}
    />
  );
}
