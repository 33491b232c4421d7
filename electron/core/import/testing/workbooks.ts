import ExcelJS from 'exceljs';
import type { UploadedWorkbook } from '../read-workbook';

/** A cell as tests write it: plain values, dates, formulas ({ formula, result }), rich text. */
export type TestCell = ExcelJS.CellValue;

export interface SheetSpec {
  name?: string;
  /** Rows from row 1; `null` or `[]` leaves a row blank. */
  rows: (TestCell[] | null)[];
  merges?: string[];
  state?: 'visible' | 'hidden';
}

/** Builds an .xlsx in memory, as Excel would save it, and wraps it as the page uploads it. */
export async function buildWorkbook(
  sheets: SheetSpec | SheetSpec[],
  fileName = 'danh-sach.xlsx',
): Promise<UploadedWorkbook> {
  const workbook = new ExcelJS.Workbook();
  for (const [i, spec] of (Array.isArray(sheets) ? sheets : [sheets]).entries()) {
    const ws = workbook.addWorksheet(spec.name ?? `Sheet${i + 1}`, { state: spec.state ?? 'visible' });
    spec.rows.forEach((cells, r) => {
      (cells ?? []).forEach((value, c) => {
        if (value !== null && value !== undefined) ws.getCell(r + 1, c + 1).value = value;
      });
    });
    for (const range of spec.merges ?? []) ws.mergeCells(range);
  }
  return toUpload(new Uint8Array(await workbook.xlsx.writeBuffer()), fileName);
}

export function toUpload(bytes: Uint8Array, fileName = 'danh-sach.xlsx'): UploadedWorkbook {
  return { fileName, base64: Buffer.from(bytes).toString('base64') };
}

export const utcDate = (year: number, month: number, day: number) => new Date(Date.UTC(year, month - 1, day));

/** The layout of ../shared/fixtures/de-nghi-khen-thuong-truong-tieu-hoc.xlsx, rebuilt cell for cell. */
export function proposalListLikeTheFixture(): SheetSpec {
  return {
    name: 'Danh sách',
    rows: [
      ['ỦY BAN NHÂN DÂN PHƯỜNG LÊ CHÂN', null, null, null, 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM'],
      ['TRƯỜNG TIỂU HỌC LÊ CHÂN', null, null, null, 'Độc lập - Tự do - Hạnh phúc'],
      null,
      ['DANH SÁCH ĐỀ NGHỊ KHEN THƯỞNG NĂM 2026'],
      ['(Kèm theo Tờ trình số 12/TTr-THLC ngày 20/11/2026 của Trường Tiểu học Lê Chân)'],
      null,
      ['STT', 'Họ và tên', 'Ngày sinh', 'Giới tính', 'Chức vụ', 'Đơn vị công tác', 'Thành tích', 'Ghi chú'],
      ['(1)', '(2)', '(3)', '(4)', '(5)', '(6)', '(7)', '(8)'],
      [
        1,
        'Nguyễn Thị Ngọc Ánh',
        utcDate(1985, 7, 5),
        'Nữ',
        'Giáo viên',
        'Tổ 1',
        'Hoàn thành xuất sắc nhiệm vụ năm học 2025-2026',
        '',
      ],
      [
        2,
        'Đỗ  Quang Hưng ',
        '12/03/1979',
        'Nam',
        'Phó Hiệu trưởng',
        'Ban giám hiệu',
        'Hoàn thành xuất sắc nhiệm vụ năm học 2025-2026',
        '',
      ],
      [
        3,
        'Trần Văn Đức'.normalize('NFD'),
        '1990',
        'nam',
        'Bảo vệ',
        'Tổ văn phòng',
        'Có thành tích bảo vệ tài sản nhà trường',
        '',
      ],
      [
        4,
        '\u00D0ặng Thị Hoa',
        '28/2/1988',
        'NỮ',
        'Nhân viên y tế',
        'Tổ văn phòng',
        'Hoàn thành xuất sắc nhiệm vụ',
        '',
      ],
      null,
      [5, 'Phạm Minh Tuấn', '31/02/1992', 'Nam', 'Giáo viên', 'Tổ 4', 'Hoàn thành xuất sắc nhiệm vụ', ''],
      [6, '', '15/08/1987', 'Nữ', 'Giáo viên', 'Tổ 2', 'Dòng thiếu họ tên', ''],
      [
        7,
        { formula: 'HYPERLINK("http://example.invalid","Bấm vào đây")', result: 'Bấm vào đây' },
        '01/01/1980',
        'Nam',
        'Giáo viên',
        'Tổ 3',
        'Ô có công thức',
        '',
      ],
      [
        8,
        'Lê Thị Thu Trang',
        utcDate(1995, 1, 15),
        'Nữ',
        'Tổng phụ trách Đội',
        'Ban giám hiệu',
        'Có nhiều đóng góp cho phong trào Đội',
        '',
      ],
      ['', 'Tổng cộng: 8 người'],
      null,
      ['', 'Người lập biểu', '', '', '', 'HIỆU TRƯỞNG'],
      null,
      null,
      null,
      ['', 'Nguyễn Văn Lập', '', '', '', 'Trần Thị Ký'],
    ],
    merges: ['A1:C1', 'E1:H1', 'A2:C2', 'E2:H2', 'A4:H4', 'A5:H5'],
  };
}

/** The units the fixture's "Đơn vị công tác" column names (the school's teams). */
export const FIXTURE_UNITS = ['Tổ 1', 'Tổ 2', 'Tổ 3', 'Tổ 4', 'Tổ văn phòng', 'Ban giám hiệu'];
