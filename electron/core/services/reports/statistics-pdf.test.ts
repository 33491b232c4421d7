import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestCore, type TestCore } from '../../testing/core';
import { statisticsWard } from '../../db/repos/statistics/fixture';
import type { OpenFileRequest } from '../../files/dialogs';

// statistics.pdfPreview / statistics.pdfSave through the router, on the statistics fixture ward.

let t: TestCore;

beforeAll(async () => {
  t = startTestCore();
  await statisticsWard(t);
});
afterAll(() => t.close());

describe('statistics PDF channels', () => {
  it('previews the PDF of a range with its page count', async () => {
    const file = await t.call('statistics.pdfPreview', { fromYear: 2025, toYear: 2026 });
    expect(file.fileName).toBe('Thong-ke-2025-2026.pdf');
    expect(file.pageCount).toBeGreaterThanOrEqual(4);
    expect(Buffer.from(file.base64, 'base64').subarray(0, 5).toString()).toBe('%PDF-');
  });

  it('refuses a range that ends before it starts, or longer than 30 years, on the year to change', async () => {
    for (const channel of ['statistics.pdfPreview', 'statistics.pdfSave'] as const) {
      const error = await t.fail(channel, { fromYear: 2026, toYear: 2025 });
      expect(error).toMatchObject({
        code: 'VALIDATION',
        fields: { toYear: 'Năm bắt đầu không được sau năm kết thúc.' },
      });
    }
    const long = await t.fail('statistics.pdfSave', { fromYear: 2000, toYear: 2030, delivery: 'save' });
    expect(long).toMatchObject({
      code: 'VALIDATION',
      fields: { toYear: 'Chỉ thống kê tối đa 30 năm một lần.' },
    });
  });

  it('saves the PDF through the save dialog', async () => {
    const before = t.saved.length;
    const outcome = await t.call('statistics.pdfSave', { fromYear: 2026, toYear: 2026, delivery: 'save' });
    expect(outcome).toMatchObject({ saved: true, fileName: 'Thong-ke-2026.pdf' });
    const request = t.saved[before]!;
    expect(request.suggestedName).toBe('Thong-ke-2026.pdf');
    expect(request.filters).toEqual([{ name: 'Tệp PDF', extensions: ['pdf'] }]);
    expect(Buffer.from(request.bytes).subarray(0, 5).toString()).toBe('%PDF-');
  });

  it('hands the PDF to the PDF viewer to print with delivery "open"', async () => {
    const opened: OpenFileRequest[] = [];
    const ctx = {
      dialogs: {
        ...t.ctx.dialogs,
        async openFile(r: OpenFileRequest) {
          opened.push(r);
          return { opened: true, location: '/tmp/viewer' };
        },
      },
    };
    const before = t.saved.length;
    const result = await t.core.router.invoke(
      'statistics.pdfSave',
      { fromYear: 2025, toYear: 2026, delivery: 'open' },
      ctx,
    );
    expect(result).toMatchObject({ ok: true, data: { saved: true, fileName: 'Thong-ke-2025-2026.pdf' } });
    expect(opened.map((r) => [r.fileName, r.mimeType])).toEqual([
      ['Thong-ke-2025-2026.pdf', 'application/pdf'],
    ]);
    expect(t.saved.length).toBe(before);
  });
});
