import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { addStatTableSheet, statTablesWorkbook } from './stat-tables';
import type { StatTable } from '../../../shared/domain/statistics';

const awards: StatTable = {
  id: 'awards',
  title: 'Kết quả khen thưởng theo danh hiệu, hình thức và đối tượng',
  note: 'Các dòng khen thưởng của quyết định đã ký.',
  columns: [
    { key: 'total', label: 'Tổng số', kind: 'count' },
    { key: 'individual', label: 'Tổng số cá nhân', kind: 'count', group: 'Cá nhân' },
    { key: 'directWorker', label: 'Người trực tiếp lao động', kind: 'count', group: 'Cá nhân' },
    {
      key: 'directShare',
      label: 'Tỷ lệ (%)',
      kind: 'ratio',
      ratio: { numerator: 'directWorker', denominator: 'individual' },
    },
    { key: 'money', label: 'Tiền thưởng (đồng)', kind: 'money' },
  ],
  rows: [
    {
      key: 'lao_dong_tien_tien',
      label: 'Lao động tiên tiến',
      group: 'Danh hiệu thi đua',
      cells: { total: 3, individual: 3, directWorker: 1, money: 2_280_000 },
    },
    {
      key: 'chien_si_thi_dua_co_so',
      label: 'Chiến sĩ thi đua cơ sở',
      group: 'Danh hiệu thi đua',
      cells: { total: 0, individual: 0, directWorker: 0, money: 0 },
    },
    {
      key: 'custom:=cmd',
      label: '=cmd',
      group: 'Hình thức khen thưởng',
      cells: { total: 1, individual: 1, directWorker: 1, money: 760_000 },
    },
  ],
  total: { total: 4, individual: 4, directWorker: 2, money: 3_040_000 },
};

const movements: StatTable = {
  id: 'movements',
  title: 'Phong trào thi đua',
  note: '',
  columns: [{ key: 'total', label: 'Tổng số', kind: 'count' }],
  rows: [{ key: 'regular', label: 'Thường xuyên', cells: { total: 2 } }],
  total: { total: 2 },
};

async function load(bytes: Uint8Array | ArrayBuffer) {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Buffer.from(bytes as Uint8Array) as unknown as ArrayBuffer);
  return workbook;
}

describe('addStatTableSheet', () => {
  it('writes the title, heading, a two-level header, group rows, the total and the note', async () => {
    const book = new ExcelJS.Workbook();
    addStatTableSheet(book, awards, {
      sheetName: '2-Khen thuong',
      heading: ['UBND PHƯỜNG LÊ CHÂN', 'Năm 2026'],
    });
    const sheet = (await load(await book.xlsx.writeBuffer())).getWorksheet('2-Khen thuong')!;

    expect(sheet.getCell('A1').value).toBe(awards.title);
    expect(sheet.getCell('A1').font?.bold).toBe(true);
    expect(sheet.getCell('A2').value).toBe('UBND PHƯỜNG LÊ CHÂN');
    expect(sheet.getCell('A3').value).toBe('Năm 2026');
    expect(sheet.getRow(4).cellCount).toBe(0);
    // Two header rows: the group over its columns, the others merged over both rows.
    expect(sheet.getCell('A5').value).toBe('Nội dung');
    expect(sheet.getCell('A6').isMerged).toBe(true);
    expect(sheet.getCell('B5').value).toBe('Tổng số');
    expect(sheet.getCell('C5').value).toBe('Cá nhân');
    expect(sheet.getCell('D5').isMerged).toBe(true);
    expect(sheet.getCell('C6').value).toBe('Tổng số cá nhân');
    expect(sheet.getCell('D6').value).toBe('Người trực tiếp lao động');
    expect(sheet.getCell('E5').value).toBe('Tỷ lệ (%)');
    expect(sheet.getCell('F5').value).toBe('Tiền thưởng (đồng)');
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', xSplit: 1, ySplit: 6 });

    // Group heading, then its rows.
    expect(sheet.getCell('A7').value).toBe('Danh hiệu thi đua');
    expect(sheet.getCell('A7').font?.bold).toBe(true);
    expect(sheet.getCell('B7').value).toBeNull();
    expect(sheet.getRow(8).values).toEqual([undefined, 'Lao động tiên tiến', 3, 3, 1, 33.3, 2_280_000]);
    expect(sheet.getCell('F8').numFmt).toBe('#,##0');
    expect(sheet.getCell('E8').numFmt).toBe('0.0');
    expect(sheet.getCell('B8').numFmt).toBe('0');
    // A ratio without denominator is empty.
    expect(sheet.getCell('A9').value).toBe('Chiến sĩ thi đua cơ sở');
    expect(sheet.getCell('E9').value).toBeNull();
    expect(sheet.getCell('B9').value).toBe(0);
    expect(sheet.getCell('A10').value).toBe('Hình thức khen thưởng');
    // Formula-looking labels stay text.
    expect(sheet.getCell('A11').value).toBe("'=cmd");
    expect(sheet.getCell('E11').value).toBe(100);

    expect(sheet.getRow(12).values).toEqual([undefined, 'Tổng cộng', 4, 4, 2, 50, 3_040_000]);
    expect(sheet.getCell('A12').font?.bold).toBe(true);
    expect(sheet.getCell('F12').font?.bold).toBe(true);
    expect(sheet.getCell('A14').value).toBe(awards.note);
    expect(sheet.getColumn(1).width).toBeGreaterThanOrEqual(28);
  });

  it('writes one header row when no column has a group', async () => {
    const book = new ExcelJS.Workbook();
    addStatTableSheet(book, movements, { sheetName: 'x', heading: [] });
    const sheet = (await load(await book.xlsx.writeBuffer())).getWorksheet('x')!;
    expect(sheet.getRow(3).values).toEqual([undefined, 'Nội dung', 'Tổng số']);
    expect(sheet.getRow(4).values).toEqual([undefined, 'Thường xuyên', 2]);
    expect(sheet.getRow(5).values).toEqual([undefined, 'Tổng cộng', 2]);
    expect(sheet.views[0]).toMatchObject({ ySplit: 3 });
    expect(sheet.rowCount).toBe(5);
  });
});

describe('statTablesWorkbook', () => {
  it('writes one sheet per table with short ASCII names and the same heading', async () => {
    const bytes = await statTablesWorkbook([movements, awards], {
      title: 'Thống kê năm 2026',
      heading: ['Năm 2026'],
    });
    const book = await load(bytes);
    expect(book.worksheets.map((s) => s.name)).toEqual(['1-Phong trao', '2-Khen thuong']);
    expect(book.title).toBe('Thống kê năm 2026');
    expect(book.worksheets[0]!.getCell('A2').value).toBe('Năm 2026');
    expect(book.worksheets[1]!.getCell('A1').value).toBe(awards.title);
  });
});
