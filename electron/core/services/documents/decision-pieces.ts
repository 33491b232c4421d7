// A decision's PDF without freezing the app. pdfmake lays a document out in one synchronous call:
// a Gia đình văn hóa decision listing 15,000+ households kept the main process busy for seconds.
// A short list renders in one piece as it always has; a long one in pieces of about a quarter of a
// second, the event loop free between them, each ending where the one-call render turns the page,
// joined with pdf-lib into the same pages.
import { PDFDocument } from 'pdf-lib';
import type { DecisionDocumentData } from '../../../../shared/domain/decision-document';
import { buildDecisionDocument, decisionTitle } from '../../pdf/decision';
import { decisionParts, observeLayout, type PartLayout } from '../../pdf/decision-parts';
import type { DocDefinition } from '../../pdf/doc';
import { subjectLine } from '../../pdf/decision-text';
import { TARGET_BATCH_MS } from './jobs';
import { mergePdfs, yieldToLoop } from './merge';

/** Lists up to this many lines (about ten pages) render in one pdfmake call, as long as about one piece. */
export const ONE_PIECE_MAX_LINES = 300;

/**
 * Layout work of the first piece, in plain one-line rows (decision-parts.ts weighs longer rows
 * more): the decision's page and a few pages of the list. Later pieces are sized from the last
 * one's speed to take about as long as a batch of Giấy khen (TARGET_BATCH_MS).
 */
const FIRST_PIECE_WEIGHT = 100;
const MIN_PIECE_WEIGHT = 50;
const MAX_PIECE_WEIGHT = 5000;
/**
 * Pieces of a list whose rows may split over pages end with a part-filled page, wherever the time
 * cut them: such lists take pieces of a fixed size instead, so every print breaks pages alike.
 */
const FIXED_PIECE_WEIGHT = 800;

/** Tests force the threshold and a fixed size of piece. */
export interface PieceOptions {
  onePieceMaxLines?: number;
  pieceWeight?: number;
}

export interface RenderedDecision {
  bytes: Buffer;
  pageCount: number;
  /** 1 when rendered in one call. */
  pieces: number;
}

type Render = (doc: DocDefinition) => Promise<Buffer>;

/**
 * A whole turn of the event loop. Called from a request handler (I/O phase), one setImmediate
 * resumes in the same turn's check phase, before timers and I/O have had their turn.
 */
const nextTurn = (): Promise<void> => new Promise((resolve) => setImmediate(() => setImmediate(resolve)));

const countPages = async (bytes: Uint8Array) => (await PDFDocument.load(bytes)).getPageCount();

/**
 * The first row that starts on the piece's last page, when the piece can end at the page before
 * (its first row starts earlier). The next piece then starts with that row on a new page, where
 * the one-call render turns the page too; null keeps every page of the piece.
 */
function lastPageStart(layout: PartLayout, from: number, to: number): number | null {
  for (let row = from; row < to; row++)
    if (layout.rowPages.get(row) === layout.pages) return row > from ? row : null;
  return null;
}

/** Renders the decision's PDF, in pieces above `onePieceMaxLines` lines. `wardName` is the author's. */
export async function renderDecisionPdf(
  data: DecisionDocumentData,
  render: Render,
  wardName: string,
  opts: PieceOptions = {},
): Promise<RenderedDecision> {
  if (data.lines.length <= (opts.onePieceMaxLines ?? ONE_PIECE_MAX_LINES)) {
    const bytes = await render(buildDecisionDocument(data));
    return { bytes, pageCount: await countPages(bytes), pieces: 1 };
  }
  // The caller has just read the lines; building the rows of a long list takes a while too.
  await nextTurn();
  const parts = decisionParts(data);
  await yieldToLoop();
  // A piece that ends where a page ends gives the same pages however the list is cut: by time.
  const fixed = opts.pieceWeight ?? (parts.rowsWhole ? null : FIXED_PIECE_WEIGHT);
  let budget = Math.min(fixed ?? FIRST_PIECE_WEIGHT, FIRST_PIECE_WEIGHT);
  const pieces: Buffer[] = [];
  const keep: number[] = [];
  let firstPage = 1;
  for (let from = 0; ;) {
    const to = parts.end(from, budget);
    const last = to >= parts.rowCount;
    const { doc, layout } = observeLayout(parts.part(from, to, firstPage));
    const start = performance.now();
    const bytes = await render(doc);
    const msPerWeight = Math.max(0.001, (performance.now() - start) / parts.weight(from, to));
    const pages = layout.pages > 0 ? layout.pages : await countPages(bytes);
    const next = last || !parts.rowsWhole ? null : lastPageStart(layout, from, to);
    // The page cut off is laid out again at the top of the next piece.
    const kept = next === null ? pages : pages - 1;
    pieces.push(bytes);
    keep.push(kept);
    firstPage += kept;
    if (last) break;
    from = next ?? to;
    budget = fixed ?? Math.min(MAX_PIECE_WEIGHT, Math.max(MIN_PIECE_WEIGHT, TARGET_BATCH_MS / msPerWeight));
    await yieldToLoop();
  }
  if (pieces.length === 1) return { bytes: pieces[0]!, pageCount: keep[0]!, pieces: 1 };
  const meta = {
    title: decisionTitle(data).normalize('NFC'),
    author: `UBND ${wardName}`.normalize('NFC'),
    subject: subjectLine(data).normalize('NFC'),
  };
  return { bytes: await mergePdfs(pieces, meta, keep), pageCount: firstPage - 1, pieces: pieces.length };
}
