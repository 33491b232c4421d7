import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startTestCore, type TestCore } from '../../testing/core';
import { linesOf, pdfPages, pdfText, pdfWords } from '../../pdf/pdf-inspect';
import { blankFieldBox } from '../../pdf/certificate-blank';
import { DEFAULT_BLANK_LAYOUT } from '../../../../shared/domain/certificate';
import { insertDecision, testDocuments, waitJob, type FixtureLine } from './testing';

const LINES: FixtureLine[] = [
  { kind: 'individual', name: 'Nguyễn Văn Ánh', gender: 'male', positionUnit: 'Tổ trưởng Tổ dân phố số 3' },
  {
    kind: 'individual',
    name: 'Lê Thị Thu Hường',
    gender: 'female',
    achievement: 'hoàn thành xuất sắc nhiệm vụ',
  },
  { kind: 'individual', name: 'Đặng Quốc Đạt', gender: null },
  { kind: 'collective', name: 'Chi hội Phụ nữ Tổ dân phố số 7' },
  { kind: 'household', name: 'Phạm Văn Bình' },
];

let t: TestCore;
beforeEach(() => {
  t = startTestCore();
});
afterEach(() => t.close());

const prints = () =>
  t.core.services.db
    .prepare('SELECT award_id, printed_by, mode, copies FROM certificate_prints ORDER BY id')
    .all() as {
    award_id: number;
    printed_by: string;
    mode: string;
    copies: number;
  }[];

describe('Giấy khen of a decision', () => {
  it('renders every line as one PDF in list order, in batches, with the printed texts', async () => {
    const { id } = await insertDecision(t, { lines: LINES });
    const docs = testDocuments(t, 2); // 5 certificates in 3 batches, merged
    const started = docs.startCertificates(id, null, 'full');
    expect(started.total).toBe(5);
    const done = await waitJob(docs, started.jobId);
    expect(done).toMatchObject({ status: 'done', done: 5, total: 5 });
    const file = docs.certificatesResult(started.jobId);
    expect(file.fileName).toBe('Giay-khen-QD-05-2026.pdf');
    expect(pdfPages(file.bytes)).toBe(5);
    const pages = pdfText(file.bytes).map(linesOf);
    // Collectives first, then individuals, then households (the list's print order).
    expect(pages[0]).toContain('CHI HỘI PHỤ NỮ TỔ DÂN PHỐ SỐ 7');
    expect(pages[1]).toContain('Ông: NGUYỄN VĂN ÁNH');
    expect(pages[2]).toContain('Bà: LÊ THỊ THU HƯỜNG');
    expect(pages[3]).toContain('Ông/Bà: ĐẶNG QUỐC ĐẠT');
    expect(pages[4]).toContain('Gia đình ông/bà PHẠM VĂN BÌNH');
    const first = pages[1]!;
    expect(first).toContain('GIẤY KHEN');
    expect(first).toContain('Chức vụ, đơn vị: Tổ trưởng Tổ dân phố số 3');
    expect(first.join(' ')).toContain('Quyết định số 05/QĐ-UBND ngày 05/7/2026');
    expect(first.join(' ')).toContain('Lê Chân, ngày 05 tháng 7 năm 2026');
    expect(first).toContain('KT. CHỦ TỊCH');
    expect(first).toContain('Trần Thị Hương');
    expect(pages[2]!.join(' ')).toContain('Đã có thành tích hoàn thành xuất sắc nhiệm vụ');
    // Số sổ vàng as given at signing (line 1 of the fixture is number 1; the collective is 4).
    expect(pages[0]!.join(' ')).toContain('Số sổ vàng: 4');
  });

  it('sizes batches by speed and still prints each line once, in order', async () => {
    const many = Array.from({ length: 23 }, (_, i) => ({
      kind: 'individual' as const,
      name: `Trần Văn Số ${i + 1}`,
    }));
    const { id } = await insertDecision(t, { lines: many });
    const docs = testDocuments(t, 'adaptive');
    const job = docs.startCertificates(id, null, 'blank_form');
    expect(await waitJob(docs, job.jobId)).toMatchObject({ status: 'done', done: 23, total: 23 });
    const pages = pdfText(docs.certificatesResult(job.jobId).bytes).map(linesOf);
    expect(pages.map((p) => p[0])).toEqual(many.map((l) => l.name.toLocaleUpperCase('vi')));
  });

  it('prints only the chosen lines and shows "Số sổ vàng: 12"', async () => {
    const { id, lineIds } = await insertDecision(t, {
      lines: [LINES[0]!, { ...LINES[1]!, registerNumber: 12 }],
    });
    const docs = testDocuments(t);
    const job = docs.startCertificates(id, [lineIds[1]!], 'full');
    await waitJob(docs, job.jobId);
    const pages = pdfText(docs.certificatesResult(job.jobId).bytes).map(linesOf);
    expect(pages).toHaveLength(1);
    expect(pages[0]!.join(' ')).toContain('Số sổ vàng: 12');
    expect(pages[0]).toContain('Bà: LÊ THỊ THU HƯỜNG');
  });

  it('records one print per certificate only when the file is saved, with an audit row', async () => {
    const { id, lineIds } = await insertDecision(t, { lines: LINES.slice(0, 3) });
    const docs = testDocuments(t);
    const job = docs.startCertificates(id, null, 'blank_form');
    await waitJob(docs, job.jobId);
    expect(prints()).toHaveLength(0); // rendering alone records nothing
    const cancelled = await docs.saveCertificates(job.jobId, async () => ({ saved: false }));
    expect(cancelled.saved).toBe(false);
    expect(prints()).toHaveLength(0);
    const outcome = await docs.saveCertificates(job.jobId, (r) => t.ctx.dialogs.saveFile(r));
    expect(outcome.saved).toBe(true);
    expect(t.saved.at(-1)!.suggestedName).toBe('Giay-khen-QD-05-2026-phoi.pdf');
    expect(prints()).toEqual(
      lineIds.map((award_id) => ({
        award_id,
        printed_by: 'Cán bộ (chưa đặt tên)',
        mode: 'blank_form',
        copies: 1,
      })),
    );
    expect(docs.printHistory(lineIds[0]!)).toMatchObject([
      { lineId: lineIds[0], mode: 'blank_form', copies: 1 },
    ]);
    const audit = t.core.services.db
      .prepare(
        "SELECT entity, entity_id, note FROM audit_log WHERE action = 'other' ORDER BY id DESC LIMIT 1",
      )
      .get() as { entity: string; entity_id: number; note: string };
    expect(audit).toEqual({
      entity: 'decisions',
      entity_id: id,
      note: expect.stringContaining('In 3 Giấy khen'),
    });
  });

  it('a failed render records nothing and cannot be saved', async () => {
    const { id } = await insertDecision(t, { lines: LINES.slice(0, 2) });
    // An emblem with a PNG header but broken content, slipped past the upload check.
    const bad = Buffer.concat([
      Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
      Buffer.alloc(40, 7),
    ]);
    const db = t.core.services.db;
    db.prepare('INSERT INTO attachment_blobs (sha256, bytes, size_bytes) VALUES (?, ?, ?)').run(
      'a'.repeat(64),
      bad,
      bad.length,
    );
    db.prepare(
      `INSERT INTO attachments (owner_entity, owner_id, file_name, mime_type, size_bytes, sha256, added_by, note, created_at, updated_at)
       VALUES ('settings', 1, 'x.png', 'image/png', ?, ?, 't', 'certificate_emblem', '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z')`,
    ).run(bad.length, 'a'.repeat(64));
    const docs = testDocuments(t);
    const job = docs.startCertificates(id, null, 'full');
    const p = await waitJob(docs, job.jobId);
    expect(p.status).toBe('failed');
    expect(p.message).toMatch(/Không tạo được Giấy khen/);
    await expect(docs.saveCertificates(job.jobId, (r) => t.ctx.dialogs.saveFile(r))).rejects.toThrow(
      /Không tạo được Giấy khen/,
    );
    expect(prints()).toHaveLength(0);
    expect(t.saved).toHaveLength(0);
  });

  it('refuses the certificates of a draft decision with a clear message', async () => {
    const { id } = await insertDecision(t, { status: 'draft', lines: LINES.slice(0, 1) });
    expect(() => testDocuments(t).startCertificates(id, null, 'full')).toThrow(
      /dự thảo: số quyết định và số sổ vàng chỉ có khi ký/,
    );
  });

  it('blank mode puts each field at its position plus the printer offset', async () => {
    const layout = { ...structuredClone(DEFAULT_BLANK_LAYOUT), offset: { xMm: 4, yMm: -3 } };
    await t.call('documents.layoutSetBlank', layout);
    const { id } = await insertDecision(t, { lines: LINES.slice(0, 1) });
    const docs = testDocuments(t);
    const job = docs.startCertificates(id, null, 'blank_form');
    await waitJob(docs, job.jobId);
    const words = pdfWords(docs.certificatesResult(job.jobId).bytes);
    const name = words.find((w) => w.text === 'NGUYỄN')!;
    const box = blankFieldBox(layout, 'name');
    expect(box.x).toBeCloseTo(((60 + 4) * 72) / 25.4, 3);
    expect(name.xMin).toBeGreaterThanOrEqual(box.x - 0.5);
    expect(name.xMax).toBeLessThanOrEqual(box.x + box.width + 0.5);
    expect(name.yMin).toBeGreaterThanOrEqual(box.y - 0.5);
    expect(name.yMax).toBeLessThanOrEqual(box.y + box.height + 0.5);
    expect(words.some((w) => w.text === 'GIẤY')).toBe(false);
  });
});
