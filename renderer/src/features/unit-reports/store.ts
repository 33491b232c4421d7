import { create } from 'zustand';
import type { SaveOutcome } from '../../../../shared/api/files';
import type { Delivery, PdfFile } from '../../../../shared/schemas/documents';
import type { OpenEvidenceResult } from '../../../../shared/schemas/exemplars';
import type {
  UnitReportRow,
  UnitReportsOverview,
  UnitReportsRecorded,
} from '../../../../shared/schemas/reports';
import { call } from '../../lib/api';
import { latestLoader, type LoadFields } from '../../components/latestLoad';
import { failureOf, runMutation, type MutationResult } from '../../components/mutation';
import { fileToBase64 } from '../transfer/base64';
import type { CountFilter } from './filters';

/** What the record dialog sends: a new file replaces the attached one, null keeps it. */
export interface RecordValues {
  unitId: number;
  receivedOn: string;
  note: string;
  file: File | null;
}

/** What the dialog for several units sends (the year is the tab's). */
export interface RecordManyValues {
  unitIds: number[];
  receivedOn: string;
  note: string;
}

interface UnitReportsState extends LoadFields {
  year: number;
  overview: UnitReportsOverview | null;
  filter: CountFilter | null;
  search: string;
  busy: boolean;
  /** Units ticked to record together (only rows without a report can be ticked). */
  selected: number[];
  /** The chase list being previewed. */
  preview: PdfFile | null;
  setYear(year: number): void;
  setFilter(filter: CountFilter | null): void;
  setSearch(search: string): void;
  setSelected(unitIds: number[]): void;
  load(): Promise<void>;
  record(values: RecordValues): Promise<MutationResult<UnitReportRow>>;
  /** Records the ticked units' reports received the same day; the selection empties once done. */
  recordMany(values: RecordManyValues): Promise<MutationResult<UnitReportsRecorded>>;
  remove(unitId: number): Promise<MutationResult<UnitReportRow>>;
  removeFile(unitId: number): Promise<MutationResult<UnitReportRow>>;
  openFile(unitId: number): Promise<MutationResult<OpenEvidenceResult>>;
  /** Builds the chase list of the year and shows it in the preview. */
  chasePreview(): Promise<MutationResult<PdfFile>>;
  /** Saves the chase list, or hands it to the computer's PDF viewer to print. */
  chaseSave(delivery: Delivery): Promise<MutationResult<SaveOutcome>>;
  closePreview(): void;
}

/** The "Báo cáo của đơn vị" tab: one year's expected units and the reports received. */
export const useUnitReports = create<UnitReportsState>()((set, get) => {
  const loadList = latestLoader<UnitReportsState>(set);
  const setBusy = (busy: boolean) => set({ busy });
  /** A write, then the list read again (the counts and statuses follow from the server). */
  const change = <T>(run: () => Promise<T>) => runMutation(setBusy, run, () => get().load());
  const key = (unitId: number) => ({ unitId, year: get().year });

  return {
    year: new Date().getFullYear(),
    overview: null,
    filter: null,
    search: '',
    busy: false,
    selected: [],
    preview: null,
    status: 'idle',
    error: null,

    setYear: (year) => {
      if (year === get().year) return;
      // The old year's deadline and rows must not show under the new year, nor its ticks apply to it.
      set({ year, overview: null, selected: [] });
      void get().load();
    },
    setFilter: (filter) => set({ filter }),
    setSearch: (search) => set({ search }),
    setSelected: (selected) => set({ selected }),
    load: () => loadList(async () => ({ overview: await call('unitReports.list', { year: get().year }) })),

    record: ({ unitId, receivedOn, note, file }) =>
      change(async () =>
        call('unitReports.record', {
          ...key(unitId),
          receivedOn,
          note,
          ...(file ? { file: { fileName: file.name, base64: await fileToBase64(file) } } : {}),
        }),
      ),
    recordMany: (values) =>
      runMutation(
        setBusy,
        () => call('unitReports.recordMany', { year: get().year, ...values }),
        async () => {
          set({ selected: [] });
          await get().load();
        },
      ),
    remove: (unitId) => change(() => call('unitReports.remove', key(unitId))),
    removeFile: (unitId) => change(() => call('unitReports.removeFile', key(unitId))),
    openFile: async (unitId) => {
      try {
        return { ok: true, value: await call('unitReports.openFile', key(unitId)) };
      } catch (error) {
        return failureOf(error);
      }
    },

    chasePreview: () =>
      runMutation(
        setBusy,
        () => call('unitReports.chasePreview', { year: get().year }),
        (file) => set({ preview: file }),
      ),
    chaseSave: (delivery) =>
      runMutation(setBusy, () => call('unitReports.chaseSave', { year: get().year, delivery })),
    closePreview: () => set({ preview: null }),
  };
});
