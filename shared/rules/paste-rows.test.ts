import { describe, expect, it } from 'vitest';
import { parsePastedRows, splitClipboardTable } from './paste-rows';

// What Excel (Windows) puts on the clipboard for a list with a title line, a header, an STT column,
// a section row and a cell with Alt+Enter line breaks and quotes: CRLF rows, the multi-line cell
// quoted with its quotes doubled, LF inside it, and a CRLF after the last row.
const EXCEL_SAMPLE =
  'DANH SÁCH CÁ NHÂN ĐỀ NGHỊ TẶNG GIẤY KHEN\t\t\t\r\n' +
  'STT\tHọ và tên\tChức vụ, đơn vị\tThành tích\r\n' +
  'II. Cá nhân\t\t\t\r\n' +
  '1\tNguyễn Văn An\tGiáo viên Trường THCS Lê Chân\t"Hoàn thành xuất sắc nhiệm vụ\nĐạt danh hiệu ""Giáo viên dạy giỏi"" cấp phường"\r\n' +
  '2\t  Trần   Thị Bình \tKế toán, UBND phường\tHoàn thành xuất sắc nhiệm vụ năm 2026\r\n';

describe('splitClipboardTable', () => {
  it('reads Excel’s quoting: line breaks, tabs and doubled quotes inside a quoted cell', () => {
    expect(splitClipboardTable('a\t"x\ty\r\nz ""q"""\tc\r\nd\te\r\n')).toEqual([
      ['a', 'x\ty\r\nz "q"', 'c'],
      ['d', 'e'],
    ]);
  });

  it('accepts LF, CRLF and lone CR row ends and ignores only the final line end', () => {
    expect(splitClipboardTable('a\tb\nc\td')).toEqual([
      ['a', 'b'],
      ['c', 'd'],
    ]);
    expect(splitClipboardTable('a\rb\r\n\r\nc\n')).toEqual([['a'], ['b'], [''], ['c']]);
    expect(splitClipboardTable('a\t\n')).toEqual([['a', '']]);
  });

  it('keeps a cell that only starts with a quote as typed (Excel does not quote it)', () => {
    expect(splitClipboardTable('"Lao động tiên tiến" năm 2026\tx')).toEqual([
      ['"Lao động tiên tiến" năm 2026', 'x'],
    ]);
    expect(splitClipboardTable('"chưa đóng\tx')).toEqual([['"chưa đóng', 'x']]);
  });
});

describe('parsePastedRows', () => {
  it('reads a real Excel list: title and header dropped, STT column dropped, section row skipped', () => {
    expect(parsePastedRows(EXCEL_SAMPLE)).toEqual([
      {
        row: 4,
        name: 'Nguyễn Văn An',
        positionUnit: 'Giáo viên Trường THCS Lê Chân',
        achievement: 'Hoàn thành xuất sắc nhiệm vụ\nĐạt danh hiệu "Giáo viên dạy giỏi" cấp phường',
        problem: null,
      },
      {
        row: 5,
        name: 'Trần Thị Bình',
        positionUnit: 'Kế toán, UBND phường',
        achievement: 'Hoàn thành xuất sắc nhiệm vụ năm 2026',
        problem: null,
      },
    ]);
  });

  it('maps headerless columns by position, dropping a numeric STT column and Roman section rows', () => {
    const rows = parsePastedRows(
      'I\tTập thể\n1\tTổ dân phố 1\tPhường Lê Chân\tXuất sắc\n\n2\tTổ dân phố 2\n',
    );
    expect(rows.map((r) => [r.row, r.name, r.positionUnit, r.achievement])).toEqual([
      [2, 'Tổ dân phố 1', 'Phường Lê Chân', 'Xuất sắc'],
      [4, 'Tổ dân phố 2', null, null],
    ]);
  });

  it('keeps a first column of names (not numbers) and joins middle columns into position/unit', () => {
    const rows = parsePastedRows('Lê Văn Cường\tTrưởng phòng\tPhòng Văn hóa - Xã hội\tHoàn thành tốt\n');
    expect(rows[0]).toMatchObject({
      name: 'Lê Văn Cường',
      positionUnit: 'Trưởng phòng, Phòng Văn hóa - Xã hội',
      achievement: 'Hoàn thành tốt',
    });
  });

  it('places columns by header labels, whatever their order, and leaves unknown columns out', () => {
    const text =
      'TT\tHọ tên\tNăm sinh\tĐơn vị\tChức vụ\tTóm tắt thành tích\n' +
      '(1)\t(2)\t(3)\t(4)\t(5)\t(6)\n' +
      '1\tPhạm Thu Hà\t1985\tTrạm y tế\tBác sĩ\tTốt\n';
    expect(parsePastedRows(text)).toEqual([
      { row: 3, name: 'Phạm Thu Hà', positionUnit: 'Trạm y tế, Bác sĩ', achievement: 'Tốt', problem: null },
    ]);
  });

  it('does not take a data row with label-like words for a header', () => {
    const rows = parsePastedRows('Ngô Văn Đức\tĐơn vị Trường A\tThành tích xuất sắc\n');
    expect(rows).toHaveLength(1);
    expect(rows[0]?.name).toBe('Ngô Văn Đức');
  });

  it('marks rows without a name, or too long to add, as problems instead of dropping them', () => {
    const rows = parsePastedRows(
      `1\t\tKế toán\tTốt\n2\t${'A'.repeat(201)}\tx\ty\n3\tAn\t\t${'b'.repeat(2001)}\n`,
    );
    expect(rows.map((r) => r.row)).toEqual([1, 2, 3]);
    expect(rows[0]?.problem).toMatch(/Thiếu tên/);
    expect(rows[1]?.problem).toMatch(/200 ký tự/);
    expect(rows[2]?.problem).toMatch(/Thành tích dài quá 2000/);
  });

  it('skips blank rows, a total row and a lone section title, and returns nothing for empty text', () => {
    expect(parsePastedRows('')).toEqual([]);
    expect(parsePastedRows('\r\n \t \r\n')).toEqual([]);
    const rows = parsePastedRows('A. TẬP THỂ\nTổ dân phố 3\t\tTốt\nTổng cộng\t\t\n');
    expect(rows.map((r) => r.name)).toEqual(['Tổ dân phố 3']);
  });
});
