import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startTestCore, type TestCore } from '../../testing/core';
import { linesOf, pdfPages, pdfText } from '../../pdf/pdf-inspect';
import { DEFAULT_BLANK_LAYOUT } from '../../../../shared/domain/certificate';
import { insertDecision, testDocuments } from './testing';

const ICON = readFileSync(resolve(__dirname, '../../../../build/icon.png'));

let t: TestCore;
beforeEach(() => {
  t = startTestCore();
});
afterEach(() => t.close());

const settingsAudit = () =>
  t.core.services.db
    .prepare("SELECT before_json, after_json FROM audit_log WHERE entity = 'settings' ORDER BY id")
    .all() as { before_json: string; after_json: string }[];

describe('certificate layout settings', () => {
  it('start from the defaults and store each layout under its own key, audited', async () => {
    const initial = await t.call('documents.layoutGet', {});
    expect(initial).toMatchObject({ full: { pageSize: 'A4', orientation: 'landscape' }, emblem: null });
    expect(initial.blank).toEqual(DEFAULT_BLANK_LAYOUT);
    const next = await t.call('documents.layoutSetFull', { pageSize: 'A3', orientation: 'portrait' });
    expect(next.full).toEqual({ pageSize: 'A3', orientation: 'portrait' });
    const blank = structuredClone(DEFAULT_BLANK_LAYOUT);
    blank.offset = { xMm: 2.5, yMm: -1 };
    await t.call('documents.layoutSetBlank', blank);
    expect((await t.call('documents.layoutGet', {})).blank.offset).toEqual({ xMm: 2.5, yMm: -1 });
    const audit = settingsAudit();
    expect(audit).toHaveLength(2);
    expect(JSON.parse(audit[1]!.after_json)).toEqual({ certificateBlankLayout: blank });
    // The office settings are untouched by these keys.
    expect((await t.call('settings.get', {})).wardName).toBe('Phường Lê Chân');
  });

  it('refuses positions out of range with the Vietnamese message, writing nothing', async () => {
    const bad = structuredClone(DEFAULT_BLANK_LAYOUT);
    bad.fields.name.xMm = 500;
    const e = await t.fail('documents.layoutSetBlank', bad);
    expect(e.code).toBe('VALIDATION');
    expect(e.message).toContain('Vị trí ngang không được quá 420 mm.');
    expect(e.fields?.['fields.name.xMm']).toBeDefined();
    const offPage = structuredClone(DEFAULT_BLANK_LAYOUT);
    offPage.fields.achievement.xMm = 250; // + 177 mm wide: past the 297 mm sheet
    const e2 = await t.fail('documents.layoutSetBlank', offPage);
    expect(e2.message).toContain('Ô "Thành tích" vượt quá chiều ngang khổ giấy (297 mm).');
    const offset = structuredClone(DEFAULT_BLANK_LAYOUT);
    offset.offset.xMm = 31;
    expect((await t.fail('documents.layoutSetBlank', offset)).message).toContain('Độ lệch tối đa 30 mm.');
    expect(settingsAudit()).toHaveLength(0);
  });

  it('takes a PNG emblem, replaces and removes it, and refuses what is not PNG/JPEG', async () => {
    const gif = Buffer.from('GIF89a\x01\x00\x01\x00\x00\x00\x00;', 'latin1');
    const e = await t.fail('documents.emblemSet', { fileName: 'a.gif', base64: gif.toString('base64') });
    expect(e.message).toBe('Ảnh quốc huy/biểu trưng phải là tệp PNG hoặc JPEG.');
    const renamed = await t.fail('documents.emblemSet', {
      fileName: 'a.png',
      base64: Buffer.from('<svg/>').toString('base64'),
    });
    expect(renamed.message).toContain('PNG hoặc JPEG');
    const big = Buffer.concat([ICON.subarray(0, 8), Buffer.alloc(2 * 1024 * 1024)]);
    expect(
      (await t.fail('documents.emblemSet', { fileName: 'big.png', base64: big.toString('base64') })).message,
    ).toMatch(/tối đa 2 MB/);
    const set = await t.call('documents.emblemSet', {
      fileName: 'quoc-huy.png',
      base64: ICON.toString('base64'),
    });
    expect(set.emblem).toMatchObject({
      fileName: 'quoc-huy.png',
      mimeType: 'image/png',
      sizeBytes: ICON.length,
    });
    expect(set.emblem!.dataUrl.startsWith('data:image/png;base64,')).toBe(true);
    await t.call('documents.emblemSet', { fileName: 'khac.png', base64: ICON.toString('base64') });
    const db = t.core.services.db;
    expect(db.prepare("SELECT count(*) AS n FROM attachments WHERE owner_entity = 'settings'").get()).toEqual(
      { n: 1 },
    );
    const removed = await t.call('documents.emblemRemove', {});
    expect(removed.emblem).toBeNull();
    expect(db.prepare('SELECT count(*) AS n FROM attachment_blobs').get()).toEqual({ n: 0 });
    expect(settingsAudit()).toHaveLength(3);
  });

  it('previews a sample certificate with the edited layout and the calibration page', async () => {
    await t.call('documents.emblemSet', { fileName: 'quoc-huy.png', base64: ICON.toString('base64') });
    const sample = await t.call('documents.samplePreview', {
      mode: 'full',
      full: { pageSize: 'A4', orientation: 'portrait' },
      blank: null,
    });
    const bytes = Buffer.from(sample.base64, 'base64');
    expect(pdfPages(bytes)).toBe(1);
    expect(linesOf(pdfText(bytes)[0]!)).toContain('Ông: NGUYỄN VĂN A');
    const cal = await t.call('documents.calibrationPreview', { blank: null });
    expect(cal.fileName).toBe('Trang-can-chinh-phoi.pdf');
    expect(pdfText(Buffer.from(cal.base64, 'base64'))[0]).toContain('độ lệch máy in');
    const saved = await t.call('documents.calibrationSave', { blank: DEFAULT_BLANK_LAYOUT });
    expect(saved).toMatchObject({ saved: true, fileName: 'Trang-can-chinh-phoi.pdf' });
  });
});

describe('decision PDF', () => {
  it('prints a signed decision as QD-05-2026.pdf and allows a draft', async () => {
    const signed = await insertDecision(t, {
      lines: [{ kind: 'individual', name: 'Nguyễn Văn Ánh', gender: 'male' }],
    });
    const draft = await insertDecision(t, {
      status: 'draft',
      lines: [{ kind: 'individual', name: 'Lê Thị Hoa' }],
    });
    const docs = testDocuments(t);
    const file = await docs.decisionPdf(signed.id);
    expect(file.fileName).toBe('QD-05-2026.pdf');
    const text = pdfText(file.bytes).join('\n');
    expect(text).toContain('QUYẾT ĐỊNH');
    expect(text).toContain('Nguyễn Văn Ánh');
    const d = await docs.decisionPdf(draft.id);
    expect(d.fileName).toBe(`QD-du-thao-${draft.id}.pdf`);
    expect(d.pageCount).toBeGreaterThanOrEqual(1);
    const outcome = await docs.saveDecisionPdf(signed.id, (r) => t.ctx.dialogs.saveFile(r));
    expect(outcome).toMatchObject({ saved: true, fileName: 'QD-05-2026.pdf' });
  });
});
