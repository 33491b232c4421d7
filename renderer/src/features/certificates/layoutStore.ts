import { create } from 'zustand';
import type { BlankCertificateLayout } from '../../../../shared/domain/certificate';
import type {
  CertificateLayoutSettings,
  CertificateMode,
  FullLayoutSettings,
  PdfFile,
} from '../../../../shared/schemas/documents';
import { call } from '../../lib/api';
import { messageOf } from '../../lib/errors';
import { runMutation, type MutationResult } from '../../components/mutation';

interface LayoutState {
  status: 'idle' | 'loading' | 'ready' | 'error';
  error: string | null;
  layout: CertificateLayoutSettings | null;
  busy: boolean;
  /** The sample or calibration page being previewed. */
  preview: { file: PdfFile; kind: 'sample' | 'calibration'; blank: BlankCertificateLayout | null } | null;
  previewError: string | null;
  load(): Promise<void>;
  saveFull(values: FullLayoutSettings): Promise<MutationResult<CertificateLayoutSettings>>;
  saveBlank(values: BlankCertificateLayout): Promise<MutationResult<CertificateLayoutSettings>>;
  setEmblem(fileName: string, base64: string): Promise<MutationResult<CertificateLayoutSettings>>;
  removeEmblem(): Promise<MutationResult<CertificateLayoutSettings>>;
  sample(mode: CertificateMode, full: FullLayoutSettings, blank: BlankCertificateLayout): Promise<void>;
  calibration(blank: BlankCertificateLayout): Promise<void>;
  saveCalibration(): Promise<MutationResult<{ saved: boolean }>>;
  closePreview(): void;
}

export const useCertificateLayout = create<LayoutState>()((set, get) => {
  const setBusy = (busy: boolean) => set({ busy });
  /** Saves a change to the layout and shows the layout the main process kept. */
  const change = (run: () => Promise<CertificateLayoutSettings>) =>
    runMutation(setBusy, run, (layout) => set({ layout }));

  async function show(
    kind: 'sample' | 'calibration',
    blank: BlankCertificateLayout | null,
    run: () => Promise<PdfFile>,
  ) {
    set({ busy: true, previewError: null });
    try {
      set({ preview: { file: await run(), kind, blank } });
    } catch (error) {
      set({ previewError: messageOf(error) });
    } finally {
      set({ busy: false });
    }
  }

  return {
    status: 'idle',
    error: null,
    layout: null,
    busy: false,
    preview: null,
    previewError: null,
    load: async () => {
      set({ status: 'loading', error: null });
      try {
        set({ layout: await call('documents.layoutGet', {}), status: 'ready' });
      } catch (error) {
        set({ status: 'error', error: messageOf(error) });
      }
    },
    saveFull: (values) => change(() => call('documents.layoutSetFull', values)),
    saveBlank: (values) => change(() => call('documents.layoutSetBlank', values)),
    setEmblem: (fileName, base64) => change(() => call('documents.emblemSet', { fileName, base64 })),
    removeEmblem: () => change(() => call('documents.emblemRemove', {})),
    sample: (mode, full, blank) =>
      show('sample', null, () => call('documents.samplePreview', { mode, full, blank })),
    calibration: (blank) => show('calibration', blank, () => call('documents.calibrationPreview', { blank })),
    saveCalibration: () => {
      const p = get().preview;
      return runMutation(setBusy, async () => {
        const outcome = await call('documents.calibrationSave', { blank: p?.blank ?? null });
        return { saved: outcome.saved };
      });
    },
    closePreview: () => set({ preview: null }),
  };
});
