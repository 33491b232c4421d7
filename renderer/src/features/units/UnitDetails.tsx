import { Anchor, List, Stack, Text } from '@mantine/core';
import type { Unit } from '../../../../shared/schemas/registry/units';
import { UNIT_KIND_LABELS } from '../../../../shared/domain/registry';
import { formatDate } from '../../../../shared/rules/dates';
import { hashOf } from '../../app/areas';
import { DetailList } from '../../components/DetailList';
import { SectionCard } from '../../components/SectionCard';
import { unitsTexts as t } from './texts';
import { UnitLink } from './UnitLink';
import { UnitPeople } from './UnitPeople';
import { AwardHistorySection } from '../award-history/AwardHistorySection';

/** The sections of a unit's page: facts, sub-units, people, households and (later) awards. */
export function UnitDetails({ unit }: { unit: Unit }) {
  return (
    <Stack gap="lg">
      <SectionCard title={t.infoTitle}>
        <DetailList
          emptyText={t.none}
          items={[
            { label: t.kind, value: UNIT_KIND_LABELS[unit.kind] },
            { label: t.shortName, value: unit.shortName },
            { label: t.parent, value: unit.parent ? <UnitLink unit={unit.parent} /> : null },
            { label: t.clusters, value: unit.clusters.map((c) => c.name).join(', ') },
            { label: t.contactPerson, value: unit.contactPerson },
            { label: t.phone, value: unit.phone },
            { label: t.address, value: unit.address },
            { label: t.activeFrom, value: unit.activeFrom ? formatDate(unit.activeFrom) : null },
            ...(unit.activeTo ? [{ label: t.activeTo, value: formatDate(unit.activeTo) }] : []),
            ...(unit.successor ? [{ label: t.successor, value: <UnitLink unit={unit.successor} /> }] : []),
            { label: t.note, value: unit.note },
          ]}
        />
      </SectionCard>

      <SectionCard title={`${t.childrenTitle} (${unit.children.length})`}>
        {unit.children.length === 0 ? (
          <Text c="dimmed">{t.childrenEmpty}</Text>
        ) : (
          <List spacing={4} aria-label={t.childrenTitle}>
            {unit.children.map((child) => (
              <List.Item key={child.id}>
                <Anchor href={hashOf('units', child.id)}>{child.name}</Anchor>
              </List.Item>
            ))}
          </List>
        )}
      </SectionCard>

      <SectionCard title={t.peopleTitle}>
        <UnitPeople />
      </SectionCard>

      <SectionCard title={t.householdsTitle}>
        <Text>{t.households(unit.householdCount)}</Text>
      </SectionCard>

      <AwardHistorySection kind="collective" id={unit.id} />
    </Stack>
  );
}
