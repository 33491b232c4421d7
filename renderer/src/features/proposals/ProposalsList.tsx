import { Button, Group, Modal, Select, Stack, Table, Text } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { useEffect, useMemo, useState } from 'react';
import { formatDate } from '../../../../shared/rules/dates';
import { PROPOSAL_STATUSES, PROPOSAL_STATUS_LABELS } from '../../../../shared/schemas/proposals';
import { hashOf } from '../../app/areas';
import { useNavigation } from '../../app/navigation';
import { EnumSelect } from '../../components/EnumSelect';
import { foldedOptionsFilter } from '../../components/foldedOptionsFilter';
import { ListBody } from '../../components/ListBody';
import { RowLink } from '../../components/RowLink';
import { SearchInput } from '../../components/SearchInput';
import { useUnitOptions } from '../../components/unitOptions';
import { YearSelect, yearRange } from '../../components/YearSelect';
import { ProposalForm } from './ProposalForm';
import { ProposalStatusBadge } from './StatusBadge';
import { useProposals } from './store';
import { proposalsTexts as t } from './texts';

const proposalHref = (id: number) => hashOf('awards', 'de-nghi', id);

function Filters() {
  const filters = useProposals((s) => s.filters);
  const setFilters = useProposals((s) => s.setFilters);
  const units = useUnitOptions((s) => s.units);
  const thisYear = new Date().getFullYear();
  const years = yearRange(thisYear + 1, thisYear - 5);
  const fromOptions = useMemo(
    () => [
      { value: 'office', label: t.office },
      ...units.map((u) => ({ value: String(u.id), label: u.name })),
    ],
    [units],
  );
  return (
    <Group gap="sm" align="flex-end" wrap="wrap">
      <SearchInput
        label={t.search}
        initialValue={filters.search}
        onSearch={(search) => setFilters({ search })}
        clearLabel={t.clearSearch}
        w={300}
      />
      <YearSelect
        label={t.filterYear}
        placeholder={t.allYears}
        years={years}
        w={170}
        value={filters.year}
        onChange={(year) => setFilters({ year })}
      />
      <EnumSelect
        label={t.filterStatus}
        placeholder={t.allStatuses}
        values={PROPOSAL_STATUSES}
        labels={PROPOSAL_STATUS_LABELS}
        w={190}
        value={filters.status}
        onChange={(status) => setFilters({ status })}
      />
      <Select
        label={t.filterFrom}
        placeholder={t.allUnits}
        data={fromOptions}
        searchable
        clearable
        filter={foldedOptionsFilter}
        w={260}
        value={filters.from === null ? null : String(filters.from)}
        onChange={(v) => setFilters({ from: v === null ? null : v === 'office' ? 'office' : Number(v) })}
      />
    </Group>
  );
}

/** The proposals received, newest first, with filters; a click opens the proposal. */
export function ProposalsList() {
  const status = useProposals((s) => s.status);
  const error = useProposals((s) => s.error);
  const rows = useProposals((s) => s.rows);
  const filters = useProposals((s) => s.filters);
  const load = useProposals((s) => s.load);
  const loadUnits = useUnitOptions((s) => s.load);
  const go = useNavigation((s) => s.go);
  const [adding, setAdding] = useState(false);

  useEffect(() => {
    void load();
    void loadUnits();
  }, [load, loadUnits]);

  const filtered =
    filters.year !== null || filters.status !== null || filters.from !== null || filters.search !== '';

  const body = (
    <ListBody
      status={status}
      error={error}
      count={rows.length}
      texts={t}
      onRetry={() => void load()}
      empty={filtered ? { title: t.emptyFiltered } : { title: t.empty, hint: t.emptyHint }}
    >
      <Table.ScrollContainer minWidth={860}>
        <Table aria-label={t.listLabel} verticalSpacing="sm" highlightOnHover>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t.colDoc}</Table.Th>
              <Table.Th>{t.colFrom}</Table.Th>
              <Table.Th>{t.colTitle}</Table.Th>
              <Table.Th>{t.colCandidates}</Table.Th>
              <Table.Th>{t.colStatus}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map((p) => (
              <Table.Tr
                key={p.id}
                style={{ cursor: 'pointer' }}
                onClick={() => go('awards', 'de-nghi', p.id)}
              >
                <Table.Td>
                  <RowLink href={proposalHref(p.id)}>{p.docNumber ?? t.noDoc}</RowLink>
                  {p.docDate ? (
                    <Text size="xs" c="dimmed">
                      {formatDate(p.docDate)}
                    </Text>
                  ) : null}
                </Table.Td>
                <Table.Td>{p.fromUnitName ?? t.office}</Table.Td>
                <Table.Td>{p.title}</Table.Td>
                <Table.Td>
                  <Text size="sm">
                    {t.candidateCounts(p.candidateCount, p.approvedCount, p.pendingCount)}
                  </Text>
                </Table.Td>
                <Table.Td>
                  <ProposalStatusBadge status={p.status} />
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
      <Group justify="space-between" align="flex-end">
        <Filters />
        <Button leftSection={<IconPlus size={18} aria-hidden />} onClick={() => setAdding(true)}>
          {t.add}
        </Button>
      </Group>
      {body}
      <Modal opened={adding} onClose={() => setAdding(false)} title={t.formAddTitle} size="lg">
        {adding ? (
          <ProposalForm
            proposal={null}
            onDone={(created) => {
              setAdding(false);
              if (created) go('awards', 'de-nghi', created.id);
            }}
          />
        ) : null}
      </Modal>
    </Stack>
  );
}
