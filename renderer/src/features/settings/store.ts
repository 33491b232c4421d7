import { create } from 'zustand';
import type { Settings, SettingsInput } from '../../../../shared/schemas/settings';
import { ApiFailure, call } from '../../lib/api';
import { messageOf } from '../../lib/errors';

export type SaveResult =
  | { ok: true; settings: Settings }
  | {
      ok: false;
      message: string;
      /** Per-field messages by dotted path, as the form names its inputs. */ fields: Record<string, string>;
    };

export type LogExport =
  | { status: 'idle' | 'saving' | 'cancelled' }
  | { status: 'saved'; location: string }
  | { status: 'failed'; message: string };

interface SettingsState {
  /** The settings as stored; null until read. */
  stored: Settings | null;
  loadStatus: 'idle' | 'loading' | 'ready' | 'error';
  loadError: string | null;
  saving: boolean;
  logExport: LogExport;
  /** Reads the settings unless they are already read or being read. */
  ensureLoaded(): Promise<void>;
  load(): Promise<void>;
  save(next: SettingsInput): Promise<SaveResult>;
  exportLog(): Promise<void>;
}

export const useSettings = create<SettingsState>()((set, get) => ({
  stored: null,
  loadStatus: 'idle',
  loadError: null,
  saving: false,
  logExport: { status: 'idle' },

  ensureLoaded: async () => {
    if (get().loadStatus === 'idle') await get().load();
  },

  load: async () => {
    set({ loadStatus: 'loading', loadError: null });
    try {
      set({ stored: await call('settings.get', {}), loadStatus: 'ready' });
    } catch (error) {
      set({ loadStatus: 'error', loadError: messageOf(error) });
    }
  },

  save: async (next) => {
    set({ saving: true });
    try {
      const settings = await call('settings.update', next);
      set({ stored: settings });
      return { ok: true, settings };
    } catch (error) {
      return {
        ok: false,
        message: messageOf(error),
        fields: error instanceof ApiFailure ? error.fields : {},
      };
    } finally {
      set({ saving: false });
    }
  },

  exportLog: async () => {
    set({ logExport: { status: 'saving' } });
    try {
      const outcome = await call('app.exportLog', {});
      set({
        logExport: outcome.saved ? { status: 'saved', location: outcome.location } : { status: 'cancelled' },
      });
    } catch (error) {
      set({ logExport: { status: 'failed', message: messageOf(error) } });
    }
  },
}));
