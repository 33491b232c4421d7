import { Anchor, Badge } from '@mantine/core';
import { GENDER_LABELS, STAFF_CATEGORY_LABELS } from '../../../../shared/domain/registry';
import { hashOf } from '../../app/areas';
import { RecordDetailPage } from '../registry/RecordDetailPage';
import { AwardHistorySection } from '../award-history/AwardHistorySection';
import { birthText } from './personForm';
import { PersonFormModal } from './PersonFormModal';
import { usePeople } from './store';
import { peopleTexts as t } from './texts';

/** A person's page (`#/ca-nhan/<id>`): every field, edit, trash and restore; awards from the award history. */
export function PersonDetailPage({ id }: { id: number }) {
  return (
    <RecordDetailPage
      id={id}
      area="people"
      entity="people"
      useStore={usePeople}
      texts={t}
      nameOf={(person) => person.fullName}
      lead={(person) => (
        <>
          {person.unitName ? <span>{person.unitName}</span> : null}
          <Badge color={person.active ? 'green' : 'gray'} variant="light" tt="none" fw={500}>
            {person.active ? t.activeBadge : t.inactiveBadge}
          </Badge>
        </>
      )}
      items={(person) => [
        { label: t.gender, value: person.gender ? GENDER_LABELS[person.gender] : null },
        { label: t.birth, value: birthText(person) },
        {
          label: t.unit,
          value: person.unitId ? (
            <Anchor href={hashOf('units', person.unitId)}>{person.unitName}</Anchor>
          ) : null,
        },
        { label: t.position, value: person.position },
        {
          label: t.staffCategory,
          value: person.staffCategory ? STAFF_CATEGORY_LABELS[person.staffCategory] : null,
        },
        { label: t.identityNumber, value: person.identityNumber },
        { label: t.phone, value: person.phone },
        { label: t.address, value: person.address },
        { label: t.note, value: person.note },
      ]}
      awards={(person) => <AwardHistorySection kind="individual" id={person.id} />}
      editForm={(person, opened, onClose) => (
        <PersonFormModal opened={opened} person={person} onClose={onClose} />
      )}
    />
  );
}
