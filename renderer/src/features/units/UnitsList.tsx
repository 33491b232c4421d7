import { Group, Loader, Paper, Stack, Text } from '@mantine/core';
import { useEffect } from 'react';
import { LoadError } from '../../components/LoadError';
import { Loading } from '../../components/Loading';
import { DEFAULT_FILTER, useUnits, type UnitFilter } from './store';
import { unitsTexts as t } from './texts';
import { UnitsTable } from './UnitsTable';
import { UnitsToolbar } from './UnitsToolbar';
import { UnitsTree } from './UnitsTree';

const isDefault = (f: UnitFilter) =>
  f.query.trim() === '' && f.kind === null && f.clusterId === null && f.status === DEFAULT_FILTER.status;

/** The toolbar and the units it finds, as a tree or a table. */
export function UnitsList() {
  const list = useUnits((s) => s.list);
  const view = useUnits((s) => s.view);
  const filter = useUnits((s) => s.filter);
  const loadList = useUnits((s) => s.loadList);

  // Read again on every visit: other tabs and pages change units and clusters.
  useEffect(() => {
    void loadList();
  }, [loadList]);

  const rows = list.data;
  return (
    <Stack gap="md">
      <UnitsToolbar />
      {list.status === 'error' && list.error ? (
        <LoadError
          title={t.loadFailed}
          message={list.error}
          retryLabel={t.retry}
          onRetry={() => void loadList()}
        />
      ) : null}
      {rows === null ? (
        list.status === 'error' ? null : (
          <Loading label={t.loading} />
        )
      ) : (
        <>
          <Group gap="xs" mih={20}>
            <Text size="sm" c="dimmed" role="status">
              {t.count(rows.length)}
            </Text>
            {list.status === 'loading' ? <Loader size="xs" aria-hidden /> : null}
          </Group>
          {rows.length === 0 ? (
            <Paper withBorder p="lg">
              <Text c="dimmed">{isDefault(filter) ? t.emptyNoUnits : t.emptyNoMatch}</Text>
            </Paper>
          ) : view === 'tree' ? (
            <UnitsTree rows={rows} />
          ) : (
            <UnitsTable rows={rows} />
          )}
        </>
      )}
    </Stack>
  );
}
