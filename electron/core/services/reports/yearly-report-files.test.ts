// The yearly summary's PDF and workbook through the channels: the figures, the draft mark, the
// signer from the settings, the same text on every generation, the save dialog.
import { afterEach, describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import { startTestCore, type TestCore } from '../../testing/core';
import { linesOf, pdfText } from '../../pdf/pdf-inspect';
import { reportSigner } from './yearly-report';
import { filled, ward } from './yearly-report-testing';
import { DEFAULT_SETTINGS } from '../../../../shared/schemas/settings';

let t: TestCore;
afterEach(() => t?.close());

describe('yearly report: PDF and workbook', () => {
  it('previews the report with its figures, "DỰ THẢO" until sent, the same text each time', async () => {
    t = startTestCore();
    await ward(t);
    await t.call('yearlyReport.save', filled);
    const draft = await t.call('yearlyReport.preview', { year: 2026 });
    expect(draft.fileName).toBe('Bao-cao-tong-ket-TDKT-2026.pdf');
    const text = (f: { base64: string }) => pdfText(Buffer.from(f.base64, 'base64')).map(linesOf);
    const pages = text(draft);
    expect(pages).toHaveLength(draft.pageCount);
    expect(pages[0]![0]).toBe('DỰ THẢO');
    expect(pages[0]).toContain('Số: 12/BC-UBND');
    expect(pages[0]).toContain('Lê Chân, ngày 20 tháng 11 năm 2026');
    const all = pages.flat().join(' ');
    expect(all).toContain('Tình hình chung ổn định.');
    expect(all).toContain('1 phong trào thường xuyên, 1 phong trào theo đợt.');
    expect(all).toContain('CÁC BIỂU THỐNG KÊ KÈM THEO BÁO CÁO SỐ 12/BC-UBND NGÀY 20/11/2026');
    // Generated twice from the same data: the same pages.
    expect(text(await t.call('yearlyReport.preview', { year: 2026 }))).toEqual(pages);

    await t.call('yearlyReport.markSent', { year: 2026, sentOn: '2026-11-26' });
    expect(text(await t.call('yearlyReport.preview', { year: 2026 })).flat()).not.toContain('DỰ THẢO');
  });

  it('signs with the chairman named in the settings, the name left blank before one is set', async () => {
    t = startTestCore();
    const lastLines = async () => {
      const f = await t.call('yearlyReport.preview', { year: 2026 });
      const all = pdfText(Buffer.from(f.base64, 'base64')).map(linesOf).flat();
      return all
        .slice(all.indexOf('- Lưu: VT, VHXH.') + 1, all.indexOf('PHỤ LỤC'))
        .filter((l) => !/^(\d+|DỰ THẢO)$/.test(l));
    };
    expect(await lastLines()).toEqual(['TM. ỦY BAN NHÂN DÂN', 'CHỦ TỊCH']);
    const settings = await t.call('settings.get', {});
    await t.call('settings.update', {
      ...settings,
      chairman: { name: 'Phạm Quốc Đạt', title: 'Chủ tịch' },
      viceChairmen: [{ name: 'Trần Thị Hương', title: 'Phó Chủ tịch' }],
    });
    expect(await lastLines()).toEqual(['TM. ỦY BAN NHÂN DÂN', 'CHỦ TỊCH', 'Phạm Quốc Đạt']);
  });

  it('falls back to the first named vice chairman (KT.) when no chairman is named', () => {
    const base = { ...DEFAULT_SETTINGS, chairman: { name: ' ', title: 'Chủ tịch' } };
    expect(reportSigner(base)).toBeNull();
    expect(
      reportSigner({
        ...base,
        viceChairmen: [
          { name: '', title: 'Phó Chủ tịch' },
          { name: 'Trần Thị Hương', title: 'Phó Chủ tịch' },
        ],
      }),
    ).toEqual({ kind: 'vice', name: 'Trần Thị Hương' });
  });

  it('saves the PDF and the tables workbook through the save dialog', async () => {
    t = startTestCore();
    await ward(t);
    await t.call('yearlyReport.save', filled);
    expect(await t.call('yearlyReport.savePdf', { year: 2026 })).toMatchObject({
      saved: true,
      fileName: 'Bao-cao-tong-ket-TDKT-2026.pdf',
    });
    expect(Buffer.from(t.saved[0]!.bytes).subarray(0, 5).toString()).toBe('%PDF-');
    expect(await t.call('yearlyReport.exportXlsx', { year: 2026 })).toMatchObject({
      saved: true,
      fileName: 'Bao-cao-tong-ket-TDKT-2026.xlsx',
    });
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(Buffer.from(t.saved[1]!.bytes) as unknown as ArrayBuffer);
    expect(book.worksheets.map((s) => s.name)).toEqual([
      '1-Phong trao',
      '2-Khen thuong',
      '3-Phuong thuc',
      '4-Tien thuong',
      '5-Dien hinh',
      '6-Bao cao don vi',
    ]);
    const values = (book.worksheets[1]!.getSheetValues() as unknown[][])
      .flat()
      .filter((v) => typeof v === 'string');
    expect(values).toContain('UBND PHƯỜNG LÊ CHÂN');
    expect(values).toContain('Kèm theo Báo cáo số 12/BC-UBND ngày 20/11/2026');
  });
});
