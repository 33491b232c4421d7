import { describe, expect, it } from 'vitest';
import { IMPORT_MAX_ROWS } from '../../../shared/schemas/registry/transfer';
import { previewImport } from './preview';
import { contextFor } from './testing/context';
import { testDb } from './testing/db';
import { buildWorkbook, type TestCell } from './testing/workbooks';

const HEADER: TestCell[] = ['STT', 'Họ và tên', 'Năm sinh', 'Chức vụ'];

async function labels(rows: (TestCell[] | null)[], merges: string[] = []): Promise<string[]> {
  const p = await previewImport(contextFor(testDb()), 'people', await buildWorkbook({ rows, merges }));
  return p.rows.map((r) => r.label);
}

describe('where the table ends', () => {
  it('skips blank rows inside the table without a word', async () => {
    const p = await previewImport(
      contextFor(testDb()),
      'people',
      await buildWorkbook({ rows: [HEADER, [1, 'An', 1980], null, ['', '  ', ''], [2, 'Bình', 1981]] }),
    );
    expect(p.rows.map((r) => [r.rowNumber, r.label, r.status])).toEqual([
      [2, 'An', 'ok'],
      [5, 'Bình', 'ok'],
    ]);
  });

  it('skips pre-numbered rows that hold nothing but their STT', async () => {
    expect(await labels([HEADER, [1, 'An', 1980], [2], [3], [4]])).toEqual(['An']);
  });

  it('stops at a totals row in its various spellings', async () => {
    for (const totals of [
      'Tổng cộng: 8 người',
      'TỔNG CỘNG',
      'Cộng',
      'Cộng: 2',
      'Tổng số: 2 người',
      'Tổng: 2',
    ]) {
      expect(await labels([HEADER, [1, 'An', 1980], ['', totals], [2, 'Bình', 1981]])).toEqual(['An']);
    }
    // A totals text in the STT column, as some offices write it.
    expect(await labels([HEADER, [1, 'An', 1980], ['Tổng cộng', null, null], [2, 'Bình', 1981]])).toEqual([
      'An',
    ]);
  });

  it('does not take "Tổng phụ trách Đội" or a person called Công for a totals row', async () => {
    expect(await labels([HEADER, [1, 'An', 1980, 'Tổng phụ trách Đội'], [2, 'Công Văn Bình', 1981]])).toEqual(
      ['An', 'Công Văn Bình'],
    );
  });

  it('stops at a signature block, even right under the data and without an STT column', async () => {
    const header = ['Họ và tên', 'Năm sinh', 'Chức vụ', 'Đơn vị'];
    const rows = [
      header,
      ['An', 1980, 'Hiệu trưởng'],
      ['Người lập biểu', null, null, 'HIỆU TRƯỞNG'],
      null,
      ['Nguyễn Văn Lập', null, null, 'Trần Thị Ký'],
    ];
    expect(await labels(rows)).toEqual(['An']);
  });

  it('stops at a place-date line or a "KT. CHỦ TỊCH" title', async () => {
    const rows = (footer: TestCell[]) => [HEADER, [1, 'An', 1980], footer, ['', 'Nguyễn Văn Lập']];
    expect(await labels(rows(['', '', 'Lê Chân, ngày 20 tháng 11 năm 2026']))).toEqual(['An']);
    expect(await labels(rows(['', '', '', 'KT. CHỦ TỊCH']))).toEqual(['An']);
    expect(await labels(rows(['', '', '(Ký, ghi rõ họ tên)']))).toEqual(['An']);
  });

  it('after blank rows, stops at the first unnumbered row when the table numbers its rows', async () => {
    expect(
      await labels([HEADER, [1, 'An', 1980], [2, 'Bình', 1981], null, null, ['', 'Nguyễn Văn Lập']]),
    ).toEqual(['An', 'Bình']);
  });

  it('keeps reading an unnumbered table across a blank row', async () => {
    expect(await labels([['Họ và tên', 'Năm sinh'], ['An', 1980], null, ['Bình', 1981]])).toEqual([
      'An',
      'Bình',
    ]);
  });

  it('skips section headings: "I. CÁ NHÂN", an STT of "II", a title merged across the row', async () => {
    const rows = [
      HEADER,
      ['I', 'Tổ 1'],
      [1, 'An', 1980],
      ['II. TỔ VĂN PHÒNG'],
      [2, 'Bình', 1981],
      ['Khối hành chính'],
      [3, 'Cường', 1982],
    ];
    expect(await labels(rows, ['A6:D6'])).toEqual(['An', 'Bình', 'Cường']);
  });

  it(`refuses a table of more than ${IMPORT_MAX_ROWS} rows with one message`, async () => {
    const rows: TestCell[][] = [['Họ và tên']];
    for (let i = 0; i <= IMPORT_MAX_ROWS; i++) rows.push([`Người ${i}`]);
    await expect(
      previewImport(contextFor(testDb()), 'people', await buildWorkbook({ rows })),
    ).rejects.toThrow(/Bảng có hơn 20\.000 dòng dữ liệu/);
  });
});
