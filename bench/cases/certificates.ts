// (g) 1,000 Giấy khen of one signed decision through the documents service (batches with yields,
// merged with pdf-lib) against the plainest way: one pdfmake render of the same 1,000 pages.
import fs from 'node:fs';
import { PDFDocument } from 'pdf-lib';
import os from 'node:os';
import path from 'node:path';
import { openApp, type AppUnderTest } from '../context';
import { median, result, sample, type BenchResult } from '../stats';
import { personInput } from '../../electron/core/testing/core';
import { buildCertificatePages } from '../../electron/core/pdf/certificate-full';
import { createTextMeasurer, renderPdf } from '../../electron/core/pdf/render';
import { certificateData, personGenders } from '../../electron/core/services/documents/document-data';
import { householdHeadGenders } from '../../electron/core/db/repos/award-head-genders';
import { DEFAULT_FULL_LAYOUT } from '../../shared/domain/certificate';

const COUNT = 1000;
const FAMILY = ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Đặng', 'Bùi', 'Đỗ'];
const GIVEN = ['Ánh', 'Bình', 'Cường', 'Dũng', 'Đức', 'Hường', 'Lan', 'Minh', 'Thảo', 'Vy'];

async function signedDecision(app: AppUnderTest): Promise<number> {
  const settings = await app.call('settings.get', {});
  await app.call('settings.update', { ...settings, chairman: { name: 'Lê Văn Chủ', title: 'Chủ tịch' } });
  const people: number[] = [];
  for (let i = 0; i < COUNT; i++) {
    const name = `${FAMILY[i % 8]} Văn ${GIVEN[i % 10]} ${i}`;
    const gender = i % 2 === 0 ? 'male' : 'female';
    people.push((await app.call('people.create', personInput(name, { gender, position: 'Tổ trưởng' }))).id);
  }
  const catalogue = await app.call('catalogue.list', {});
  const award = catalogue.find((e) => e.code === 'giay_khen_chu_tich_phuong')!;
  const draft = await app.call('decisions.create', {
    year: 2026,
    number: null,
    decisionDate: '2026-07-05',
    signer: { kind: 'vice', name: 'Trần Thị Hương' },
    subject: 'Về việc tặng Giấy khen năm 2026',
    legalBases: [],
    movementId: null,
    catalogueId: award.id,
    achievementFrom: null,
    achievementTo: null,
    method: 'regular',
    defaultAchievement: 'Đã có thành tích xuất sắc trong phong trào thi đua năm 2026',
    recipientOrder: 'entered',
  });
  await app.call('decisions.addRecipients', {
    decisionId: draft.id,
    recipients: people.map((id) => ({ kind: 'individual' as const, id })),
  });
  return (await app.call('decisions.sign', { id: draft.id })).id;
}

/** Renders through the channels, polling like the page; returns the longest event-loop pause seen. */
async function throughService(app: AppUnderTest, decisionId: number): Promise<number> {
  let longest = 0;
  let last = performance.now();
  const ticker = setInterval(() => {
    const now = performance.now();
    longest = Math.max(longest, now - last);
    last = now;
  }, 5);
  try {
    const { jobId } = await app.call('documents.certificatesStart', {
      decisionId,
      lineIds: null,
      mode: 'full',
    });
    for (;;) {
      const p = await app.call('documents.certificatesProgress', { jobId });
      if (p.status === 'failed') throw new Error(p.message ?? 'failed');
      if (p.status === 'done') break;
      await new Promise((r) => setTimeout(r, 50));
    }
    const file = await app.call('documents.certificatesResult', { jobId });
    const pages = (await PDFDocument.load(Buffer.from(file.base64, 'base64'))).getPageCount();
    if (pages !== COUNT) throw new Error(`expected ${COUNT} pages, got ${pages}`);
    await app.call('documents.certificatesDiscard', { jobId });
  } finally {
    clearInterval(ticker);
  }
  return longest;
}

export async function benchCertificates(): Promise<{ results: BenchResult[]; note: string }> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tdkt-bench-certs-'));
  const app = openApp(dir);
  try {
    const decisionId = await signedDecision(app);
    const s = app.core.services;
    const decision = s.decisions.get(decisionId);
    const lines = s.decisions.lines(decisionId);
    const data = certificateData(
      decision,
      lines,
      s.settings.get(),
      personGenders(s.db, lines),
      householdHeadGenders(s.db, decisionId),
    );
    const measure = createTextMeasurer();
    let bareBlock = 0;
    const bare = await sample(
      2,
      async () => {
        const start = performance.now();
        await renderPdf(buildCertificatePages(data, DEFAULT_FULL_LAYOUT, measure), {
          wardName: 'Phường Lê Chân',
        });
        bareBlock = performance.now() - start;
      },
      0,
    );
    const pauses: number[] = [];
    const service = await sample(
      2,
      async () => {
        pauses.push(await throughService(app, decisionId));
      },
      0,
    );
    const note = `longest main-process pause ${Math.round(Math.max(...pauses))} ms via the service vs ~${Math.round(bareBlock)} ms for the bare render`;
    return {
      results: [
        result('certificates.1k', `${COUNT} Giấy khen of one decision (job)`, median(service), median(bare)),
      ],
      note,
    };
  } finally {
    app.core.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

// `npx tsx bench/cases/certificates.ts` measures this case alone.
if (require.main === module) {
  benchCertificates()
    .then((r) => console.log(JSON.stringify(r, null, 2)))
    .catch((e: unknown) => {
      console.error(e);
      process.exit(1);
    });
}
