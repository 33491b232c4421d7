import { create } from 'zustand';
import type { AppInfo } from '../../../../shared/api/app';
import type { Dashboard } from '../../../../shared/api/dashboard';
import type { DemoLoadResult } from '../../../../shared/api/demo';
import { call } from '../../lib/api';
import { messageOf } from '../../lib/errors';

type Status = 'idle' | 'loading' | 'ready' | 'error';

interface OverviewState {
  status: Status;
  info: AppInfo | null;
  /** This year's figures (the main process picks the year from its clock). */
  dashboard: Dashboard | null;
  /** True when the database has no data at all: the page offers the sample ward instead. */
  empty: boolean;
  /** The Vietnamese message of the last failed load. */
  error: string | null;
  /** «Tạo dữ liệu mẫu» is running. */
  demoBusy: boolean;
  demoError: string | null;
  load(): Promise<void>;
  /** Loads the sample ward, then reads the page again; the result for the confirmation note, or null. */
  loadDemo(): Promise<DemoLoadResult | null>;
}

export const useOverview = create<OverviewState>()((set, get) => ({
  status: 'idle',
  info: null,
  dashboard: null,
  empty: false,
  error: null,
  demoBusy: false,
  demoError: null,
  load: async () => {
    set({ status: 'loading', error: null });
    try {
      const [info, dashboard, demo] = await Promise.all([
        call('app.info', {}),
        call('dashboard.get', {}),
        call('demo.status', {}),
      ]);
      set({ status: 'ready', info, dashboard, empty: demo.empty });
    } catch (error) {
      set({ status: 'error', error: messageOf(error) });
    }
  },
  loadDemo: async () => {
    set({ demoBusy: true, demoError: null });
    try {
      const result = await call('demo.load', {});
      await get().load();
      return result;
    } catch (error) {
      set({ demoError: messageOf(error) });
      return null;
    } finally {
      set({ demoBusy: false });
    }
  },
}));
