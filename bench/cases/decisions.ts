// (h) The longest decision of the large ward (a Gia đình văn hóa list of ~17,500 households) as a
// PDF through the preview channel, rendered in pieces with the event loop free between them,
// against the plainest way: one pdfmake render of the same document, which blocks until done.
import type Database from 'better-sqlite3';
import type { AppUnderTest } from '../context';
import { median, result, sample, type BenchResult } from '../stats';
import { buildDecisionDocument } from '../../electron/core/pdf/decision';
import { renderPdf } from '../../electron/core/pdf/render';
import { awardKind, decisionDocumentData } from '../../electron/core/services/documents/document-data';
import { householdHeadGenders } from '../../electron/core/db/repos/award-head-genders';

const RUNS = 2;

/** Runs `work` with a 5 ms timer beside it; returns the longest gap between two ticks. */
async function longestPause(work: () => Promise<unknown>): Promise<number> {
  let longest = 0;
  let last = performance.now();
  const ticker = setInterval(() => {
    const now = performance.now();
    longest = Math.max(longest, now - last);
    last = now;
  }, 5);
  try {
    await work();
    longest = Math.max(longest, performance.now() - last);
  } finally {
    clearInterval(ticker);
  }
  return longest;
}

export async function benchDecisionPdf(
  app: AppUnderTest,
  raw: Database.Database,
): Promise<{ result: BenchResult; note: string }> {
  const biggest = raw
    .prepare(
      `SELECT decision_id AS id, count(*) AS n FROM awards GROUP BY decision_id ORDER BY n DESC, decision_id LIMIT 1`,
    )
    .get() as { id: number; n: number } | undefined;
  if (!biggest) throw new Error('no decision with lines');
  const s = app.core.services;
  const decision = s.decisions.get(biggest.id);
  const data = decisionDocumentData(
    decision,
    s.decisions.lines(biggest.id),
    s.settings.get(),
    awardKind(s.db, decision.catalogueId),
    householdHeadGenders(s.db, biggest.id),
  );

  const barePauses: number[] = [];
  const bare = await sample(
    RUNS,
    async () => {
      barePauses.push(
        await longestPause(() => renderPdf(buildDecisionDocument(data), { wardName: data.wardName })),
      );
    },
    0,
  );
  const pauses: number[] = [];
  let pages = 0;
  const service = await sample(
    RUNS,
    async () => {
      pauses.push(
        await longestPause(async () => {
          pages = (await app.call('documents.decisionPreview', { id: biggest.id })).pageCount;
        }),
      );
    },
    0,
  );
  const note =
    `${biggest.n} lines, ${pages} pages: longest main-process pause ${Math.round(Math.max(...pauses))} ms via the ` +
    `preview channel vs ${Math.round(Math.max(...barePauses))} ms for the one-piece render`;
  return {
    result: result(
      'decisions.pdf.large',
      `PDF of the longest decision (${biggest.n} lines) via preview channel, median of ${RUNS}`,
      median(service),
      median(bare),
    ),
    note,
  };
}
