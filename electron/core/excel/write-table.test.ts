import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { writeTable } from './write-table';

async function read(bytes: Uint8Array) {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
  return workbook.worksheets[0]!;
}

describe('writeTable', () => {
  it('writes title, lines, an empty row, a bold frozen header and the rows', async () => {
    const bytes = await writeTable({
      sheetName: 'Kết quả',
      title: 'Phường Lê Chân – Kết quả nhập',
      lines: ['Xuất ngày 26/11/2026'],
      columns: [
        { header: 'STT', width: 6, value: (_r: { name: string; n: number }, i) => i + 1 },
        { header: 'Tên', width: 30, value: (r) => r.name },
        { header: 'Số', width: 8, value: (r) => r.n },
      ],
      rows: [
        { name: 'Nguyễn Thị Ánh', n: 3 },
        { name: '=1+2', n: 4 },
      ],
    });
    const sheet = await read(bytes);
    expect(sheet.name).toBe('Kết quả');
    expect(sheet.getCell('A1').value).toBe('Phường Lê Chân – Kết quả nhập');
    expect(sheet.getCell('A1').font?.bold).toBe(true);
    expect(sheet.getCell('A2').value).toBe('Xuất ngày 26/11/2026');
    expect(sheet.getRow(3).cellCount).toBe(0);
    expect(sheet.getRow(4).values).toEqual([undefined, 'STT', 'Tên', 'Số']);
    expect(sheet.getCell('B4').font?.bold).toBe(true);
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 4 });
    expect(sheet.getColumn(2).width).toBe(30);
    expect(sheet.getRow(5).values).toEqual([undefined, 1, 'Nguyễn Thị Ánh', 3]);
    // Formula-looking text stays text, behind an apostrophe; numbers stay numbers.
    expect(sheet.getCell('B6').value).toBe("'=1+2");
    expect(sheet.getCell('B6').type).toBe(ExcelJS.ValueType.String);
    expect(sheet.getCell('C6').value).toBe(4);
  });
});
