import { Button, Group, Modal, Stack, Switch, Table, Text } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import {
  formatPeriod,
  MOVEMENT_KIND_LABELS,
  MOVEMENT_KINDS,
  MOVEMENT_STATUS_LABELS,
  MOVEMENT_STATUSES,
} from '../../../../shared/domain/movements';
import { formatDate } from '../../../../shared/rules/dates';
import { hashOf } from '../../app/areas';
import { useNavigation } from '../../app/navigation';
import { EnumSelect } from '../../components/EnumSelect';
import { ListBody } from '../../components/ListBody';
import { RowLink } from '../../components/RowLink';
import { SearchInput } from '../../components/SearchInput';
import { YearSelect, yearRange } from '../../components/YearSelect';
import { MovementForm } from './MovementForm';
import { movementSubpath } from './routes';
import { ArchivedBadge, MovementStatusBadge } from './StatusBadge';
import { useMovements } from './store';
import { movementsTexts as t } from './texts';

function Filters() {
  const filters = useMovements((s) => s.filters);
  const setFilters = useMovements((s) => s.setFilters);
  const thisYear = new Date().getFullYear();
  // Long movements run years ahead: offer a few years on both sides of today.
  const years = yearRange(thisYear + 4, thisYear - 5);
  return (
    <Group gap="sm" align="flex-end" wrap="wrap">
      <SearchInput
        label={t.search}
        initialValue={filters.search}
        onSearch={(search) => setFilters({ search })}
        clearLabel={t.clearSearch}
        w={280}
      />
      <YearSelect
        label={t.filterYear}
        placeholder={t.allYears}
        years={years}
        w={150}
        value={filters.year}
        onChange={(year) => setFilters({ year })}
      />
      <EnumSelect
        label={t.filterKind}
        placeholder={t.allKinds}
        values={MOVEMENT_KINDS}
        labels={MOVEMENT_KIND_LABELS}
        w={170}
        value={filters.kind}
        onChange={(kind) => setFilters({ kind })}
      />
      <EnumSelect
        label={t.filterStatus}
        placeholder={t.allStatuses}
        values={MOVEMENT_STATUSES}
        labels={MOVEMENT_STATUS_LABELS}
        w={210}
        value={filters.status}
        onChange={(status) => setFilters({ status })}
      />
      <Switch
        label={t.showArchived}
        checked={filters.includeArchived}
        onChange={(e) => setFilters({ includeArchived: e.currentTarget.checked })}
        mb={8}
      />
    </Group>
  );
}

/** The movements, latest period first, with filters; a click opens the movement's page. */
export function MovementsList() {
  const status = useMovements((s) => s.status);
  const error = useMovements((s) => s.error);
  const rows = useMovements((s) => s.rows);
  const filters = useMovements((s) => s.filters);
  const load = useMovements((s) => s.load);
  const go = useNavigation((s) => s.go);
  const [adding, setAdding] = useState(false);

  useEffect(() => {
    void load();
  }, [load]);

  const filtered =
    filters.year !== null ||
    filters.kind !== null ||
    filters.status !== null ||
    filters.includeArchived ||
    filters.search !== '';

  const body = (
    <ListBody
      status={status}
      error={error}
      count={rows.length}
      texts={t}
      onRetry={() => void load()}
      empty={
        filtered
          ? { title: t.emptyFiltered, hint: t.emptyFilteredHint }
          : { title: t.empty, hint: t.emptyHint }
      }
    >
      <Table.ScrollContainer minWidth={900}>
        <Table aria-label={t.listLabel} verticalSpacing="sm" highlightOnHover>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t.colName}</Table.Th>
              <Table.Th>{t.colKind}</Table.Th>
              <Table.Th>{t.colPeriod}</Table.Th>
              <Table.Th>{t.colDoc}</Table.Th>
              <Table.Th>{t.colStatus}</Table.Th>
              <Table.Th ta="right">{t.colUnits}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map((m) => (
              <Table.Tr
                key={m.id}
                style={{ cursor: 'pointer' }}
                onClick={() => go('movements', ...movementSubpath(m.id))}
              >
                <Table.Td>
                  {/* RowLink keeps the name on one line; long names must wrap here. */}
                  <Stack gap={2}>
                    <RowLink href={hashOf('movements', ...movementSubpath(m.id))}>
                      <span style={{ whiteSpace: 'normal' }}>{m.name}</span>
                    </RowLink>
                    {m.theme ? (
                      <Text size="xs" c="dimmed" lineClamp={1}>
                        {m.theme}
                      </Text>
                    ) : null}
                  </Stack>
                </Table.Td>
                <Table.Td>{MOVEMENT_KIND_LABELS[m.kind]}</Table.Td>
                <Table.Td style={{ whiteSpace: 'nowrap' }}>
                  {formatPeriod(m.periodFromYear, m.periodToYear)}
                </Table.Td>
                <Table.Td>
                  {m.docNumber ?? (
                    <Text span c="dimmed" size="sm">
                      {t.noDoc}
                    </Text>
                  )}
                  {m.docDate ? (
                    <Text size="xs" c="dimmed">
                      {formatDate(m.docDate)}
                    </Text>
                  ) : null}
                </Table.Td>
                <Table.Td>
                  <Group gap={4}>
                    <MovementStatusBadge status={m.status} />
                    {m.archivedAt ? <ArchivedBadge /> : null}
                  </Group>
                </Table.Td>
                <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }}>
                  {t.unitCount(m.unitCount)}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </ListBody>
  );

  return (
    <Stack gap="md">
      <Group justify="space-between" align="flex-end" wrap="nowrap">
        <Filters />
        <Button
          leftSection={<IconPlus size={18} aria-hidden />}
          onClick={() => setAdding(true)}
          style={{ flexShrink: 0 }}
        >
          {t.add}
        </Button>
      </Group>
      {body}
      <Modal opened={adding} onClose={() => setAdding(false)} title={t.formAddTitle} size="xl">
        {adding ? (
          <MovementForm
            movement={null}
            onDone={(created) => {
              setAdding(false);
              if (created) go('movements', ...movementSubpath(created.id));
            }}
          />
        ) : null}
      </Modal>
    </Stack>
  );
}
