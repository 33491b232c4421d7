import { afterEach, describe, expect, it } from 'vitest';
import { startTestCore, type TestCore } from '../../testing/core';
import type { OpenFileRequest } from '../../files/dialogs';
import { b64, count, JPEG, OLE, PDF, PDF2, PNG, record, ward, zipWith } from './unit-reports.testing';

let t: TestCore;
afterEach(() => t?.close());

describe('unitReports.record with a file', () => {
  it('accepts PDF, Word, Excel and images by content and refuses the rest', async () => {
    t = startTestCore('2026-11-26T09:00:00.000Z');
    const u = await ward(t);
    const withFile = async (fileName: string, bytes: Buffer) => {
      const row = await record(t, u.school, '2026-11-20', { file: { fileName, base64: b64(bytes) } });
      return t.core.services.db
        .prepare('SELECT file_name AS name, mime_type AS mime FROM attachments WHERE id = ?')
        .get(row.report!.attachment!.id) as { name: string; mime: string };
    };
    expect(await withFile('C:\\fakepath\\Báo  cáo.pdf', PDF)).toEqual({
      name: 'Báo cáo.pdf',
      mime: 'application/pdf',
    });
    expect((await withFile('bao-cao.doc', OLE)).mime).toBe('application/msword');
    expect((await withFile('bao-cao.xls', OLE)).mime).toBe('application/vnd.ms-excel');
    expect((await withFile('bao-cao.docx', zipWith('word/document.xml'))).mime).toMatch(/wordprocessingml/);
    expect((await withFile('bao-cao.xlsx', zipWith('xl/workbook.xml'))).mime).toMatch(/spreadsheetml/);
    expect((await withFile('anh.JPG', JPEG)).mime).toBe('image/jpeg');
    expect((await withFile('anh.png', PNG)).mime).toBe('image/png');
    // Each replaced the one before it.
    expect(count(t, 'attachments')).toBe(1);
    expect(count(t, 'attachment_blobs')).toBe(1);

    const refused = (fileName: string, bytes: Buffer) =>
      t.fail('unitReports.record', {
        unitId: u.youth,
        year: 2026,
        receivedOn: '2026-11-20',
        file: { fileName, base64: b64(bytes) },
      });
    expect((await refused('bao-cao.pdf', PNG)).message).toBe(
      'Tệp “bao-cao.pdf” có đuôi .pdf nhưng nội dung là ảnh PNG. Hãy đổi đuôi tệp cho đúng rồi thử lại.',
    );
    expect((await refused('setup.exe', Buffer.from('MZ\x90\x00'))).message).toBe(
      'Tệp “setup.exe” không được nhận: chỉ nhận PDF, Word (DOC, DOCX), Excel (XLS, XLSX) hoặc ảnh (JPG, PNG).',
    );
    expect((await refused('bang.xlsx', zipWith('word/document.xml'))).message).toMatch(
      /nội dung là tệp Word/,
    );
    expect((await refused('bang.xlsx', zipWith('other/part.xml'))).message).toMatch(
      /Nội dung tệp “bang.xlsx” không phải tệp Excel \(.xlsx\)/,
    );
    expect((await refused('anh.gif', Buffer.from('GIF89a'))).message).toMatch(/không được nhận/);
    expect((await refused('rong.pdf', Buffer.alloc(0))).message).toBe('Tệp “rong.pdf” rỗng (0 byte).');
    const big = await refused('lon.pdf', Buffer.concat([PDF, Buffer.alloc(20 * 1024 * 1024)]));
    expect(big).toMatchObject({ code: 'VALIDATION', message: expect.stringMatching(/quá giới hạn 20 MB/) });
    expect(big.fields?.file).toBeDefined();
    // Nothing of the refused uploads was written, the report included.
    expect(count(t, 'unit_reports')).toBe(1);
    expect(count(t, 'attachment_blobs')).toBe(1);
  });

  it('replaces a file, removes files and reports, and drops blobs no one uses any more', async () => {
    t = startTestCore('2026-11-26T09:00:00.000Z');
    const u = await ward(t);
    const first = await record(t, u.school, '2026-11-20', { file: { fileName: 'a.pdf', base64: b64(PDF) } });
    const replaced = await record(t, u.school, '2026-11-21', {
      file: { fileName: 'b.pdf', base64: b64(PDF2) },
    });
    expect(replaced.report).toMatchObject({ id: first.report!.id, receivedOn: '2026-11-21' });
    expect(replaced.report!.attachment).toMatchObject({ fileName: 'b.pdf', sizeBytes: PDF2.length });
    expect(count(t, 'attachments')).toBe(1);
    expect(count(t, 'attachment_blobs')).toBe(1);
    // Correcting the date without a file keeps it.
    const kept = await record(t, u.school, '2026-11-22', { note: 'Bản chính' });
    expect(kept.report).toMatchObject({ note: 'Bản chính', attachment: { fileName: 'b.pdf' } });
    // The same file for another unit shares the bytes.
    await record(t, u.youth, '2026-11-22', { file: { fileName: 'ban-sao.pdf', base64: b64(PDF2) } });
    expect(count(t, 'attachments')).toBe(2);
    expect(count(t, 'attachment_blobs')).toBe(1);

    const noFile = await t.call('unitReports.removeFile', { unitId: u.school, year: 2026 });
    expect(noFile).toMatchObject({
      status: 'on_time',
      report: { receivedOn: '2026-11-22', attachment: null },
    });
    expect(count(t, 'attachments')).toBe(1);
    expect(count(t, 'attachment_blobs')).toBe(1); // still the other unit's
    const again = await t.fail('unitReports.removeFile', { unitId: u.school, year: 2026 });
    expect(again.code).toBe('NOT_FOUND');

    const removed = await t.call('unitReports.remove', { unitId: u.youth, year: 2026 });
    expect(removed).toMatchObject({ unitId: u.youth, expected: true, report: null, status: 'pending' });
    expect(count(t, 'attachments')).toBe(0);
    expect(count(t, 'attachment_blobs')).toBe(0);
    expect(count(t, 'unit_reports')).toBe(1);
    expect((await t.fail('unitReports.remove', { unitId: u.youth, year: 2026 })).message).toBe(
      'Chưa ghi nhận báo cáo năm 2026 của đơn vị này (có thể đã bị xóa).',
    );
  });
});

describe('unitReports.openFile', () => {
  it('hands the stored bytes to the desktop, and says when there is no file or no way to open it', async () => {
    t = startTestCore('2026-11-26T09:00:00.000Z');
    const u = await ward(t);
    await record(t, u.school, '2026-11-20', { file: { fileName: 'Báo cáo.pdf', base64: b64(PDF) } });
    const opened: OpenFileRequest[] = [];
    const dialogs = {
      saveFile: t.ctx.dialogs.saveFile,
      openFile: async (r: OpenFileRequest) => {
        opened.push(r);
        return { opened: true, location: '/tmp/Báo cáo.pdf' };
      },
    };
    const result = await t.core.services.unitReports.openFile(u.school, 2026, dialogs);
    expect(result).toEqual({ opened: true, location: '/tmp/Báo cáo.pdf', fileName: 'Báo cáo.pdf' });
    expect(opened[0]).toMatchObject({ fileName: 'Báo cáo.pdf', mimeType: 'application/pdf' });
    expect(Buffer.from(opened[0]!.bytes).equals(PDF)).toBe(true);
    expect((await t.fail('unitReports.openFile', { unitId: u.school, year: 2026 })).code).toBe('CONFLICT');
    await record(t, u.youth, '2026-11-20');
    expect((await t.fail('unitReports.openFile', { unitId: u.youth, year: 2026 })).code).toBe('NOT_FOUND');
  });
});
