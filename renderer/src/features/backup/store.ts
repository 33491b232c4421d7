import { create } from 'zustand';
import type {
  BackupInspection,
  BackupOverview,
  RestoreReport,
  StoredBackup,
} from '../../../../shared/api/backup';
import { MAX_RESTORE_FILE_BYTES } from '../../../../shared/domain/backup';
import { call } from '../../lib/api';
import { messageOf } from '../../lib/errors';
import { failureOf, type MutationResult } from '../../components/mutation';
import { fileToBase64 } from '../transfer/base64';
import { useRecovery } from '../recovery/store';
import { backupTexts as t } from './texts';

/** Work that must not run twice or side by side: each replaces or copies the whole database. */
export type BackupWork = 'create' | 'export' | 'inspect' | 'restore';

export type ExportState =
  | { status: 'idle' | 'cancelled' }
  | { status: 'saved'; location: string; sizeBytes: number }
  | { status: 'failed'; message: string };

/** What waits for the user's "Khôi phục dữ liệu này". */
export type PendingRestore =
  | { source: 'file'; file: { fileName: string; base64: string }; inspection: BackupInspection }
  | { source: 'stored'; backup: StoredBackup };

export interface Refusal {
  /** Where the restore came from, so the message shows beside the button that started it. */
  source: 'file' | 'stored';
  title: string;
  message: string;
}

export const MAX_RESTORE_MB = MAX_RESTORE_FILE_BYTES / (1024 * 1024);

interface BackupState {
  overview: BackupOverview | null;
  loadStatus: 'idle' | 'loading' | 'ready' | 'error';
  loadError: string | null;
  /** What runs now; every other backup or restore action waits (a second click does nothing). */
  work: BackupWork | null;
  exportState: ExportState;
  pending: PendingRestore | null;
  /** Why the picked file could not be used or the restore did not happen; nothing was changed. */
  refusal: Refusal | null;
  /** What the last restore did; the screen reopens the data once the user has read it. */
  report: RestoreReport | null;
  load(): Promise<void>;
  /** A verified backup in `<data>/backups` now. */
  create(): Promise<MutationResult<StoredBackup> | null>;
  /** "Sao lưu ngay": one file into a folder the user picks. */
  saveToFolder(): Promise<void>;
  /** Checks a picked file; when it is usable, asks for confirmation with what is in it. */
  chooseFile(file: File): Promise<void>;
  /** Asks for confirmation before restoring one of the stored backups. */
  chooseStored(backup: StoredBackup): void;
  cancelRestore(): void;
  confirmRestore(): Promise<void>;
  /** Recovery: restores the newest verified backup, which the recovery screen shows beside its button. */
  restoreLatest(): Promise<void>;
  closeReport(): void;
}

/** Backups (list, create, save to a folder) and restores (from a file, a stored backup, the newest one). */
export const useBackup = create<BackupState>()((set, get) => {
  const restore = async (source: Refusal['source'], run: () => Promise<RestoreReport>) => {
    if (get().work) return;
    set({ work: 'restore', refusal: null });
    try {
      const report = await run();
      set({ report, pending: null });
    } catch (error) {
      set({ pending: null, refusal: { source, title: t.restoreFailedTitle, message: messageOf(error) } });
      // A restore that failed half-way leaves the app in recovery: the gate asks and shows its screen.
      void useRecovery.getState().recheck();
    } finally {
      set({ work: null });
    }
  };

  return {
    overview: null,
    loadStatus: 'idle',
    loadError: null,
    work: null,
    exportState: { status: 'idle' },
    pending: null,
    refusal: null,
    report: null,

    load: async () => {
      set((s) => ({ loadStatus: s.overview ? s.loadStatus : 'loading', loadError: null }));
      try {
        set({ overview: await call('backup.list', {}), loadStatus: 'ready' });
      } catch (error) {
        set({ loadStatus: 'error', loadError: messageOf(error) });
      }
    },

    create: async () => {
      if (get().work) return null;
      set({ work: 'create' });
      try {
        const backup = await call('backup.create', {});
        await get().load();
        return { ok: true, value: backup };
      } catch (error) {
        return failureOf(error);
      } finally {
        set({ work: null });
      }
    },

    saveToFolder: async () => {
      if (get().work) return;
      set({ work: 'export', exportState: { status: 'idle' } });
      try {
        const outcome = await call('backup.saveToFolder', {});
        set({
          exportState: outcome.saved
            ? { status: 'saved', location: outcome.location, sizeBytes: outcome.sizeBytes }
            : { status: 'cancelled' },
        });
      } catch (error) {
        set({ exportState: { status: 'failed', message: messageOf(error) } });
      } finally {
        set({ work: null });
      }
    },

    chooseFile: async (file) => {
      if (get().work || get().pending) return;
      if (file.size > MAX_RESTORE_FILE_BYTES) {
        set({
          refusal: {
            source: 'file',
            title: t.refusedTitle(file.name),
            message: t.tooBig(file.name, MAX_RESTORE_MB),
          },
        });
        return;
      }
      set({ work: 'inspect', refusal: null });
      try {
        const upload = { fileName: file.name, base64: await fileToBase64(file) };
        const inspection = await call('backup.inspect', { file: upload });
        set({ pending: { source: 'file', file: upload, inspection } });
      } catch (error) {
        set({ refusal: { source: 'file', title: t.refusedTitle(file.name), message: messageOf(error) } });
      } finally {
        set({ work: null });
      }
    },

    chooseStored: (backup) => {
      if (get().work || get().pending) return;
      set({ pending: { source: 'stored', backup }, refusal: null });
    },

    cancelRestore: () => {
      if (get().work !== 'restore') set({ pending: null });
    },

    confirmRestore: async () => {
      const pending = get().pending;
      if (!pending) return;
      await restore(pending.source, () =>
        pending.source === 'file'
          ? call('backup.restore', { file: pending.file })
          : call('backup.restoreStored', { name: pending.backup.name }),
      );
    },

    restoreLatest: () => restore('stored', () => call('recovery.restoreLatest', {})),

    closeReport: () => set({ report: null }),
  };
});
