import { create } from 'zustand';
import type { AppInfo } from '../../../../shared/api/app';
import { call } from '../../lib/api';
import { messageOf } from '../../lib/errors';

type Status = 'idle' | 'loading' | 'ready' | 'error';

interface OverviewState {
  status: Status;
  info: AppInfo | null;
  /** The Vietnamese message of the last failed load. */
  error: string | null;
  load(): Promise<void>;
}

export const useOverview = create<OverviewState>()((set) => ({
  status: 'idle',
  info: null,
  error: null,
  load: async () => {
    set({ status: 'loading', error: null });
    try {
      const info = await call('app.info', {});
      set({ status: 'ready', info });
    } catch (error) {
      set({ status: 'error', error: messageOf(error) });
    }
  },
}));
