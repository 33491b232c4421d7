import { describe, expect, it } from 'vitest';
import { AppError } from '../../../shared/errors';
import { IMPORT_MAX_BYTES } from '../../../shared/schemas/registry/transfer';
import { noHeaderMessage, openWorkbook, READ_MESSAGES } from './read-workbook';
import { buildWorkbook, toUpload } from './testing/workbooks';

const people = () =>
  buildWorkbook({
    rows: [
      ['STT', 'Họ và tên', 'Ngày sinh'],
      [1, 'Nguyễn Văn An', '01/02/1980'],
    ],
  });

async function refusal(promise: Promise<unknown>): Promise<{ code: string; message: string }> {
  try {
    await promise;
  } catch (error) {
    expect(error).toBeInstanceOf(AppError);
    const e = error as AppError;
    return { code: e.code, message: e.message };
  }
  throw new Error('expected a refusal');
}

describe('openWorkbook', () => {
  it('opens a good workbook and finds its header', async () => {
    const { sheet, header } = await openWorkbook(await people(), 'people');
    expect(sheet.name).toBe('Sheet1');
    expect(header.row).toBe(1);
  });

  it('refuses a file over the size limit before decoding it, saying the limit', async () => {
    const base64 = 'A'.repeat(Math.ceil(((IMPORT_MAX_BYTES + 1024) * 4) / 3));
    expect(await refusal(openWorkbook({ fileName: 'lon.xlsx', base64 }, 'people'))).toEqual({
      code: 'VALIDATION',
      message: READ_MESSAGES.tooBig,
    });
    expect(READ_MESSAGES.tooBig).toMatch(/^Tệp lớn hơn 10 MB/);
  });

  it('refuses an old .xls (OLE header) with advice to save as .xlsx', async () => {
    const bytes = new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, ...new Array(504).fill(0)]);
    const r = await refusal(openWorkbook(toUpload(bytes, 'danh-sach.xls'), 'people'));
    expect(r.message).toBe(READ_MESSAGES.xls);
    expect(r.message).toMatch(/^Tệp \.xls \(Excel 97-2003\) chưa được hỗ trợ, hãy lưu lại dưới dạng \.xlsx/);
  });

  it('tells a password-protected workbook apart from an old .xls', async () => {
    const bytes = Buffer.concat([
      Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]),
      Buffer.alloc(100),
      Buffer.from('EncryptionInfo', 'utf16le'),
    ]);
    expect((await refusal(openWorkbook(toUpload(bytes, 'mat-khau.xlsx'), 'people'))).message).toBe(
      READ_MESSAGES.encrypted,
    );
  });

  it('refuses a text file renamed to .xlsx', async () => {
    const bytes = new TextEncoder().encode('STT,Họ và tên\n1,Nguyễn Văn An\n');
    expect((await refusal(openWorkbook(toUpload(bytes, 'danh-sach.xlsx'), 'people'))).message).toBe(
      READ_MESSAGES.notXlsx,
    );
  });

  it('refuses an empty file', async () => {
    expect((await refusal(openWorkbook(toUpload(new Uint8Array(), 'rong.xlsx'), 'people'))).message).toBe(
      READ_MESSAGES.notXlsx,
    );
  });

  it('refuses a real workbook whose name is not .xlsx (a ZIP could be a .docx)', async () => {
    const file = await people();
    expect((await refusal(openWorkbook({ ...file, fileName: 'danh-sach.zip' }, 'people'))).message).toBe(
      READ_MESSAGES.notXlsx,
    );
  });

  it('accepts the extension in capitals', async () => {
    const file = await people();
    await expect(openWorkbook({ ...file, fileName: 'DANH-SACH.XLSX' }, 'people')).resolves.toBeDefined();
  });

  it('refuses a truncated workbook as damaged', async () => {
    const bytes = Buffer.from((await people()).base64, 'base64');
    for (const length of [200, Math.floor(bytes.length / 2), bytes.length - 10]) {
      const r = await refusal(openWorkbook(toUpload(bytes.subarray(0, length)), 'people'));
      expect(r.message).toBe(READ_MESSAGES.damaged);
    }
  });

  it('refuses a workbook with no visible sheet', async () => {
    const file = await buildWorkbook({ rows: [['Họ và tên', 'Ngày sinh']], state: 'hidden' });
    expect((await refusal(openWorkbook(file, 'people'))).message).toBe(READ_MESSAGES.noSheet);
  });

  it('refuses a sheet with no recognisable header, naming the column it looks for', async () => {
    const file = await buildWorkbook({
      rows: [
        ['Tên', 'Tuổi'],
        ['An', 40],
      ],
    });
    const r = await refusal(openWorkbook(file, 'people'));
    expect(r.message).toBe(noHeaderMessage('people'));
    expect(r.message).toContain('"Họ và tên"');
  });

  it('takes the first visible sheet that has a header', async () => {
    const file = await buildWorkbook([
      { name: 'Hướng dẫn', rows: [['Điền danh sách ở trang sau']] },
      { name: 'Bí mật', rows: [['Họ và tên', 'Ngày sinh']], state: 'hidden' },
      { name: 'Danh sách', rows: [['Họ và tên', 'Ngày sinh']] },
    ]);
    expect((await openWorkbook(file, 'people')).sheet.name).toBe('Danh sách');
  });
});
