import { afterEach, describe, expect, it, vi } from 'vitest';
import { startTestCore, type TestCore } from '../../testing/core';
import { exemplarFixture, exemplarInput, setMovementStatus } from './testing';
import type { OpenFileRequest } from '../../files/dialogs';

let t: TestCore;
afterEach(() => t?.close());

const b64 = (bytes: Uint8Array | string) => Buffer.from(bytes).toString('base64');
const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1, 2, 3, 4]);
const PDF = Buffer.from('%PDF-1.4\n% minh chứng\n%%EOF\n');
const JPEG = Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 0x10]);
const DOC = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]);

/** The smallest zip holding one empty part of that name (stored, no compression). */
function zipWith(name: string): Buffer {
  const n = Buffer.from(name);
  const local = Buffer.alloc(30);
  local.writeUInt32LE(0x04034b50, 0);
  local.writeUInt16LE(n.length, 26);
  const central = Buffer.alloc(46);
  central.writeUInt32LE(0x02014b50, 0);
  central.writeUInt16LE(n.length, 28);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(1, 8);
  end.writeUInt16LE(1, 10);
  end.writeUInt32LE(46 + n.length, 12);
  end.writeUInt32LE(30 + n.length, 16);
  return Buffer.concat([local, n, central, n, end]);
}

async function model() {
  const f = await exemplarFixture(t);
  const m = await t.call(
    'exemplars.create',
    exemplarInput({ kind: 'individual', id: f.person.id }, 'Gương sáng'),
  );
  return { f, m };
}

const blobs = () =>
  (t.core.services.db.prepare('SELECT count(*) AS n FROM attachment_blobs').get() as { n: number }).n;

describe('evidence files', () => {
  it('accepts images, PDF and Word by content, with a safe name, hash and MIME type', async () => {
    t = startTestCore();
    const { m } = await model();
    const add = (fileName: string, bytes: Buffer) =>
      t.call('exemplars.addEvidence', { modelId: m.id, file: { fileName, base64: b64(bytes) } });
    const pdf = await add('C:\\fakepath\\Biên  bản: khen?.pdf', PDF);
    expect(pdf).toMatchObject({
      fileName: 'Biên bản khen.pdf',
      mimeType: 'application/pdf',
      sizeBytes: PDF.length,
      sha256: expect.stringMatching(/^[0-9a-f]{64}$/),
    });
    expect((await add('anh.JPG', JPEG)).mimeType).toBe('image/jpeg');
    expect((await add('to-trinh.doc', DOC)).mimeType).toBe('application/msword');
    expect((await add('bao-cao.docx', zipWith('word/document.xml'))).mimeType).toMatch(/wordprocessingml/);
    expect((await add('anh.png', PNG)).mimeType).toBe('image/png');
    expect((await t.call('exemplars.listEvidence', { modelId: m.id })).map((e) => e.fileName)).toEqual([
      'Biên bản khen.pdf',
      'anh.JPG',
      'to-trinh.doc',
      'bao-cao.docx',
      'anh.png',
    ]);
    expect((await t.call('exemplars.get', { id: m.id })).evidenceCount).toBe(5);
    const audit = await t.call('audit.list', { entity: 'exemplary_models', entityId: m.id });
    expect(audit.rows.filter((r) => r.note?.startsWith('Thêm minh chứng'))).toHaveLength(5);
  });

  it('refuses a .pdf that is really a PNG, an .exe, a zip named .docx, an empty file and one over 20 MB', async () => {
    t = startTestCore();
    const { m } = await model();
    const refused = (fileName: string, bytes: Buffer) =>
      t.fail('exemplars.addEvidence', { modelId: m.id, file: { fileName, base64: b64(bytes) } });
    expect((await refused('giay-khen.pdf', PNG)).message).toBe(
      'Tệp “giay-khen.pdf” có đuôi .pdf nhưng nội dung là ảnh PNG. Hãy đổi đuôi tệp cho đúng rồi thử lại.',
    );
    expect((await refused('setup.exe', Buffer.from('MZ\x90\x00'))).message).toBe(
      'Tệp “setup.exe” không được nhận: chỉ nhận ảnh (JPG, PNG, GIF, WebP), PDF hoặc Word (DOC, DOCX).',
    );
    expect((await refused('bang-tinh.docx', zipWith('xl/workbook.xml'))).message).toMatch(
      /Nội dung tệp “bang-tinh.docx” không phải tệp Word/,
    );
    expect((await refused('rong.pdf', Buffer.alloc(0))).message).toBe('Tệp “rong.pdf” rỗng (0 byte).');
    const big = Buffer.concat([PDF, Buffer.alloc(20 * 1024 * 1024)]);
    const tooBig = await refused('lon.pdf', big);
    expect(tooBig).toMatchObject({
      code: 'VALIDATION',
      message: expect.stringMatching(/quá giới hạn 20 MB/),
    });
    expect(tooBig.fields?.file).toBeDefined();
    expect(blobs()).toBe(0);
  });

  it('shares one blob between identical files and drops it with its last user', async () => {
    t = startTestCore();
    const { f, m } = await model();
    const other = await t.call(
      'exemplars.create',
      exemplarInput({ kind: 'collective', id: f.school.id }, 'Trường học xanh'),
    );
    const file = { fileName: 'bien-ban.pdf', base64: b64(PDF) };
    const first = await t.call('exemplars.addEvidence', { modelId: m.id, file });
    const second = await t.call('exemplars.addEvidence', {
      modelId: other.id,
      file: { ...file, fileName: 'ban-sao.pdf' },
    });
    expect(second.sha256).toBe(first.sha256);
    expect(blobs()).toBe(1);
    const again = await t.fail('exemplars.addEvidence', { modelId: m.id, file });
    expect(again).toMatchObject({
      code: 'CONFLICT',
      message: expect.stringMatching(/đã có trong minh chứng/),
    });

    await t.call('exemplars.removeEvidence', { attachmentId: first.id });
    expect(blobs()).toBe(1);
    await t.call('exemplars.removeEvidence', { attachmentId: second.id });
    expect(blobs()).toBe(0);
    expect(await t.call('exemplars.listEvidence', { modelId: m.id })).toEqual([]);
    const audit = await t.call('audit.list', { entity: 'exemplary_models', entityId: m.id });
    expect(audit.rows.map((r) => r.note)).toContain('Gỡ minh chứng “bien-ban.pdf”');
  });

  it('hands the exact stored bytes to the desktop to open', async () => {
    t = startTestCore();
    const { m } = await model();
    const added = await t.call('exemplars.addEvidence', {
      modelId: m.id,
      file: { fileName: 'bien-ban.pdf', base64: b64(PDF) },
    });
    const openFile = vi.fn(async (_r: OpenFileRequest) => ({
      opened: true,
      location: '/tmp/x/bien-ban.pdf',
    }));
    const result = await t.core.router.invoke(
      'exemplars.openEvidence',
      { attachmentId: added.id },
      { dialogs: { ...t.ctx.dialogs, openFile } },
    );
    expect(result).toEqual({
      ok: true,
      data: { opened: true, location: '/tmp/x/bien-ban.pdf', fileName: 'bien-ban.pdf' },
    });
    const request = openFile.mock.calls[0]![0];
    expect(request.fileName).toBe('bien-ban.pdf');
    expect(request.mimeType).toBe('application/pdf');
    expect(Buffer.from(request.bytes).equals(PDF)).toBe(true);
  });

  it('refuses adding or removing evidence of a model whose movement is closed, but still opens it', async () => {
    t = startTestCore();
    const f0 = await exemplarFixture(t);
    const m = await t.call(
      'exemplars.create',
      exemplarInput({ kind: 'individual', id: f0.person.id }, 'Gương sáng', { movementId: f0.movementId }),
    );
    const added = await t.call('exemplars.addEvidence', {
      modelId: m.id,
      file: { fileName: 'a.pdf', base64: b64(PDF) },
    });
    setMovementStatus(t, f0.movementId, 'closed');
    const png = { fileName: 'a.png', base64: b64(PNG) };
    expect((await t.fail('exemplars.addEvidence', { modelId: m.id, file: png })).code).toBe('CONFLICT');
    expect((await t.fail('exemplars.removeEvidence', { attachmentId: added.id })).code).toBe('CONFLICT');
    const openFile = vi.fn(async () => ({ opened: true, location: 'x' }));
    const opened = await t.core.router.invoke(
      'exemplars.openEvidence',
      { attachmentId: added.id },
      { dialogs: { ...t.ctx.dialogs, openFile } },
    );
    expect(opened.ok).toBe(true);
  });
});

describe('a model purged from the trash', () => {
  it('takes its evidence files with it, and their bytes when nothing else uses them', async () => {
    t = startTestCore();
    const { m } = await model();
    await t.call('exemplars.addEvidence', { modelId: m.id, file: { fileName: 'anh.png', base64: b64(PNG) } });
    await t.call('exemplars.addEvidence', {
      modelId: m.id,
      file: { fileName: 'bao-cao.pdf', base64: b64(PDF) },
    });
    expect(blobs()).toBe(2);
    await t.call('exemplars.delete', { id: m.id });
    await t.call('trash.purge', { kind: 'exemplary_models', id: m.id });
    const left = t.core.services.db
      .prepare("SELECT count(*) AS n FROM attachments WHERE owner_entity = 'exemplary_models'")
      .get() as { n: number };
    expect(left.n).toBe(0);
    expect(blobs()).toBe(0);
  });
});
