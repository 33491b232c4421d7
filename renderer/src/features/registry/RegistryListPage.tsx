import { useEffect, useState, type ReactNode } from 'react';
import { Button, Group, Paper, Stack, Text } from '@mantine/core';
import { IconArrowLeft, IconPlus, IconTrash } from '@tabler/icons-react';
import type { RegistryKind } from '../../../../shared/domain/registry';
import { LoadError } from '../../components/LoadError';
import { Loading } from '../../components/Loading';
import { Page } from '../../components/Page';
import type { RegistryStoreHook } from '../../components/registryStore';
import { useUnitOptions } from '../../components/unitOptions';
import { ExportStatus } from '../transfer/TransferActions';

/** The words of a registry's list page, from its texts module. */
export interface RegistryListTexts {
  add: string;
  trash: string;
  trashLead: string;
  backToList: string;
  count(n: number): string;
  countInTrash(n: number): string;
  loading: string;
  loadFailed: string;
  retry: string;
  empty: string;
  emptyFiltered: string;
  emptyTrash: string;
}

interface RegistryListPageProps<Row, Rec, Filter extends { trashed: boolean }> {
  title: string;
  kind: RegistryKind;
  useStore: RegistryStoreHook<Row, Rec, Filter>;
  texts: RegistryListTexts;
  /** The filter change that opens the trash (true) or goes back to the list (false). */
  trashFilter(trashed: boolean): Partial<Filter>;
  /** True when the filter narrows the list (an empty list then says so). */
  isFiltered(filter: Filter): boolean;
  /** Import and export of the list as filtered. */
  transferActions(filter: Filter, onImported: () => void): ReactNode;
  filters: ReactNode;
  table: ReactNode;
  addForm(opened: boolean, onClose: () => void): ReactNode;
}

/** A registry's list: trash, add, import and export, the filters, the count and the list itself. */
export function RegistryListPage<Row, Rec, Filter extends { trashed: boolean }>({
  title,
  kind,
  useStore,
  texts: t,
  trashFilter,
  isFiltered,
  transferActions,
  filters,
  table,
  addForm,
}: RegistryListPageProps<Row, Rec, Filter>) {
  const openList = useStore((s) => s.openList);
  const reload = useStore((s) => s.reload);
  const setFilter = useStore((s) => s.setFilter);
  const filter = useStore((s) => s.filter);
  const total = useStore((s) => s.total);
  const listStatus = useStore((s) => s.listStatus);
  const listError = useStore((s) => s.listError);
  const loadUnits = useUnitOptions((s) => s.load);
  const [adding, setAdding] = useState(false);

  useEffect(() => {
    openList();
    void loadUnits();
  }, [openList, loadUnits]);

  const { trashed } = filter;

  return (
    <Page title={title} lead={trashed ? t.trashLead : undefined}>
      <Group gap="sm" wrap="wrap">
        {trashed ? (
          <Button
            variant="default"
            leftSection={<IconArrowLeft size={18} aria-hidden />}
            onClick={() => setFilter(trashFilter(false))}
          >
            {t.backToList}
          </Button>
        ) : (
          <>
            <Button leftSection={<IconPlus size={18} aria-hidden />} onClick={() => setAdding(true)}>
              {t.add}
            </Button>
            {transferActions(filter, reload)}
            <Button
              variant="subtle"
              color="gray"
              leftSection={<IconTrash size={18} aria-hidden />}
              onClick={() => setFilter(trashFilter(true))}
            >
              {t.trash}
            </Button>
          </>
        )}
      </Group>
      {trashed ? null : <ExportStatus kind={kind} />}

      {filters}

      <Stack gap="xs">
        <Text fw={500} role="status" aria-live="polite" data-testid={`${kind}-count`}>
          {total === null || listStatus === 'error' ? '' : trashed ? t.countInTrash(total) : t.count(total)}
        </Text>
        {listStatus === 'error' && listError ? (
          <LoadError title={t.loadFailed} message={listError} retryLabel={t.retry} onRetry={reload} />
        ) : total === null ? (
          <Loading label={t.loading} />
        ) : total === 0 ? (
          <Paper withBorder p="lg">
            <Text c="dimmed">{trashed ? t.emptyTrash : isFiltered(filter) ? t.emptyFiltered : t.empty}</Text>
          </Paper>
        ) : (
          table
        )}
      </Stack>

      {addForm(adding, () => setAdding(false))}
    </Page>
  );
}
