import { create } from 'zustand';
import type { InputOf } from '../../../../shared/api/contract';
import type { SaveOutcome } from '../../../../shared/api/files';
import type { RegistryKind } from '../../../../shared/domain/registry';
import {
  IMPORT_MAX_BYTES,
  type DuplicateAction,
  type ImportPreview,
  type ImportSummary,
} from '../../../../shared/schemas/registry/transfer';
import { call } from '../../lib/api';
import { messageOf } from '../../lib/errors';
import { fileToBase64 } from './base64';
import { transferTexts as t } from './texts';

/** The state of a file save (template, summary, export): the location is shown once saved. */
export type SaveState =
  | { status: 'idle' | 'saving' | 'cancelled' }
  | { status: 'saved'; location: string }
  | { status: 'failed'; message: string };

/** Long work in the import: reading the file for the preview, or writing the rows. */
export type ImportWork = 'reading' | 'importing';

export type ExportFilters = {
  units: InputOf<'units.export'>;
  people: InputOf<'people.export'>;
  households: InputOf<'households.export'>;
};

interface UploadedFile {
  fileName: string;
  base64: string;
}

export const MAX_MB = IMPORT_MAX_BYTES / (1024 * 1024);

interface TransferState {
  /** The kind the import dialog is open for; null when closed. */
  kind: RegistryKind | null;
  step: 'pick' | 'preview' | 'summary';
  file: UploadedFile | null;
  preview: ImportPreview | null;
  duplicateAction: DuplicateAction;
  /** Where rows go whose unit (households: tổ dân phố) is empty or not in the registry; null: none. */
  defaultUnitId: number | null;
  summary: ImportSummary | null;
  /** What runs now; nothing else starts until it ends. */
  running: ImportWork | null;
  error: string | null;
  /** The file the error is about (a refused pick), for the message's title. */
  errorFile: string | null;
  template: SaveState;
  summarySave: SaveState;
  openImport(kind: RegistryKind): void;
  /** Closes the dialog, unless work is running. */
  closeImport(): void;
  downloadTemplate(): Promise<void>;
  /** Reads the picked file and asks for the preview. */
  chooseFile(file: File): Promise<void>;
  setDuplicateAction(action: DuplicateAction): void;
  /** Changes the unit for unmatched rows; a preview already shown is read again with it. */
  setDefaultUnit(unitId: number | null): Promise<void>;
  /** Imports the previewed file; resolves with the summary, or null when refused or not started. */
  commit(): Promise<ImportSummary | null>;
  saveSummary(): Promise<void>;
  /** Back to choosing a file. */
  startOver(): void;

  /** The kind being exported now; null when idle. */
  exporting: RegistryKind | null;
  exportResult: { kind: RegistryKind; state: SaveState } | null;
  exportList<K extends RegistryKind>(kind: K, filter: ExportFilters[K]): Promise<void>;
}

const FRESH_IMPORT = {
  step: 'pick' as const,
  file: null,
  preview: null,
  duplicateAction: 'skip' as const,
  defaultUnitId: null,
  summary: null,
  running: null,
  error: null,
  errorFile: null,
  template: { status: 'idle' } as SaveState,
  summarySave: { status: 'idle' } as SaveState,
};

function saveStateOf(outcome: SaveOutcome): SaveState {
  return outcome.saved ? { status: 'saved', location: outcome.location } : { status: 'cancelled' };
}

function exportCall<K extends RegistryKind>(kind: K, filter: ExportFilters[K]): Promise<SaveOutcome> {
  switch (kind) {
    case 'units':
      return call('units.export', filter as ExportFilters['units']);
    case 'people':
      return call('people.export', filter as ExportFilters['people']);
    default:
      return call('households.export', filter as ExportFilters['households']);
  }
}

/** Excel import (template, preview, commit, summary) and export, for units, people and households. */
export const useTransfer = create<TransferState>()((set, get) => {
  /** Asks for the preview of a file already read; on failure the dialog goes back to choosing a file. */
  const preview = async (kind: RegistryKind, file: UploadedFile, keepChoice: boolean) => {
    try {
      const result = await call('imports.preview', { kind, file, defaultUnitId: get().defaultUnitId });
      set({
        file,
        preview: result,
        step: 'preview',
        duplicateAction: keepChoice ? get().duplicateAction : 'skip',
        summary: null,
      });
    } catch (error) {
      set({ error: messageOf(error), errorFile: file.fileName, step: 'pick', preview: null, file: null });
    }
  };

  return {
    kind: null,
    ...FRESH_IMPORT,

    openImport: (kind) => {
      if (get().running) return;
      set({ kind, ...FRESH_IMPORT });
    },

    closeImport: () => {
      if (get().running) return;
      set({ kind: null, ...FRESH_IMPORT });
    },

    downloadTemplate: async () => {
      const { kind, template } = get();
      if (!kind || template.status === 'saving') return;
      set({ template: { status: 'saving' } });
      try {
        set({ template: saveStateOf(await call('imports.template', { kind })) });
      } catch (error) {
        set({ template: { status: 'failed', message: messageOf(error) } });
      }
    },

    chooseFile: async (picked) => {
      const { kind, running } = get();
      if (!kind || running) return;
      if (picked.size > IMPORT_MAX_BYTES) {
        set({
          error: t.tooBig(picked.name, MAX_MB),
          errorFile: picked.name,
          step: 'pick',
          preview: null,
          file: null,
        });
        return;
      }
      set({ running: 'reading', error: null, errorFile: null });
      try {
        await preview(kind, { fileName: picked.name, base64: await fileToBase64(picked) }, false);
      } catch (error) {
        set({ error: messageOf(error), errorFile: picked.name, step: 'pick', preview: null, file: null });
      } finally {
        set({ running: null });
      }
    },

    setDefaultUnit: async (defaultUnitId) => {
      const { kind, file, running, step } = get();
      if (running) return;
      set({ defaultUnitId });
      if (!kind || !file || step !== 'preview') return;
      set({ running: 'reading', error: null, errorFile: null });
      try {
        await preview(kind, file, true);
      } finally {
        set({ running: null });
      }
    },

    setDuplicateAction: (duplicateAction) => {
      if (!get().running) set({ duplicateAction });
    },

    commit: async () => {
      const { kind, file, running, duplicateAction, defaultUnitId, step } = get();
      if (!kind || !file || running || step !== 'preview') return null;
      set({ running: 'importing', error: null });
      try {
        const summary = await call('imports.commit', { kind, file, duplicateAction, defaultUnitId });
        set({ summary, step: 'summary', summarySave: { status: 'idle' } });
        return summary;
      } catch (error) {
        set({ error: messageOf(error) });
        return null;
      } finally {
        set({ running: null });
      }
    },

    saveSummary: async () => {
      const { summary, summarySave } = get();
      if (!summary || summarySave.status === 'saving') return;
      set({ summarySave: { status: 'saving' } });
      try {
        set({ summarySave: saveStateOf(await call('imports.saveSummary', summary)) });
      } catch (error) {
        set({ summarySave: { status: 'failed', message: messageOf(error) } });
      }
    },

    startOver: () => {
      if (get().running) return;
      set({ ...FRESH_IMPORT, template: get().template, defaultUnitId: get().defaultUnitId });
    },

    exporting: null,
    exportResult: null,
    exportList: async (kind, filter) => {
      if (get().exporting) return;
      set({ exporting: kind, exportResult: { kind, state: { status: 'saving' } } });
      try {
        set({ exportResult: { kind, state: saveStateOf(await exportCall(kind, filter)) } });
      } catch (error) {
        set({ exportResult: { kind, state: { status: 'failed', message: messageOf(error) } } });
      } finally {
        set({ exporting: null });
      }
    },
  };
});
