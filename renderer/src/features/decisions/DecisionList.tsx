import { Button, Group, Select, Stack, Table, Text } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import {
  DECISION_STATUSES,
  DECISION_STATUS_LABELS,
  type DecisionStatus,
} from '../../../../shared/domain/decisions';
import { formatDate } from '../../../../shared/rules/dates';
import { formatMoney, formatNumberVi } from '../../../../shared/rules/money';
import type { DecisionSummary } from '../../../../shared/schemas/decisions';
import { hashOf } from '../../app/areas';
import { useNavigation } from '../../app/navigation';
import { LoadError } from '../../components/LoadError';
import { Loading } from '../../components/Loading';
import { RowLink } from '../../components/RowLink';
import { SearchInput } from '../../components/SearchInput';
import { DecisionFormModal } from './DecisionFormModal';
import { StatusBadge } from './StatusBadge';
import { useDecisions } from './store';
import { decisionsTexts as t } from './texts';

const ALL = 'all';
const DECISIONS_SLUG = 'quyet-dinh';

function yearOptions(current: number) {
  const years = Array.from({ length: 11 }, (_, i) => current + 1 - i);
  return [{ value: ALL, label: t.allYears }, ...years.map((y) => ({ value: String(y), label: String(y) }))];
}

/** Quyết định: the decisions of a year with their counts, money and status; "Tạo quyết định". */
export function DecisionList() {
  const filter = useDecisions((s) => s.filter);
  const rows = useDecisions((s) => s.rows);
  const status = useDecisions((s) => s.status);
  const error = useDecisions((s) => s.error);
  const load = useDecisions((s) => s.load);
  const setFilter = useDecisions((s) => s.setFilter);
  const go = useNavigation((s) => s.go);
  const [creating, setCreating] = useState(false);

  useEffect(() => {
    void load();
  }, [load]);

  const open = (id: number) => go('awards', DECISIONS_SLUG, id);
  const filtered = filter.status !== null || filter.search.trim() !== '';

  return (
    <Stack gap="md">
      <Group justify="space-between" align="flex-end" gap="sm">
        <Group gap="sm" align="flex-end">
          <Select
            label={t.yearFilter}
            w={170}
            allowDeselect={false}
            data={yearOptions(new Date().getFullYear())}
            value={filter.year === null ? ALL : String(filter.year)}
            onChange={(v) => setFilter({ year: v === null || v === ALL ? null : Number(v) })}
          />
          <Select
            label={t.statusFilter}
            w={180}
            allowDeselect={false}
            data={[
              { value: ALL, label: t.allStatuses },
              ...DECISION_STATUSES.map((s) => ({ value: s, label: DECISION_STATUS_LABELS[s] })),
            ]}
            value={filter.status ?? ALL}
            onChange={(v) => setFilter({ status: v === null || v === ALL ? null : (v as DecisionStatus) })}
          />
          <SearchInput
            label={t.search}
            placeholder={t.searchPlaceholder}
            clearLabel={t.clearSearch}
            initialValue={filter.search}
            onSearch={(search) => setFilter({ search })}
            w={300}
          />
        </Group>
        <Button leftSection={<IconPlus size={18} aria-hidden />} onClick={() => setCreating(true)}>
          {t.create}
        </Button>
      </Group>

      {status === 'error' && error ? (
        <LoadError title={t.loadFailed} message={error} retryLabel={t.retry} onRetry={() => void load()} />
      ) : status !== 'ready' && rows.length === 0 ? (
        <Loading label={t.loading} />
      ) : rows.length === 0 ? (
        <Text c="dimmed" maw={720}>
          {filtered ? t.emptyFiltered : t.emptyYear(filter.year === null ? '' : t.inYear(filter.year))}
        </Text>
      ) : (
        <DecisionTable rows={rows} onOpen={open} />
      )}

      <DecisionFormModal
        opened={creating}
        mode="create"
        decision={null}
        onClose={() => setCreating(false)}
        onSaved={(d) => open(d.id)}
      />
    </Stack>
  );
}

const count = (n: number) => (n === 0 ? '—' : formatNumberVi(n));

function DecisionTable({ rows, onOpen }: { rows: DecisionSummary[]; onOpen(id: number): void }) {
  return (
    <Table.ScrollContainer minWidth={960}>
      <Table aria-label={t.listLabel} verticalSpacing="sm" highlightOnHover>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t.colNumber}</Table.Th>
            <Table.Th>{t.colDate}</Table.Th>
            <Table.Th>{t.colSubject}</Table.Th>
            <Table.Th>{t.colAward}</Table.Th>
            <Table.Th ta="right">{t.colCollective}</Table.Th>
            <Table.Th ta="right">{t.colIndividual}</Table.Th>
            <Table.Th ta="right">{t.colHousehold}</Table.Th>
            <Table.Th ta="right">{t.colTotal}</Table.Th>
            <Table.Th>{t.colStatus}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((d) => {
            const label = d.numberText ?? t.noNumber;
            return (
              <Table.Tr key={d.id} onClick={() => onOpen(d.id)} style={{ cursor: 'pointer' }}>
                <Table.Td>
                  <RowLink href={hashOf('awards', DECISIONS_SLUG, d.id)}>{label}</RowLink>
                </Table.Td>
                <Table.Td style={{ whiteSpace: 'nowrap' }}>
                  {d.decisionDate ? formatDate(d.decisionDate) : '—'}
                </Table.Td>
                <Table.Td maw={320}>
                  <Text size="sm" lineClamp={2} c={d.subject ? undefined : 'dimmed'}>
                    {d.subject ?? t.noSubject}
                  </Text>
                </Table.Td>
                <Table.Td>{d.catalogueName ?? '—'}</Table.Td>
                <Table.Td ta="right">{count(d.collectiveCount)}</Table.Td>
                <Table.Td ta="right">{count(d.individualCount)}</Table.Td>
                <Table.Td ta="right">{count(d.householdCount)}</Table.Td>
                <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }}>
                  {formatMoney(d.totalAmount)}
                </Table.Td>
                <Table.Td>
                  <StatusBadge status={d.status} />
                </Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
