import { Alert, Button, Group, Stack, Text, Title } from '@mantine/core';
import { IconAlertCircle, IconFileSpreadsheet } from '@tabler/icons-react';
import { useEffect } from 'react';
import { LoadError } from '../../components/LoadError';
import { Loading } from '../../components/Loading';
import { RequiredYearSelect, yearRange } from '../../components/YearSelect';
import { SaveStatus } from '../transfer/SaveStatus';
import { CellRecordsModal } from './CellRecordsModal';
import { ChartsRow } from './charts/ChartsRow';
import { PrintButton } from './PrintButton';
import { StatTableView } from './StatTableView';
import { thisYear, useStatistics } from './store';
import { statisticsTexts as t } from './texts';

const FIRST_YEAR = 2000;
const YEARS = yearRange(thisYear() + 1, FIRST_YEAR);

/** Thống kê (`#/bao-cao/thong-ke`): a year range, its charts, the six tables; every number opens its records. */
export function StatisticsTab() {
  const load = useStatistics((s) => s.load);
  useEffect(() => {
    void load();
  }, [load]);

  return (
    <Stack gap="lg">
      <Text c="dimmed" size="sm">
        {t.lead}
      </Text>
      <RangeBar />
      <StatisticsBody />
      <CellRecordsModal />
    </Stack>
  );
}

/** Từ năm / Đến năm and the exports (Excel, PDF); the year a refused range names turns red. */
function RangeBar() {
  const fromYear = useStatistics((s) => s.fromYear);
  const toYear = useStatistics((s) => s.toYear);
  const fieldErrors = useStatistics((s) => s.fieldErrors);
  const setRange = useStatistics((s) => s.setRange);
  const status = useStatistics((s) => s.status);
  const exportState = useStatistics((s) => s.exportState);
  const exportExcel = useStatistics((s) => s.exportExcel);
  return (
    <Group justify="space-between" align="flex-start" gap="sm" wrap="wrap">
      <Group gap="sm" align="flex-start" role="group" aria-label={t.rangeLabel}>
        <RequiredYearSelect
          label={t.fromYear}
          years={YEARS}
          value={fromYear}
          onChange={(year) => setRange({ fromYear: year })}
          error={Boolean(fieldErrors.fromYear)}
        />
        <RequiredYearSelect
          label={t.toYear}
          years={YEARS}
          value={toYear}
          onChange={(year) => setRange({ toYear: year })}
          error={Boolean(fieldErrors.toYear)}
        />
      </Group>
      <Group gap="sm" mt={24}>
        <SaveStatus state={exportState} savingLabel={t.exporting} />
        <Button
          variant="default"
          leftSection={<IconFileSpreadsheet size={18} aria-hidden />}
          loading={exportState.status === 'saving'}
          disabled={status !== 'ready'}
          onClick={() => void exportExcel()}
        >
          {t.exportExcel}
        </Button>
        <PrintButton />
      </Group>
    </Group>
  );
}

function StatisticsBody() {
  const status = useStatistics((s) => s.status);
  const error = useStatistics((s) => s.error);
  const fieldErrors = useStatistics((s) => s.fieldErrors);
  const report = useStatistics((s) => s.report);
  const charts = useStatistics((s) => s.charts);
  const load = useStatistics((s) => s.load);
  const openCell = useStatistics((s) => s.openCell);

  if (status === 'error') {
    // A refused range is a thing to change (the year turns red), not a failure to retry.
    const rangeMessages = [...new Set([fieldErrors.fromYear, fieldErrors.toYear].filter(Boolean))];
    if (rangeMessages.length > 0)
      return (
        <Alert color="orange" variant="light" icon={<IconAlertCircle aria-hidden />} maw={720}>
          {rangeMessages.join(' ')}
        </Alert>
      );
    return (
      <LoadError
        title={t.loadFailed}
        message={error ?? ''}
        retryLabel={t.retry}
        onRetry={() => void load()}
      />
    );
  }
  if (!report || !charts) return <Loading label={t.loading} />;
  return (
    <Stack gap="xl" style={{ opacity: status === 'loading' ? 0.6 : 1 }} aria-busy={status === 'loading'}>
      <Stack gap="sm" component="section">
        <Title order={2} size="h4">
          {t.chartsTitle}
        </Title>
        <ChartsRow charts={charts} />
      </Stack>
      <Stack gap="lg" component="section">
        <Title order={2} size="h4">
          {t.tablesTitle}
        </Title>
        {report.tables.map((table, i) => (
          <StatTableView
            key={table.id}
            table={table}
            heading={t.tableNumber(i + 1, table.title)}
            onOpenCell={(cell) => void openCell(cell)}
          />
        ))}
      </Stack>
    </Stack>
  );
}
