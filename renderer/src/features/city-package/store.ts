import { create } from 'zustand';
import type { CityTotals, ImportedPackage } from '../../../../shared/schemas/reports';
import type { SaveOutcome } from '../../../../shared/api/files';
import { ApiFailure, call } from '../../lib/api';
import { messageOf } from '../../lib/errors';
import { latestLoader, type LoadFields } from '../../components/latestLoad';
import { runMutation, type MutationResult } from '../../components/mutation';
import type { SaveState } from '../transfer/store';
import { fileToBase64 } from '../transfer/base64';

export const thisYear = () => new Date().getFullYear();

type ExportKind = 'xlsx' | 'json' | 'totals';

/** A picked file the API refused because the ward's package of that year is already in. */
export interface Conflict {
  file: { fileName: string; base64: string };
  message: string;
}

/** What an import ended with, for the screen to say. */
export type ImportOutcome =
  | { status: 'imported'; pkg: ImportedPackage }
  | { status: 'conflict' }
  | { status: 'failed'; message: string };

interface CityPackageState extends LoadFields {
  /** The year of the ward's own package. */
  sendYear: number;
  setSendYear(year: number): void;
  /** The year whose imported packages are listed and summed. */
  year: number;
  setYear(year: number): void;
  totals: CityTotals | null;
  load(): Promise<void>;
  exports: Record<ExportKind, SaveState>;
  exportFile(kind: ExportKind): Promise<void>;
  busy: boolean;
  /** Set while the user decides whether to replace the package already imported. */
  conflict: Conflict | null;
  importFile(file: File): Promise<ImportOutcome>;
  /** Sends the refused file again, replacing the package imported before. */
  replace(): Promise<ImportOutcome>;
  dismissConflict(): void;
  remove(id: number): Promise<MutationResult<{ id: number }>>;
}

const IDLE: SaveState = { status: 'idle' };

const EXPORTS: Record<ExportKind, (year: number) => Promise<SaveOutcome>> = {
  xlsx: (year) => call('cityPackage.exportXlsx', { year }),
  json: (year) => call('cityPackage.exportJson', { year }),
  totals: (year) => call('cityPackage.exportTotalsXlsx', { year }),
};

/** Gói báo cáo thành phố: the ward's package out; wards' packages in, listed and summed. */
export const useCityPackage = create<CityPackageState>()((set, get) => {
  const read = latestLoader<CityPackageState>(set, (s) => (s.totals ? 'ready' : 'loading'));

  const send = async (file: Conflict['file'], replace: boolean): Promise<ImportOutcome> => {
    set({ busy: true });
    try {
      const pkg = await call('cityPackage.import', { file, replace });
      // The list shows the year of the package just read, so the user sees it arrive.
      set({ conflict: null, year: pkg.year });
      await get().load();
      return { status: 'imported', pkg };
    } catch (error) {
      if (error instanceof ApiFailure && error.code === 'CONFLICT' && !replace) {
        set({ conflict: { file, message: error.message } });
        return { status: 'conflict' };
      }
      set({ conflict: null });
      return { status: 'failed', message: messageOf(error) };
    } finally {
      set({ busy: false });
    }
  };

  return {
    sendYear: thisYear(),
    setSendYear: (sendYear) => set({ sendYear, exports: { ...get().exports, xlsx: IDLE, json: IDLE } }),
    year: thisYear(),
    setYear: (year) => {
      set({ year, exports: { ...get().exports, totals: IDLE } });
      void get().load();
    },
    status: 'idle',
    error: null,
    totals: null,
    load: () => read(async () => ({ totals: await call('cityPackage.totals', { year: get().year }) })),
    exports: { xlsx: IDLE, json: IDLE, totals: IDLE },
    exportFile: async (kind) => {
      const year = kind === 'totals' ? get().year : get().sendYear;
      const put = (state: SaveState) => set({ exports: { ...get().exports, [kind]: state } });
      put({ status: 'saving' });
      try {
        const outcome = await EXPORTS[kind](year);
        put(outcome.saved ? { status: 'saved', location: outcome.location } : { status: 'cancelled' });
      } catch (error) {
        put({ status: 'failed', message: messageOf(error) });
      }
    },
    busy: false,
    conflict: null,
    importFile: async (file) => send({ fileName: file.name, base64: await fileToBase64(file) }, false),
    replace: async () => {
      const conflict = get().conflict;
      if (!conflict) return { status: 'failed', message: '' };
      return send(conflict.file, true);
    },
    dismissConflict: () => set({ conflict: null }),
    remove: (id) =>
      runMutation(
        (busy) => set({ busy }),
        () => call('cityPackage.remove', { id }),
        () => get().load(),
      ),
  };
});
