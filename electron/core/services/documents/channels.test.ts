// The whole path through the router with the real decision service: sign, render, preview, save.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { personInput, startTestCore, type TestCore } from '../../testing/core';
import { linesOf, pdfPages, pdfText } from '../../pdf/pdf-inspect';
import { draftWith, setSettings } from '../decisions/test-support';

let t: TestCore;
beforeEach(() => {
  t = startTestCore();
});
afterEach(() => t.close());

async function signedDecision() {
  await setSettings(t, { officerName: 'Nguyễn Thu Trang' });
  const ids = [];
  for (const [name, gender] of [
    ['Trương Thị Ánh', 'female'],
    ['Đỗ Minh Đức', 'male'],
  ] as const)
    ids.push((await t.call('people.create', personInput(name, { gender }))).id);
  const draft = await draftWith(
    t,
    'giay_khen_chu_tich_phuong',
    ids.map((id) => ({ kind: 'individual' as const, id })),
  );
  return { draft, ids };
}

async function finish(jobId: string) {
  for (;;) {
    const p = await t.call('documents.certificatesProgress', { jobId });
    if (p.status !== 'running') return p;
    await new Promise((r) => setTimeout(r, 20));
  }
}

describe('documents channels on a real decision', () => {
  it('refuses a draft, then prints the signed decision and records the prints', async () => {
    const { draft } = await signedDecision();
    const refused = await t.fail('documents.certificatesStart', {
      decisionId: draft.id,
      lineIds: null,
      mode: 'full',
    });
    expect(refused.message).toContain('Quyết định còn là dự thảo');
    const draftPdf = await t.call('documents.decisionPreview', { id: draft.id });
    expect(draftPdf.pageCount).toBeGreaterThanOrEqual(1);

    const signed = await t.call('decisions.sign', { id: draft.id });
    const decisionPdf = await t.call('documents.decisionPreview', { id: signed.id });
    expect(decisionPdf.fileName).toBe(`QD-${signed.numberText!.slice(0, 2)}-2026.pdf`);

    const started = await t.call('documents.certificatesStart', {
      decisionId: signed.id,
      lineIds: null,
      mode: 'full',
    });
    expect(started.total).toBe(2);
    expect(await finish(started.jobId)).toMatchObject({ status: 'done', done: 2 });
    const preview = await t.call('documents.certificatesResult', { jobId: started.jobId });
    const bytes = Buffer.from(preview.base64, 'base64');
    expect(pdfPages(bytes)).toBe(2);
    const pages = pdfText(bytes).map(linesOf);
    expect(pages[0]).toContain('Bà: TRƯƠNG THỊ ÁNH');
    expect(pages[1]).toContain('Ông: ĐỖ MINH ĐỨC');
    expect(pages[0]!.join(' ')).toContain(`Quyết định số ${signed.numberText} ngày 05/7/2026`);

    const saved = await t.call('documents.certificatesSave', { jobId: started.jobId });
    expect(saved.saved).toBe(true);
    const lines = await t.call('decisions.lines', { id: signed.id });
    const history = await t.call('documents.printHistory', { lineId: lines[0]!.id });
    expect(history).toMatchObject([{ printedBy: 'Nguyễn Thu Trang', mode: 'full', copies: 1 }]);
  });
});

describe('opening a finished PDF to print it', () => {
  it('hands the exact bytes to the PDF viewer and records the prints as a save does', async () => {
    const { draft } = await signedDecision();
    const signed = await t.call('decisions.sign', { id: draft.id });
    const opened: { fileName: string; bytes: Uint8Array; mimeType: string }[] = [];
    t.ctx.dialogs.openFile = async (request) => {
      opened.push(request);
      return { opened: true, location: `/tmp/in/${request.fileName}` };
    };
    const started = await t.call('documents.certificatesStart', {
      decisionId: signed.id,
      lineIds: null,
      mode: 'blank_form',
    });
    await finish(started.jobId);
    const preview = await t.call('documents.certificatesResult', { jobId: started.jobId });
    const outcome = await t.call('documents.certificatesSave', { jobId: started.jobId, delivery: 'open' });
    expect(outcome).toMatchObject({ saved: true, location: `/tmp/in/${preview.fileName}` });
    expect(t.saved).toHaveLength(0);
    expect(opened).toHaveLength(1);
    expect(opened[0]!.mimeType).toBe('application/pdf');
    expect(Buffer.from(opened[0]!.bytes).equals(Buffer.from(preview.base64, 'base64'))).toBe(true);
    const lines = await t.call('decisions.lines', { id: signed.id });
    expect(await t.call('documents.printHistory', { lineId: lines[1]!.id })).toMatchObject([
      { mode: 'blank_form', copies: 1 },
    ]);

    // The viewer could not be started: nothing is recorded.
    t.ctx.dialogs.openFile = async () => ({ opened: false, location: '' });
    const again = await t.call('documents.certificatesStart', {
      decisionId: signed.id,
      lineIds: null,
      mode: 'full',
    });
    await finish(again.jobId);
    expect(await t.call('documents.certificatesSave', { jobId: again.jobId, delivery: 'open' })).toEqual({
      saved: false,
    });
    expect(await t.call('documents.printHistory', { lineId: lines[1]!.id })).toHaveLength(1);

    await t.call('documents.decisionSave', { id: signed.id, delivery: 'open' });
    expect(t.saved).toHaveLength(0);
  });
});
