import { useEffect, useState } from 'react';
import { Button, Group, Paper, Stack, Text } from '@mantine/core';
import { IconArrowLeft, IconPlus, IconTrash } from '@tabler/icons-react';
import { LoadError } from '../../components/LoadError';
import { Loading } from '../../components/Loading';
import { Page } from '../../components/Page';
import { useUnitOptions } from '../../components/unitOptions';
import { ExportStatus, TransferActions } from '../transfer/TransferActions';
import { PeopleFilters } from './PeopleFilters';
import { PeopleTable } from './PeopleTable';
import { PersonFormModal } from './PersonFormModal';
import { INITIAL_PEOPLE_FILTER, usePeople } from './store';
import { peopleTexts as t } from './texts';

// The list fills the window below the filters; it scrolls inside itself, with its header kept in view.
const TABLE_HEIGHT = 'max(320px, calc(100dvh - 410px))';

/** Cá nhân: search, filters, the virtualised list, trash, add, import and export. */
export function PeopleListPage({ title }: { title: string }) {
  const openList = usePeople((s) => s.openList);
  const reload = usePeople((s) => s.reload);
  const setFilter = usePeople((s) => s.setFilter);
  const filter = usePeople((s) => s.filter);
  const total = usePeople((s) => s.total);
  const listStatus = usePeople((s) => s.listStatus);
  const listError = usePeople((s) => s.listError);
  const loadUnits = useUnitOptions((s) => s.load);
  const [adding, setAdding] = useState(false);

  useEffect(() => {
    openList();
    void loadUnits();
  }, [openList, loadUnits]);

  const { trashed } = filter;
  const exportFilter = {
    query: filter.query,
    unitId: filter.unitId,
    staffCategory: filter.staffCategory,
    gender: filter.gender,
    status: filter.status,
    trashed: filter.trashed,
  };
  const filtered =
    filter.query !== '' || filter.unitId !== null || filter.staffCategory !== null || filter.gender !== null;

  return (
    <Page title={title} lead={trashed ? t.trashLead : undefined}>
      <Group gap="sm" wrap="wrap">
        {trashed ? (
          <Button
            variant="default"
            leftSection={<IconArrowLeft size={18} aria-hidden />}
            onClick={() => setFilter({ trashed: false, status: INITIAL_PEOPLE_FILTER.status })}
          >
            {t.backToList}
          </Button>
        ) : (
          <>
            <Button leftSection={<IconPlus size={18} aria-hidden />} onClick={() => setAdding(true)}>
              {t.add}
            </Button>
            <TransferActions kind="people" filter={exportFilter} onImported={reload} />
            <Button
              variant="subtle"
              color="gray"
              leftSection={<IconTrash size={18} aria-hidden />}
              onClick={() => setFilter({ trashed: true, status: 'all' })}
            >
              {t.trash}
            </Button>
          </>
        )}
      </Group>
      {trashed ? null : <ExportStatus kind="people" />}

      <PeopleFilters />

      <Stack gap="xs">
        <Text fw={500} role="status" aria-live="polite" data-testid="people-count">
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
          <PeopleTable height={TABLE_HEIGHT} />
        )}
      </Stack>

      <PersonFormModal opened={adding} person={null} onClose={() => setAdding(false)} />
    </Page>
  );
}
