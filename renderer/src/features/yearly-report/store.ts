import { create } from 'zustand';
import type { SaveOutcome } from '../../../../shared/api/files';
import type { SummarySectionKey } from '../../../../shared/domain/reports';
import type { Delivery, PdfFile } from '../../../../shared/schemas/documents';
import type { YearlyReport } from '../../../../shared/schemas/reports';
import { call } from '../../lib/api';
import { latestLoader, type LoadFields } from '../../components/latestLoad';
import { runMutation, type MutationResult } from '../../components/mutation';
import { draftErrors, draftOf, isDirty, saveInputOf, type Draft } from './draft';

interface YearlyReportState extends LoadFields {
  year: number;
  /** As stored (with the app's paragraphs of figures). */
  report: YearlyReport | null;
  /**
   * What the screen edits. It lives here, not in the screen, so that leaving the tab and coming
   * back keeps unsaved text; a read of the same year keeps it while it differs from the stored one.
   */
  draft: Draft | null;
  /** Field messages by dotted path, from the schema or the main process. */
  errors: Record<string, string>;
  busy: boolean;
  preview: PdfFile | null;
  /** Reads another year (the screen asks first when the draft has unsaved changes). */
  setYear(year: number): void;
  load(): Promise<void>;
  edit(patch: Partial<Pick<Draft, 'reportNumber' | 'reportDate'>>): void;
  editSection(key: SummarySectionKey, text: string): void;
  /** Back to what is stored. */
  discard(): void;
  save(): Promise<MutationResult<YearlyReport>>;
  /** Saves unsaved changes first, then marks the report sent on that day. */
  markSent(sentOn: string): Promise<MutationResult<YearlyReport>>;
  reopen(reason: string): Promise<MutationResult<YearlyReport>>;
  /** Saves unsaved changes first (the PDF is made from what is stored), then shows the PDF. */
  showPreview(): Promise<MutationResult<PdfFile>>;
  /** Saves the report PDF, or hands it to the computer's PDF viewer to print. */
  savePdf(delivery: Delivery): Promise<MutationResult<SaveOutcome>>;
  exportXlsx(): Promise<MutationResult<SaveOutcome>>;
  closePreview(): void;
}

const refused = (fields: Record<string, string>, message: string) =>
  ({ ok: false, message, fields }) as const;

/** The "Báo cáo tổng kết năm" tab: the ward's yearly summary of one year. */
export const useYearlyReport = create<YearlyReportState>()((set, get) => {
  const loadReport = latestLoader<YearlyReportState>(set);
  const setBusy = (busy: boolean) => set({ busy });
  /** The stored report replaces the draft (after a save, mark, reopen). */
  const stored = (report: YearlyReport) => set({ report, draft: draftOf(report), errors: {} });
  const dirty = () => isDirty(get().draft, get().report);
  const editing = (update: (d: Draft) => Draft, path: string) => {
    const { draft, errors } = get();
    if (!draft) return;
    const { [path]: _dropped, ...rest } = errors;
    set({ draft: update(draft), errors: rest });
  };

  /** The save itself, without the busy flag (markSent and preview run it inside their own). */
  const saveDraft = async (): Promise<YearlyReport | null> => {
    const draft = get().draft;
    if (!draft) return null;
    const report = await call('yearlyReport.save', saveInputOf(draft));
    stored(report);
    return report;
  };
  /** Checks the draft with the contract's schema; the messages go on the fields. */
  const invalid = () => {
    const draft = get().draft;
    const errors = draft ? draftErrors(draft) : {};
    if (Object.keys(errors).length === 0) return null;
    set({ errors });
    return refused(errors, 'Báo cáo có chỗ chưa hợp lệ: xem các ô được đánh dấu đỏ.');
  };
  /** Runs a write; field messages of a refusal go on the form. */
  const write = async <T>(run: () => Promise<T>): Promise<MutationResult<T>> => {
    const result = await runMutation(setBusy, run);
    if (!result.ok && Object.keys(result.fields).length > 0) set({ errors: result.fields });
    return result;
  };
  const saveFirst = async () => (dirty() ? saveDraft() : null);

  return {
    year: new Date().getFullYear(),
    report: null,
    draft: null,
    errors: {},
    busy: false,
    preview: null,
    status: 'idle',
    error: null,

    setYear: (year) => {
      if (year === get().year) return;
      set({ year, report: null, draft: null, errors: {} });
      void get().load();
    },
    load: () =>
      loadReport(async () => {
        const report = await call('yearlyReport.get', { year: get().year });
        const keep = isDirty(get().draft, get().report) && get().draft?.year === report.year;
        return keep ? { report } : { report, draft: draftOf(report), errors: {} };
      }),
    edit: (patch) => {
      const [path] = Object.keys(patch);
      editing((d) => ({ ...d, ...patch }), path ?? '');
    },
    editSection: (key, text) =>
      editing((d) => ({ ...d, sections: { ...d.sections, [key]: text } }), `sections.${key}`),
    discard: () => {
      const report = get().report;
      if (report) stored(report);
    },

    save: async () => invalid() ?? write(async () => (await saveDraft())!),
    markSent: async (sentOn) =>
      (dirty() ? invalid() : null) ??
      write(async () => {
        await saveFirst();
        const report = await call('yearlyReport.markSent', { year: get().year, sentOn });
        stored(report);
        return report;
      }),
    reopen: (reason) =>
      write(async () => {
        const report = await call('yearlyReport.reopen', { year: get().year, reason });
        stored(report);
        return report;
      }),
    showPreview: async () =>
      (dirty() ? invalid() : null) ??
      write(async () => {
        await saveFirst();
        const file = await call('yearlyReport.preview', { year: get().year });
        set({ preview: file });
        return file;
      }),
    savePdf: (delivery) =>
      runMutation(setBusy, () => call('yearlyReport.savePdf', { year: get().year, delivery })),
    exportXlsx: () => runMutation(setBusy, () => call('yearlyReport.exportXlsx', { year: get().year })),
    closePreview: () => set({ preview: null }),
  };
});
