import { create } from 'zustand';
import type { StatisticsCharts } from '../../../../shared/domain/statistics';
import { call } from '../../lib/api';
import { latestLoader, type LoadFields } from '../../components/latestLoad';

/** How many years the dashboard's charts cover, ending with the current year. */
export const DASHBOARD_YEARS = 5;

interface DashboardChartsState extends LoadFields {
  charts: StatisticsCharts | null;
  /** Reads the charts of the five years through `year`. */
  load(year: number): Promise<void>;
}

/** The charts panel of Tổng quan (its own store: the Thống kê tab keeps its own range). */
export const useDashboardCharts = create<DashboardChartsState>()((set) => {
  const read = latestLoader<DashboardChartsState>(set);
  return {
    status: 'idle',
    error: null,
    charts: null,
    load: (year) =>
      read(async () => ({
        charts: await call('statistics.charts', { fromYear: year - DASHBOARD_YEARS + 1, toYear: year }),
      })),
  };
});
