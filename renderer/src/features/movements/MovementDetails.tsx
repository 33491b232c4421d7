import { Badge, Group, Table, Text } from '@mantine/core';
import {
  formatPeriod,
  MOVEMENT_KIND_LABELS,
  MOVEMENT_SCOPE_LABELS,
} from '../../../../shared/domain/movements';
import { formatDate } from '../../../../shared/rules/dates';
import type { Movement } from '../../../../shared/schemas/movements';
import { hashOf } from '../../app/areas';
import { DetailList } from '../../components/DetailList';
import { SectionCard } from '../../components/SectionCard';
import { movementsTexts as t } from './texts';

const date = (iso: string | null) => (iso ? formatDate(iso) : null);

/** The movement's own fields: theme, kind, scope, launching document, period, office, content. */
export function MovementInfo({ movement: m }: { movement: Movement }) {
  const scopeTarget =
    m.scope === 'cluster' ? m.scopeClusterName : m.scope === 'unit' ? m.scopeUnitName : null;
  return (
    <SectionCard title={t.sectionInfo}>
      <DetailList
        emptyText={t.notGiven}
        items={[
          { label: t.detailTheme, value: m.theme },
          { label: t.detailKind, value: MOVEMENT_KIND_LABELS[m.kind] },
          { label: t.detailPeriod, value: formatPeriod(m.periodFromYear, m.periodToYear) },
          { label: t.detailDates, value: t.datesText(date(m.startsOn), date(m.endsOn)) },
          { label: t.detailDoc, value: t.docText(m.docNumber, date(m.docDate)) },
          { label: t.detailSigner, value: m.docSigner },
          { label: t.detailScope, value: t.scopeText(MOVEMENT_SCOPE_LABELS[m.scope], scopeTarget) },
          { label: t.detailOffice, value: m.responsibleOffice },
          { label: t.detailDescription, value: m.description },
        ]}
      />
    </SectionCard>
  );
}

/** The criteria as the plan lists them: STT, content, target, weight. */
export function MovementCriteria({ movement: m }: { movement: Movement }) {
  const total = m.criteria.reduce((sum, c) => sum + (c.weightPercent ?? 0), 0);
  return (
    <SectionCard title={t.sectionCriteria}>
      {m.criteria.length === 0 ? (
        <Text c="dimmed">{t.criteriaEmpty}</Text>
      ) : (
        <Table aria-label={t.sectionCriteria} verticalSpacing="xs">
          <Table.Thead>
            <Table.Tr>
              <Table.Th w={56}>{t.colNo}</Table.Th>
              <Table.Th>{t.colContent}</Table.Th>
              <Table.Th>{t.colTarget}</Table.Th>
              <Table.Th ta="right" w={100}>
                {t.colWeight}
              </Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {m.criteria.map((c, i) => (
              <Table.Tr key={c.id}>
                <Table.Td>{i + 1}</Table.Td>
                <Table.Td style={{ whiteSpace: 'pre-line' }}>{c.content}</Table.Td>
                <Table.Td>{c.target}</Table.Td>
                <Table.Td ta="right">{t.weightText(c.weightPercent)}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
          {total > 0 ? (
            <Table.Tfoot>
              <Table.Tr>
                <Table.Td colSpan={4} ta="right">
                  <Text size="sm" c="dimmed">
                    {t.weightTotal(total)}
                  </Text>
                </Table.Td>
              </Table.Tr>
            </Table.Tfoot>
          ) : null}
        </Table>
      )}
    </SectionCard>
  );
}

/** The participating units, each a link to its page; units that stopped are marked. */
export function MovementUnits({ movement: m }: { movement: Movement }) {
  return (
    <SectionCard title={t.sectionUnits(m.units.length)}>
      {m.units.length === 0 ? (
        <Text c="dimmed">{t.unitsEmpty}</Text>
      ) : (
        <Group
          gap={6}
          component="ul"
          style={{ listStyle: 'none', padding: 0, margin: 0 }}
          aria-label={t.participantsLabel}
        >
          {m.units.map((u) => (
            <li key={u.id}>
              <Badge
                component="a"
                href={hashOf('units', u.id)}
                variant="light"
                color={u.active ? 'blue' : 'gray'}
                tt="none"
                fw={500}
                size="lg"
                style={{ cursor: 'pointer' }}
              >
                {u.active ? u.name : `${u.name} (${t.unitInactive})`}
              </Badge>
            </li>
          ))}
        </Group>
      )}
    </SectionCard>
  );
}
