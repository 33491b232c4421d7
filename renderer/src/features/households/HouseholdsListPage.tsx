import { useEffect, useState } from 'react';
import { Button, Group, Paper, Stack, Text } from '@mantine/core';
import { IconArrowLeft, IconPlus, IconTrash } from '@tabler/icons-react';
import { LoadError } from '../../components/LoadError';
import { Loading } from '../../components/Loading';
import { Page } from '../../components/Page';
import { SearchInput } from '../../components/SearchInput';
import { UnitSelect } from '../../components/UnitSelect';
import { useUnitOptions } from '../../components/unitOptions';
import { ExportStatus, TransferActions } from '../transfer/TransferActions';
import { HouseholdFormModal } from './HouseholdFormModal';
import { HouseholdsTable } from './HouseholdsTable';
import { useHouseholds } from './store';
import { householdsTexts as t } from './texts';

const TABLE_HEIGHT = 'max(320px, calc(100dvh - 340px))';

/** Hộ gia đình: search, filter by tổ dân phố, the virtualised list, trash, add, import and export. */
export function HouseholdsListPage({ title }: { title: string }) {
  const openList = useHouseholds((s) => s.openList);
  const reload = useHouseholds((s) => s.reload);
  const setFilter = useHouseholds((s) => s.setFilter);
  const filter = useHouseholds((s) => s.filter);
  const searchText = useHouseholds((s) => s.searchText);
  const search = useHouseholds((s) => s.search);
  const total = useHouseholds((s) => s.total);
  const listStatus = useHouseholds((s) => s.listStatus);
  const listError = useHouseholds((s) => s.listError);
  const loadUnits = useUnitOptions((s) => s.load);
  const [adding, setAdding] = useState(false);

  useEffect(() => {
    openList();
    void loadUnits();
  }, [openList, loadUnits]);

  const { trashed } = filter;
  const filtered = filter.query !== '' || filter.residentialGroupUnitId !== null;

  return (
    <Page title={title} lead={trashed ? t.trashLead : undefined}>
      <Group gap="sm" wrap="wrap">
        {trashed ? (
          <Button
            variant="default"
            leftSection={<IconArrowLeft size={18} aria-hidden />}
            onClick={() => setFilter({ trashed: false })}
          >
            {t.backToList}
          </Button>
        ) : (
          <>
            <Button leftSection={<IconPlus size={18} aria-hidden />} onClick={() => setAdding(true)}>
              {t.add}
            </Button>
            <TransferActions
              kind="households"
              filter={{
                query: filter.query,
                residentialGroupUnitId: filter.residentialGroupUnitId,
                trashed: filter.trashed,
              }}
              onImported={reload}
            />
            <Button
              variant="subtle"
              color="gray"
              leftSection={<IconTrash size={18} aria-hidden />}
              onClick={() => setFilter({ trashed: true })}
            >
              {t.trash}
            </Button>
          </>
        )}
      </Group>
      {trashed ? null : <ExportStatus kind="households" />}

      <Group gap="sm" align="flex-end" wrap="wrap">
        <SearchInput
          label={t.search}
          placeholder={t.searchPlaceholder}
          initialValue={searchText}
          onSearch={search}
          clearLabel={t.clearSearch}
          w={440}
        />
        <UnitSelect
          label={t.group}
          placeholder={t.allGroups}
          kind="residential_group"
          value={filter.residentialGroupUnitId}
          onChange={(residentialGroupUnitId) => setFilter({ residentialGroupUnitId })}
          w={280}
        />
      </Group>

      <Stack gap="xs">
        <Text fw={500} role="status" aria-live="polite" data-testid="households-count">
          {total === null || listStatus === 'error' ? '' : trashed ? t.countInTrash(total) : t.count(total)}
        </Text>
        {listStatus === 'error' && listError ? (
          <LoadError title={t.loadFailed} message={listError} retryLabel={t.retry} onRetry={reload} />
        ) : total === null ? (
          <Loading label={t.loading} />
        ) : total === 0 ? (
          <Paper withBorder p="lg">
            <Text c="dimmed">{trashed ? t.emptyTrash : filtered ? t.emptyFiltered : t.empty}</Text>
          </Paper>
        ) : (
          <HouseholdsTable height={TABLE_HEIGHT} />
        )}
      </Stack>

      <HouseholdFormModal opened={adding} household={null} onClose={() => setAdding(false)} />
    </Page>
  );
}
