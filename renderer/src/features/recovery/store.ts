import { create } from 'zustand';
import type { RecoveryStatus } from '../../../../shared/api/recovery';
import { call, onCallFailure } from '../../lib/api';
import { failureOf, type MutationResult } from '../../components/mutation';
import { pageReload } from './reload';

export type RecoveryInfo = Extract<RecoveryStatus, { state: 'recovery' }>;

interface RecoveryState {
  /** `checking` until the first answer; `recovery` shows only the recovery screen. */
  phase: 'checking' | 'ready' | 'recovery';
  info: RecoveryInfo | null;
  /** The normal app has been on screen: its stores may hold data of the file that is gone. */
  appShown: boolean;
  startingEmpty: boolean;
  /** Asks at start-up whether the data is usable. */
  check(): Promise<void>;
  /** Asks again (a call answered RECOVERY_REQUIRED, a restore failed); switches to recovery if so. */
  recheck(): Promise<void>;
  /** Starts with no data, the damaged file kept aside. */
  startEmpty(): Promise<MutationResult<RecoveryStatus> | null>;
  /** Into the app once the data is usable again: reloaded when stores may hold the old data. */
  finish(): void;
}

let checking: Promise<void> | null = null;

export const useRecovery = create<RecoveryState>()((set, get) => {
  const apply = (status: RecoveryStatus) => {
    if (status.state === 'recovery') set({ phase: 'recovery', info: status });
    else if (get().phase === 'checking') set({ phase: 'ready', appShown: true });
  };

  return {
    phase: 'checking',
    info: null,
    appShown: false,
    startingEmpty: false,

    check: async () => {
      try {
        apply(await call('recovery.status', {}));
      } catch {
        // Without an answer, the app opens: its own calls say what is wrong, and RECOVERY_REQUIRED
        // from any of them still brings the recovery screen.
        if (get().phase === 'checking') set({ phase: 'ready', appShown: true });
      }
    },

    recheck: () => {
      checking ??= call('recovery.status', {})
        .then(apply, () => {})
        .finally(() => {
          checking = null;
        });
      return checking;
    },

    startEmpty: async () => {
      if (get().startingEmpty) return null;
      set({ startingEmpty: true });
      try {
        const status = await call('recovery.startEmpty', { confirm: true });
        if (status.state === 'ready') get().finish();
        else set({ info: status });
        return { ok: true, value: status };
      } catch (error) {
        return failureOf(error);
      } finally {
        set({ startingEmpty: false });
      }
    },

    finish: () => {
      if (get().appShown) pageReload.run();
      else set({ phase: 'ready', info: null, appShown: true });
    },
  };
});

/** Brings the recovery screen whenever a call answers RECOVERY_REQUIRED; returns the unsubscribe. */
export function watchRecoveryRequired(): () => void {
  return onCallFailure((failure) => {
    if (failure.code === 'RECOVERY_REQUIRED') void useRecovery.getState().recheck();
  });
}
