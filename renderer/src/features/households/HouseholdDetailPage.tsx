import { Anchor } from '@mantine/core';
import { hashOf } from '../../app/areas';
import { RecordDetailPage } from '../registry/RecordDetailPage';
import { AwardHistorySection } from '../award-history/AwardHistorySection';
import { HouseholdFormModal } from './HouseholdFormModal';
import { useHouseholds } from './store';
import { householdsTexts as t } from './texts';

/** A household's page (`#/ho-gia-dinh/<id>`): its fields, edit, trash and restore. */
export function HouseholdDetailPage({ id }: { id: number }) {
  return (
    <RecordDetailPage
      id={id}
      area="households"
      entity="households"
      useStore={useHouseholds}
      texts={t}
      nameOf={(household) => household.headName}
      lead={(household) => (
        <>
          <span>{t.headLead}</span>
          {household.residentialGroupName ? <span>· {household.residentialGroupName}</span> : null}
        </>
      )}
      items={(household) => [
        { label: t.headName, value: household.headName },
        { label: t.headGender, value: t.headGenderLabel(household.headGender) },
        { label: t.address, value: household.address },
        {
          label: t.group,
          value: household.residentialGroupUnitId ? (
            <Anchor href={hashOf('units', household.residentialGroupUnitId)}>
              {household.residentialGroupName}
            </Anchor>
          ) : null,
        },
        {
          label: t.memberCount,
          value: household.memberCount === null ? null : String(household.memberCount),
        },
        { label: t.phone, value: household.phone },
        { label: t.note, value: household.note },
      ]}
      awards={(household) => <AwardHistorySection kind="household" id={household.id} />}
      editForm={(household, opened, onClose) => (
        <HouseholdFormModal opened={opened} household={household} onClose={onClose} />
      )}
    />
  );
}
