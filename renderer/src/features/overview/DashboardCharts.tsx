import { Alert, Anchor, Group, Stack, Title } from '@mantine/core';
import { IconArrowRight } from '@tabler/icons-react';
import { useEffect, type MouseEvent } from 'react';
import { hashOf } from '../../app/areas';
import { useNavigation } from '../../app/navigation';
import { Loading } from '../../components/Loading';
import { REPORT_TAB_SLUGS } from '../reports/routes';
import { ChartsRow } from '../statistics/charts/ChartsRow';
import { DASHBOARD_YEARS, useDashboardCharts } from '../statistics/dashboardStore';
import { statisticsTexts as t } from '../statistics/texts';

const DETAIL: [string] = [REPORT_TAB_SLUGS.statistics];

/** Tổng quan's charts of the last five years through `year`, with the way to the detailed statistics. */
export function DashboardCharts({ year }: { year: number }) {
  const status = useDashboardCharts((s) => s.status);
  const error = useDashboardCharts((s) => s.error);
  const charts = useDashboardCharts((s) => s.charts);
  const load = useDashboardCharts((s) => s.load);

  useEffect(() => {
    void load(year);
  }, [load, year]);

  const follow = (e: MouseEvent) => {
    e.preventDefault();
    useNavigation.getState().go('reports', ...DETAIL);
  };

  return (
    <Stack gap="sm" component="section" data-testid="dashboard-charts">
      <Group justify="space-between" align="baseline" gap="sm">
        <Title order={3} size="h5">
          {t.dashboardTitle(year - DASHBOARD_YEARS + 1, year)}
        </Title>
        <Anchor href={hashOf('reports', ...DETAIL)} onClick={follow} size="sm">
          <Group gap={4} wrap="nowrap" component="span">
            {t.dashboardLink}
            <IconArrowRight size={16} aria-hidden />
          </Group>
        </Anchor>
      </Group>
      {status === 'error' ? (
        <Alert color="red" variant="light" title={t.chartsFailed}>
          {error}
        </Alert>
      ) : charts ? (
        <ChartsRow charts={charts} />
      ) : (
        <Loading label={t.loading} />
      )}
    </Stack>
  );
}
