import { Anchor, Stack, Table, Text } from '@mantine/core';
import { STAFF_CATEGORY_LABELS } from '../../../../shared/domain/registry';
import { hashOf } from '../../app/areas';
import { Loading } from '../../components/Loading';
import { useUnits } from './store';
import { unitsTexts as t } from './texts';

/** The unit's people: the first window of people.list for the unit, each linking to their page. */
export function UnitPeople() {
  const people = useUnits((s) => s.people);
  const page = people.data;

  if (page === null) {
    return people.status === 'error' ? (
      <Text c="red">{people.error ?? t.peopleLoadFailed}</Text>
    ) : (
      <Loading label={t.peopleLoading} />
    );
  }
  if (page.total === 0) return <Text c="dimmed">{t.peopleEmpty}</Text>;
  return (
    <Stack gap="xs">
      <Text size="sm" c="dimmed">
        {t.peopleShown(page.rows.length, page.total)}
      </Text>
      <Table.ScrollContainer minWidth={520}>
        <Table striped verticalSpacing={6} aria-label={t.peopleTitle}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t.colPersonName}</Table.Th>
              <Table.Th>{t.colPosition}</Table.Th>
              <Table.Th>{t.colStaffCategory}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {page.rows.map((person) => (
              <Table.Tr key={person.id}>
                <Table.Td>
                  <Anchor href={hashOf('people', person.id)}>{person.fullName}</Anchor>
                </Table.Td>
                <Table.Td>{person.position ?? t.none}</Table.Td>
                <Table.Td>
                  {person.staffCategory ? STAFF_CATEGORY_LABELS[person.staffCategory] : t.none}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </Stack>
  );
}
