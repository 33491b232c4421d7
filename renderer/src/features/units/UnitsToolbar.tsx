import { Button, Group, Paper, SegmentedControl, Select } from '@mantine/core';
import { IconBinaryTree, IconPlus, IconTable } from '@tabler/icons-react';
import { useEffect, type ReactNode } from 'react';
import {
  ACTIVITY_FILTERS,
  UNIT_KINDS,
  UNIT_KIND_LABELS,
  type ActivityFilter,
  type UnitKind,
} from '../../../../shared/domain/registry';
import { SearchInput } from '../../components/SearchInput';
import { useClusters } from '../clusters/store';
import { listFilterOf, useUnits, type UnitsView } from './store';
import { unitsTexts as t } from './texts';
import { UnitsTransferActions } from './UnitsTransferActions';

const ALL = 'all';

const KIND_OPTIONS = [
  { value: ALL, label: t.anyKind },
  ...UNIT_KINDS.map((k) => ({ value: k, label: UNIT_KIND_LABELS[k] })),
];
const STATUS_OPTIONS = ACTIVITY_FILTERS.map((s) => ({ value: s, label: t.status[s] }));

/** Search, filters, view switch, the Excel buttons' place and "Thêm đơn vị". */
export function UnitsToolbar() {
  const filter = useUnits((s) => s.filter);
  const setFilter = useUnits((s) => s.setFilter);
  const view = useUnits((s) => s.view);
  const setView = useUnits((s) => s.setView);
  const loadList = useUnits((s) => s.loadList);
  const openCreate = useUnits((s) => s.openCreate);
  const clusters = useClusters((s) => s.clusters);
  const ensureClusters = useClusters((s) => s.ensureLoaded);

  useEffect(() => {
    void ensureClusters();
  }, [ensureClusters]);

  const clusterOptions = [
    { value: ALL, label: t.anyCluster },
    ...clusters.map((c) => ({ value: String(c.id), label: c.name })),
  ];

  return (
    <Paper withBorder p="sm" role="search" aria-label={t.toolbarLabel}>
      <Group align="flex-end" gap="sm" wrap="wrap">
        <SearchInput
          label={t.search}
          placeholder={t.searchPlaceholder}
          clearLabel={t.clearSearch}
          initialValue={filter.query}
          onSearch={(query) => setFilter({ query })}
          w={240}
        />
        <Select
          label={t.kindFilter}
          data={KIND_OPTIONS}
          value={filter.kind ?? ALL}
          onChange={(v) => setFilter({ kind: v === null || v === ALL ? null : (v as UnitKind) })}
          allowDeselect={false}
          w={210}
        />
        <Select
          label={t.clusterFilter}
          data={clusterOptions}
          value={filter.clusterId === null ? ALL : String(filter.clusterId)}
          onChange={(v) => setFilter({ clusterId: v === null || v === ALL ? null : Number(v) })}
          allowDeselect={false}
          w={200}
        />
        <Select
          label={t.statusFilter}
          data={STATUS_OPTIONS}
          value={filter.status}
          onChange={(v) => v && setFilter({ status: v as ActivityFilter })}
          allowDeselect={false}
          w={170}
        />
        <SegmentedControl
          aria-label={t.viewLabel}
          value={view}
          onChange={(v) => setView(v as UnitsView)}
          data={[
            {
              value: 'tree',
              label: <ViewLabel icon={<IconBinaryTree size={16} aria-hidden />} text={t.viewTree} />,
            },
            {
              value: 'table',
              label: <ViewLabel icon={<IconTable size={16} aria-hidden />} text={t.viewTable} />,
            },
          ]}
        />
        <Group gap="sm" ml="auto">
          {/* The Excel import and export buttons (features/transfer) go here, with the list's filter. */}
          <UnitsTransferActions filter={listFilterOf(filter)} onChanged={() => void loadList()} />
          <Button leftSection={<IconPlus size={18} aria-hidden />} onClick={openCreate}>
            {t.add}
          </Button>
        </Group>
      </Group>
    </Paper>
  );
}

function ViewLabel({ icon, text }: { icon: ReactNode; text: string }) {
  return (
    <Group gap={6} wrap="nowrap">
      {icon}
      <span>{text}</span>
    </Group>
  );
}
