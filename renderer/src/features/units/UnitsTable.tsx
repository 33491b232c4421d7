import { Anchor, Paper, Table, Text } from '@mantine/core';
import { UNIT_KIND_LABELS } from '../../../../shared/domain/registry';
import type { UnitRow } from '../../../../shared/schemas/registry/units';
import { formatNumberVi } from '../../../../shared/rules/money';
import { hashOf } from '../../app/areas';
import { unitsTexts as t } from './texts';
import { UnitRowActions } from './UnitRowActions';
import { UnitStatus } from './UnitStatus';

/** The units as a flat table, in the order the server sorted them. */
export function UnitsTable({ rows }: { rows: UnitRow[] }) {
  return (
    <Paper withBorder>
      <Table.ScrollContainer minWidth={760}>
        <Table striped highlightOnHover verticalSpacing="xs" aria-label={t.tableLabel}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t.colName}</Table.Th>
              <Table.Th>{t.colKind}</Table.Th>
              <Table.Th>{t.colClusters}</Table.Th>
              <Table.Th ta="right">{t.colPeople}</Table.Th>
              <Table.Th>{t.colStatus}</Table.Th>
              <Table.Th w={50}>
                <Text span size="sm" fw={700} style={{ whiteSpace: 'nowrap' }}>
                  {t.colActions}
                </Text>
              </Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map((unit) => (
              <Table.Tr key={unit.id}>
                <Table.Td>
                  <Anchor href={hashOf('units', unit.id)} fw={500}>
                    {unit.name}
                  </Anchor>
                  {unit.shortName ? (
                    <Text span c="dimmed" size="sm" ml={6}>
                      ({unit.shortName})
                    </Text>
                  ) : null}
                </Table.Td>
                <Table.Td>{UNIT_KIND_LABELS[unit.kind]}</Table.Td>
                <Table.Td>
                  {unit.clusters.length > 0 ? unit.clusters.map((c) => c.name).join(', ') : t.none}
                </Table.Td>
                <Table.Td ta="right">{formatNumberVi(unit.peopleCount)}</Table.Td>
                <Table.Td>
                  <UnitStatus unit={unit} />
                </Table.Td>
                <Table.Td>
                  <UnitRowActions unit={unit} />
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </Paper>
  );
}
