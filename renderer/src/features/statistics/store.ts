import { create } from 'zustand';
import type {
  StatCellRecords,
  StatColumnKind,
  StatisticsCharts,
  StatisticsReport,
  StatTableId,
} from '../../../../shared/domain/statistics';
import { ApiFailure, call } from '../../lib/api';
import { messageOf } from '../../lib/errors';
import { latestRequest, type LoadStatus } from '../../components/latestLoad';
import type { SaveState } from '../transfer/store';
import { runMutation, type MutationResult } from '../../components/mutation';
import type { SaveOutcome } from '../../../../shared/api/files';
import type { Delivery, PdfFile } from '../../../../shared/schemas/documents';

export const thisYear = () => new Date().getFullYear();

/** A cell to open: which table, row (or TOTAL_ROW) and stored column, and how its value reads. */
export interface CellRef {
  table: StatTableId;
  row: string;
  column: string;
  /** Money cells show their value in đồng; counts as a number. */
  kind: Exclude<StatColumnKind, 'ratio'>;
}

export interface Drill {
  cell: CellRef;
  status: LoadStatus;
  result: StatCellRecords | null;
  error: string | null;
}

interface StatisticsState {
  fromYear: number;
  toYear: number;
  status: LoadStatus;
  /** A refused range or a failed read: the Vietnamese message. */
  error: string | null;
  /** Per-field messages of a refused range (`fromYear`, `toYear`). */
  fieldErrors: Record<string, string>;
  report: StatisticsReport | null;
  charts: StatisticsCharts | null;
  /** Changes the range and reads again. */
  setRange(patch: Partial<{ fromYear: number; toYear: number }>): void;
  load(): Promise<void>;
  /** The records behind the open cell; null when none is open. */
  drill: Drill | null;
  openCell(cell: CellRef): Promise<void>;
  closeCell(): void;
  exportState: SaveState;
  exportExcel(): Promise<void>;
  /** The PDF of the tables being previewed ("In (PDF)"). */
  preview: PdfFile | null;
  pdfBusy: boolean;
  /** Builds the PDF of the range and shows it in the preview. */
  pdfPreview(): Promise<MutationResult<PdfFile>>;
  /** Saves the PDF, or hands it to the computer's PDF viewer to print. */
  pdfSave(delivery: Delivery): Promise<MutationResult<SaveOutcome>>;
  closePreview(): void;
}

/** The Thống kê tab: the year range, its tables and charts, the open cell, the Excel and PDF exports. */
export const useStatistics = create<StatisticsState>()((set, get) => {
  const startRead = latestRequest();
  const startDrill = latestRequest();
  const setPdfBusy = (pdfBusy: boolean) => set({ pdfBusy });
  const range = () => ({ fromYear: get().fromYear, toYear: get().toYear });
  return {
    fromYear: thisYear(),
    toYear: thisYear(),
    status: 'idle',
    error: null,
    fieldErrors: {},
    report: null,
    charts: null,
    setRange: (patch) => {
      set(patch);
      void get().load();
    },
    load: async () => {
      const isLatest = startRead();
      const range = { fromYear: get().fromYear, toYear: get().toYear };
      set({ status: 'loading', error: null, fieldErrors: {}, exportState: { status: 'idle' } });
      try {
        const [report, charts] = await Promise.all([
          call('statistics.tables', range),
          call('statistics.charts', range),
        ]);
        if (isLatest()) set({ status: 'ready', report, charts });
      } catch (error) {
        // Tables of another range would mislead next to the refused one: they go.
        if (isLatest())
          set({
            status: 'error',
            error: messageOf(error),
            fieldErrors: error instanceof ApiFailure ? error.fields : {},
            report: null,
            charts: null,
          });
      }
    },
    drill: null,
    openCell: async (cell) => {
      const isLatest = startDrill();
      set({ drill: { cell, status: 'loading', result: null, error: null } });
      const { fromYear, toYear } = get();
      try {
        const result = await call('statistics.records', {
          table: cell.table,
          row: cell.row,
          column: cell.column,
          fromYear,
          toYear,
        });
        if (isLatest()) set({ drill: { cell, status: 'ready', result, error: null } });
      } catch (error) {
        if (isLatest()) set({ drill: { cell, status: 'error', result: null, error: messageOf(error) } });
      }
    },
    closeCell: () => {
      startDrill();
      set({ drill: null });
    },
    exportState: { status: 'idle' },
    exportExcel: async () => {
      set({ exportState: { status: 'saving' } });
      try {
        const outcome = await call('statistics.exportXlsx', {
          fromYear: get().fromYear,
          toYear: get().toYear,
        });
        set({
          exportState: outcome.saved
            ? { status: 'saved', location: outcome.location }
            : { status: 'cancelled' },
        });
      } catch (error) {
        set({ exportState: { status: 'failed', message: messageOf(error) } });
      }
    },
    preview: null,
    pdfBusy: false,
    pdfPreview: () =>
      runMutation(
        setPdfBusy,
        () => call('statistics.pdfPreview', range()),
        (file) => set({ preview: file }),
      ),
    pdfSave: (delivery) =>
      runMutation(setPdfBusy, () => call('statistics.pdfSave', { ...range(), delivery })),
    closePreview: () => set({ preview: null }),
  };
});
