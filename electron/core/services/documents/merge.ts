// Several PDFs (batches rendered apart so the main process is never blocked for long) into one.
import { PDFDocument } from 'pdf-lib';

/** Lets pending I/O and IPC run between two synchronous pieces of work. */
export const yieldToLoop = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

/**
 * Pages of every part, in order, as one PDF carrying `meta`; a single part is returned as is.
 * `keep[i]`, when given, keeps only the first `keep[i]` pages of part i.
 */
export async function mergePdfs(
  parts: readonly Uint8Array[],
  meta: { title: string; author: string; subject?: string },
  keep?: readonly number[],
): Promise<Buffer> {
  if (parts.length === 1 && keep === undefined) return Buffer.from(parts[0]!);
  const out = await PDFDocument.create();
  for (const [i, part] of parts.entries()) {
    const src = await PDFDocument.load(part);
    const pages = await out.copyPages(src, src.getPageIndices().slice(0, keep?.[i]));
    for (const p of pages) out.addPage(p);
    await yieldToLoop();
  }
  out.setTitle(meta.title);
  out.setAuthor(meta.author);
  if (meta.subject !== undefined) out.setSubject(meta.subject);
  out.setCreator('Thi đua – Khen thưởng');
  out.setProducer('Thi đua – Khen thưởng');
  // Object streams make the file ~15% smaller but double the time of the save.
  return Buffer.from(await out.save({ useObjectStreams: false }));
}
