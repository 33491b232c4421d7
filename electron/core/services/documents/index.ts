// Everything that turns a decision into paper: the decision PDF, its Giấy khen (full page or on
// pre-printed blanks) as one PDF rendered in the background, their layout settings and prints.
import type { ServiceDeps } from '../audit-trail';
import type { Logger } from '../../logging/logger';
import type { DecisionsService } from '../decisions/types';
import type { SaveFileRequest } from '../../files/dialogs';
import { createTextMeasurer, renderPdf } from '../../pdf/render';
import type { DocDefinition, TextMeasurer } from '../../pdf/doc';
import { imageDataUrl } from '../../pdf/layout-nodes';
import { AppError } from '../../../../shared/errors';
import type { SaveOutcome } from '../../../../shared/api/files';
import type { BlankCertificateLayout, CertificateData } from '../../../../shared/domain/certificate';
import type { AwardLine } from '../../../../shared/schemas/decisions';
import type {
  CertificateJobProgress,
  CertificateJobStarted,
  CertificateLayoutSettings,
  CertificateMode,
  CertificatePrint,
  FullLayoutSettings,
} from '../../../../shared/schemas/documents';
import {
  assertPrintable,
  awardKind,
  certificateData,
  certificatesFileName,
  decisionDocumentData,
  decisionFileStem,
  personGenders,
} from './document-data';
import { householdHeadGenders } from '../../db/repos/award-head-genders';
import { createJobRunner } from './jobs';
import { renderDecisionPdf, type PieceOptions } from './decision-pieces';
import { checkEmblemBytes, createLayoutStore } from './layout-store';
import { printHistory, recordPrints } from './prints';
import { buildSample, certificatePages, calibrationPage, CALIBRATION_FILE, SAMPLE_FILE } from './pages';

export interface DocumentsDeps extends ServiceDeps {
  log: Logger;
  /** resources/fonts: the packaged app's unpacked folder, or defaultFontsDir() in tests and the harness. */
  fontsDir: string;
  decisions: Pick<DecisionsService, 'get' | 'lines'>;
  /** Certificates per rendered batch (tests make it small to exercise the merge). */
  batchSize?: number;
  /** When and how small a long decision's PDF is rendered in pieces (tests force small pieces). */
  decisionPieces?: PieceOptions;
}

/** A rendered PDF with what the preview and the save dialog need. */
export interface PdfBytes {
  bytes: Buffer;
  pageCount: number;
  fileName: string;
}

/** Saves a file through the transport (a native dialog, a download, a test capture). */
export type Saver = (request: SaveFileRequest) => Promise<SaveOutcome>;

export interface DocumentsService {
  decisionPdf(id: number): Promise<PdfBytes>;
  saveDecisionPdf(id: number, save: Saver): Promise<SaveOutcome>;
  startCertificates(
    decisionId: number,
    lineIds: number[] | null,
    mode: CertificateMode,
  ): CertificateJobStarted;
  progress(jobId: string): CertificateJobProgress;
  certificatesResult(jobId: string): PdfBytes;
  /** Saves the finished PDF; when saved, records one print per certificate (one transaction). */
  saveCertificates(jobId: string, save: Saver): Promise<SaveOutcome>;
  discard(jobId: string): boolean;
  printHistory(lineId: number): CertificatePrint[];
  layout(): CertificateLayoutSettings;
  setFullLayout(values: FullLayoutSettings): CertificateLayoutSettings;
  setBlankLayout(values: BlankCertificateLayout): CertificateLayoutSettings;
  setEmblem(fileName: string, base64: string): Promise<CertificateLayoutSettings>;
  removeEmblem(): CertificateLayoutSettings;
  samplePdf(
    mode: CertificateMode,
    full: FullLayoutSettings | null,
    blank: BlankCertificateLayout | null,
  ): Promise<PdfBytes>;
  calibrationPdf(blank: BlankCertificateLayout | null): Promise<PdfBytes>;
}

const PDF_FILTER = [{ name: 'Tệp PDF', extensions: ['pdf'] }];

export function createDocumentsService(deps: DocumentsDeps): DocumentsService {
  const { db, clock, settings, log, fontsDir, decisions } = deps;
  const store = createLayoutStore(deps);
  const jobs = createJobRunner(log, deps.batchSize);
  let measurer: TextMeasurer | null = null;
  const measure = () => (measurer ??= createTextMeasurer(fontsDir));
  const render = (doc: DocDefinition) => renderPdf(doc, { fontsDir, wardName: settings.get().wardName });

  /** The lines to print in list order: all, or the given ones (each must belong to the decision). */
  function selectLines(decisionId: number, lineIds: number[] | null): AwardLine[] {
    const lines = decisions.lines(decisionId);
    if (lineIds === null) return lines;
    const wanted = new Set(lineIds);
    const chosen = lines.filter((l) => wanted.has(l.id));
    if (chosen.length !== wanted.size)
      throw new AppError('VALIDATION', 'Có dòng được chọn không thuộc danh sách của quyết định này.');
    return chosen;
  }

  async function decisionPdf(id: number): Promise<PdfBytes> {
    const decision = decisions.get(id);
    const lines = decisions.lines(id);
    const data = decisionDocumentData(
      decision,
      lines,
      settings.get(),
      awardKind(db, decision.catalogueId),
      householdHeadGenders(db, id),
    );
    const { wardName } = settings.get();
    const file = await renderDecisionPdf(data, render, wardName, deps.decisionPieces);
    return { bytes: file.bytes, pageCount: file.pageCount, fileName: `${decisionFileStem(decision)}.pdf` };
  }

  return {
    decisionPdf,
    async saveDecisionPdf(id, save) {
      const file = await decisionPdf(id);
      return save({ suggestedName: file.fileName, filters: PDF_FILTER, bytes: file.bytes });
    },

    startCertificates(decisionId, lineIds, mode) {
      const decision = decisions.get(decisionId);
      assertPrintable(decision);
      const lines = selectLines(decisionId, lineIds);
      if (lines.length === 0)
        throw new AppError('VALIDATION', 'Quyết định chưa có ai trong danh sách để in Giấy khen.');
      const current = settings.get();
      const items = certificateData(
        decision,
        lines,
        current,
        personGenders(db, lines),
        householdHeadGenders(db, decisionId),
      );
      const layout = { full: store.full(), blank: store.blank(), emblem: store.emblem()?.bytes ?? null };
      const job = jobs.start<CertificateData>({
        decisionId,
        lineIds: lines.map((l) => l.id),
        mode,
        fileName: certificatesFileName(decision, mode),
        title: `Giấy khen - Quyết định số ${decision.numberText}`,
        author: `UBND ${current.wardName}`,
        items,
        build: (batch) => certificatePages(batch, mode, layout, measure()),
        render,
      });
      return { jobId: job.id, total: job.total };
    },

    progress(jobId) {
      const j = jobs.get(jobId);
      return { done: j.done, total: j.total, status: j.status, message: j.message };
    },

    certificatesResult(jobId) {
      const j = jobs.finished(jobId);
      return { bytes: j.result, pageCount: j.total, fileName: j.fileName };
    },

    async saveCertificates(jobId, save) {
      const j = jobs.finished(jobId);
      const outcome = await save({ suggestedName: j.fileName, filters: PDF_FILTER, bytes: j.result });
      if (!outcome.saved) return outcome;
      const decision = decisions.get(j.decisionId);
      recordPrints(db, {
        decisionId: j.decisionId,
        decisionLabel: decision.numberText ?? `#${decision.id}`,
        lineIds: j.lineIds,
        mode: j.mode,
        at: clock.now().toISOString(),
        actor: settings.actor(),
      });
      return outcome;
    },

    discard: (jobId) => jobs.discard(jobId),
    printHistory: (lineId) => printHistory(db, lineId),
    layout: () => store.all(),
    setFullLayout: (values) => store.setFull(values),
    setBlankLayout: (values) => store.setBlank(values),

    async setEmblem(fileName, base64) {
      const bytes = Buffer.from(base64, 'base64');
      checkEmblemBytes(bytes);
      // A PNG/JPEG header on a broken file would only fail when certificates are printed: try it now.
      try {
        await render({
          pageSize: { width: 100, height: 100 },
          pageMargins: [0, 0, 0, 0],
          content: [{ image: imageDataUrl(bytes), fit: [50, 50] }],
        });
      } catch {
        throw new AppError('VALIDATION', 'Không đọc được ảnh này; hãy chọn một tệp PNG hoặc JPEG khác.');
      }
      return store.setEmblem(fileName, bytes);
    },
    removeEmblem: () => store.removeEmblem(),

    async samplePdf(mode, full, blank) {
      const data = buildSample(settings.get(), clock.now());
      const layout = {
        full: full ?? store.full(),
        blank: blank ?? store.blank(),
        emblem: store.emblem()?.bytes ?? null,
      };
      const bytes = await render(certificatePages([data], mode, layout, measure()));
      return { bytes, pageCount: 1, fileName: SAMPLE_FILE };
    },

    async calibrationPdf(blank) {
      const bytes = await render(calibrationPage(blank ?? store.blank()));
      return { bytes, pageCount: 1, fileName: CALIBRATION_FILE };
    },
  };
}
