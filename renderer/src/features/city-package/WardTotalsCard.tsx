import { Button, Group, Stack, Text, Title } from '@mantine/core';
import { IconFileSpreadsheet } from '@tabler/icons-react';
import { useEffect } from 'react';
import { LoadError } from '../../components/LoadError';
import { Loading } from '../../components/Loading';
import { SectionCard } from '../../components/SectionCard';
import { RequiredYearSelect } from '../../components/YearSelect';
import { StatTableView } from '../statistics/StatTableView';
import { statisticsTexts } from '../statistics/texts';
import { SaveStatus } from '../transfer/SaveStatus';
import { ImportControl } from './ImportControl';
import { PackagesTable } from './PackagesTable';
import { useCityPackage } from './store';
import { cityPackageTexts as t } from './texts';

/**
 * (b) Tổng hợp các phường, for a city-level office: import wards' packages, list them, and their
 * tables summed cell by cell. The records behind the numbers live in the wards' data, so the cells
 * do not open.
 */
export function WardTotalsCard({ years }: { years: readonly number[] }) {
  const year = useCityPackage((s) => s.year);
  const setYear = useCityPackage((s) => s.setYear);
  const status = useCityPackage((s) => s.status);
  const error = useCityPackage((s) => s.error);
  const totals = useCityPackage((s) => s.totals);
  const load = useCityPackage((s) => s.load);
  const exportState = useCityPackage((s) => s.exports.totals);
  const exportFile = useCityPackage((s) => s.exportFile);

  useEffect(() => {
    void load();
  }, [load]);

  const packages = totals?.packages ?? [];
  return (
    <SectionCard title={t.totalsTitle}>
      <Stack gap="md">
        <Text size="sm" c="dimmed">
          {t.totalsLead}
        </Text>
        <Group gap="sm" align="flex-end" wrap="wrap">
          <RequiredYearSelect label={t.year} years={years} value={year} onChange={(y) => setYear(y)} />
          <ImportControl />
        </Group>
        {status === 'error' ? (
          <LoadError
            title={t.loadFailed}
            message={error ?? ''}
            retryLabel={t.retry}
            onRetry={() => void load()}
          />
        ) : !totals ? (
          <Loading label={t.loading} />
        ) : (
          <>
            <PackagesTable packages={packages} year={totals.year} />
            {packages.length > 0 ? (
              <Stack gap="lg">
                <Group justify="space-between" align="center" gap="sm">
                  <Title order={3} size="h5">
                    {t.tablesTitle(packages.length, totals.year)}
                  </Title>
                  <Group gap="sm">
                    <SaveStatus state={exportState} savingLabel={t.exportingTotals} />
                    <Button
                      variant="default"
                      leftSection={<IconFileSpreadsheet size={18} aria-hidden />}
                      loading={exportState.status === 'saving'}
                      onClick={() => void exportFile('totals')}
                    >
                      {t.exportTotals}
                    </Button>
                  </Group>
                </Group>
                {totals.tables.map((table, i) => (
                  <StatTableView
                    key={table.id}
                    table={table}
                    heading={statisticsTexts.tableNumber(i + 1, table.title)}
                  />
                ))}
              </Stack>
            ) : null}
          </>
        )}
      </Stack>
    </SectionCard>
  );
}
