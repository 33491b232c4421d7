// Background rendering of many Giấy khen: batches of pages with a yield between them, so progress
// can be asked for and other requests served while 1,000 certificates are laid out.
import { randomUUID } from 'node:crypto';
import type { Logger } from '../../logging/logger';
import type { DocDefinition } from '../../pdf/doc';
import { AppError } from '../../../../shared/errors';
import type { CertificateJobProgress, CertificateMode } from '../../../../shared/schemas/documents';
import { mergePdfs, yieldToLoop } from './merge';

/**
 * pdfmake lays a document out synchronously (10-35 ms per certificate on office machines): batches
 * are sized from the last one's speed so the main process is never busy much longer than this.
 */
export const TARGET_BATCH_MS = 250;
const FIRST_BATCH = 8;
const MAX_BATCH = 100;
/** Finished jobs kept for their preview and save; the oldest go first. */
const KEEP_FINISHED = 3;

export interface JobSpec<T> {
  decisionId: number;
  lineIds: number[];
  mode: CertificateMode;
  fileName: string;
  title: string;
  author: string;
  items: T[];
  build(batch: T[]): DocDefinition;
  render(doc: DocDefinition): Promise<Buffer>;
}

export interface Job {
  id: string;
  decisionId: number;
  lineIds: number[];
  mode: CertificateMode;
  fileName: string;
  total: number;
  done: number;
  status: CertificateJobProgress['status'];
  message: string | null;
  result: Buffer | null;
  discarded: boolean;
}

const GONE = 'Phiên tạo Giấy khen này không còn (đã bỏ hoặc quá cũ). Hãy tạo lại.';

/** `fixedBatch` (tests) replaces the adaptive batch size. */
export function createJobRunner(log: Logger, fixedBatch?: number) {
  const jobs = new Map<string, Job>();

  function prune(): void {
    const finished = [...jobs.values()].filter((j) => j.status !== 'running');
    for (const j of finished.slice(0, Math.max(0, finished.length - KEEP_FINISHED))) jobs.delete(j.id);
  }

  async function run<T>(job: Job, spec: JobSpec<T>): Promise<void> {
    try {
      const parts: Buffer[] = [];
      let size = fixedBatch ?? FIRST_BATCH;
      for (let i = 0; i < spec.items.length;) {
        if (job.discarded) return;
        const batch = spec.items.slice(i, i + size);
        i += batch.length;
        const start = performance.now();
        parts.push(await spec.render(spec.build(batch)));
        const perItem = Math.max(1, (performance.now() - start) / batch.length);
        job.done += batch.length;
        if (fixedBatch === undefined)
          size = Math.max(1, Math.min(MAX_BATCH, Math.round(TARGET_BATCH_MS / perItem)));
        await yieldToLoop();
      }
      if (job.discarded) return;
      job.result = await mergePdfs(parts, { title: spec.title, author: spec.author });
      job.status = 'done';
    } catch (error) {
      log.error(`Certificates of decision ${job.decisionId} failed`, error);
      job.status = 'failed';
      job.message =
        error instanceof AppError
          ? error.message
          : 'Không tạo được Giấy khen. Chưa có gì được ghi lại. Chi tiết được ghi trong nhật ký.';
    } finally {
      prune();
    }
  }

  return {
    /** Starts in the background; one job runs at a time. */
    start<T>(spec: JobSpec<T>): Job {
      if ([...jobs.values()].some((j) => j.status === 'running'))
        throw new AppError('CONFLICT', 'Đang tạo Giấy khen; vui lòng đợi xong rồi thử lại.');
      const job: Job = {
        id: randomUUID(),
        decisionId: spec.decisionId,
        lineIds: spec.lineIds,
        mode: spec.mode,
        fileName: spec.fileName,
        total: spec.items.length,
        done: 0,
        status: 'running',
        message: null,
        result: null,
        discarded: false,
      };
      jobs.set(job.id, job);
      void run(job, spec);
      return job;
    },
    get(id: string): Job {
      const job = jobs.get(id);
      if (!job) throw new AppError('NOT_FOUND', GONE);
      return job;
    },
    /** The finished job, or a clear refusal while it runs or after it failed. */
    finished(id: string): Job & { result: Buffer } {
      const job = this.get(id);
      if (job.status === 'running') throw new AppError('CONFLICT', 'Giấy khen đang được tạo; vui lòng đợi.');
      if (job.status === 'failed' || !job.result) throw new AppError('CONFLICT', job.message ?? GONE);
      return job as Job & { result: Buffer };
    },
    discard(id: string): boolean {
      const job = jobs.get(id);
      if (!job) return false;
      job.discarded = true;
      if (job.status === 'running') job.status = 'failed';
      jobs.delete(id);
      return true;
    },
  };
}

export type JobRunner = ReturnType<typeof createJobRunner>;
