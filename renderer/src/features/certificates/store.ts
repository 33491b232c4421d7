import { create } from 'zustand';
import type { CertificateMode, Delivery, PdfFile } from '../../../../shared/schemas/documents';
import type { SaveOutcome } from '../../../../shared/api/files';
import { call } from '../../lib/api';
import { messageOf } from '../../lib/errors';

/** How often the page asks how far the certificates got. */
export const POLL_MS = 300;

/** What is being previewed: the decision itself, or a finished certificates job. */
export type PreviewSource =
  { kind: 'decision'; id: number } | { kind: 'certificates'; jobId: string; count: number };

interface DocumentsState {
  /** A certificates job while it renders. */
  job: { jobId: string; done: number; total: number } | null;
  preview: { file: PdfFile; source: PreviewSource } | null;
  busy: boolean;
  error: string | null;
  openDecision(id: number): Promise<void>;
  startCertificates(decisionId: number, lineIds: number[] | null, mode: CertificateMode): Promise<void>;
  stop(): Promise<void>;
  /**
   * Saves what is previewed, or opens it in the computer's PDF viewer to print ('open'); either way
   * the prints of certificates are recorded. Null when it failed.
   */
  save(delivery?: Delivery): Promise<SaveOutcome | null>;
  closePreview(): void;
  clearError(): void;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

export const useDocuments = create<DocumentsState>()((set, get) => ({
  job: null,
  preview: null,
  busy: false,
  error: null,

  openDecision: async (id) => {
    set({ busy: true, error: null });
    try {
      const file = await call('documents.decisionPreview', { id });
      set({ preview: { file, source: { kind: 'decision', id } } });
    } catch (error) {
      set({ error: messageOf(error) });
    } finally {
      set({ busy: false });
    }
  },

  startCertificates: async (decisionId, lineIds, mode) => {
    set({ busy: true, error: null });
    try {
      const { jobId, total } = await call('documents.certificatesStart', { decisionId, lineIds, mode });
      set({ job: { jobId, done: 0, total } });
      for (;;) {
        const p = await call('documents.certificatesProgress', { jobId });
        if (get().job?.jobId !== jobId) return; // stopped
        set({ job: { jobId, done: p.done, total: p.total } });
        if (p.status === 'failed') throw new Error(p.message ?? '');
        if (p.status === 'done') break;
        await sleep(POLL_MS);
      }
      const file = await call('documents.certificatesResult', { jobId });
      set({ preview: { file, source: { kind: 'certificates', jobId, count: total } } });
    } catch (error) {
      set({
        error:
          error instanceof Error && !('code' in error) && error.message ? error.message : messageOf(error),
      });
    } finally {
      set({ busy: false, job: null });
    }
  },

  stop: async () => {
    const job = get().job;
    set({ job: null });
    if (job) await call('documents.certificatesDiscard', { jobId: job.jobId }).catch(() => undefined);
  },

  save: async (delivery = 'save') => {
    const preview = get().preview;
    if (!preview) return null;
    set({ busy: true, error: null });
    try {
      const s = preview.source;
      return s.kind === 'decision'
        ? await call('documents.decisionSave', { id: s.id, delivery })
        : await call('documents.certificatesSave', { jobId: s.jobId, delivery });
    } catch (error) {
      set({ error: messageOf(error) });
      return null;
    } finally {
      set({ busy: false });
    }
  },

  closePreview: () => {
    const p = get().preview;
    set({ preview: null });
    if (p?.source.kind === 'certificates')
      void call('documents.certificatesDiscard', { jobId: p.source.jobId }).catch(() => undefined);
  },

  clearError: () => set({ error: null }),
}));
