import ExcelJS from 'exceljs';
import {
  GENDER_LABELS,
  STAFF_CATEGORY_LABELS,
  UNIT_KIND_LABELS,
  type RegistryKind,
} from '../../../shared/domain/registry';
import { FIELDS, type FieldKey } from './fields';

/** File names offered in the save dialog. */
export const TEMPLATE_FILE_NAMES: Record<RegistryKind, string> = {
  people: 'mau-nhap-ca-nhan.xlsx',
  units: 'mau-nhap-don-vi.xlsx',
  households: 'mau-nhap-ho-gia-dinh.xlsx',
};

const TITLES: Record<RegistryKind, string> = {
  people: 'DANH SÁCH CÁ NHÂN',
  units: 'DANH SÁCH ĐƠN VỊ',
  households: 'DANH SÁCH HỘ GIA ĐÌNH',
};

const HEADER_ROW = 4;
const FIRST_DATA_ROW = HEADER_ROW + 1;
/** Drop-down lists cover this many rows; Excel copies them further when rows are inserted. */
const LAST_LIST_ROW = 2000;
const EXAMPLE_NOTE = 'Dòng ví dụ: ghi đè hoặc xóa trước khi nhập';

const EXAMPLES: Record<RegistryKind, Partial<Record<FieldKey, ExcelJS.CellValue>>> = {
  people: {
    stt: 1,
    name: 'Nguyễn Thị Ngọc Ánh',
    birth: new Date(Date.UTC(1985, 6, 5)),
    gender: GENDER_LABELS.female,
    position: 'Giáo viên',
    unit: 'Trường Tiểu học Lê Chân',
    staffCategory: STAFF_CATEGORY_LABELS.civil_servant,
    phone: '0912345678',
    address: 'Số 12 ngõ 5 phố Lê Chân',
    note: EXAMPLE_NOTE,
  },
  units: {
    stt: 1,
    name: 'Trường Tiểu học Lê Chân',
    shortName: 'THLC',
    unitKind: UNIT_KIND_LABELS.school,
    parent: '',
    contactPerson: 'Trần Thị Ký',
    phone: '02253856123',
    address: 'Số 1 phố Lê Chân',
    note: EXAMPLE_NOTE,
  },
  households: {
    stt: 1,
    name: 'Phạm Văn Bình',
    gender: GENDER_LABELS.male,
    address: 'Số 12 ngõ 5 phố Lê Chân',
    group: 'Tổ dân phố 3',
    memberCount: 4,
    phone: '0912345678',
    note: EXAMPLE_NOTE,
  },
};

const WIDTHS: Partial<Record<FieldKey, number>> = {
  stt: 6,
  name: 28,
  birth: 13,
  gender: 10,
  unit: 30,
  parent: 30,
  staffCategory: 30,
  unitKind: 26,
  address: 32,
  note: 36,
};
/** Typed as text so Excel keeps leading zeros (0912..., CCCD 001...). */
const TEXT_COLUMNS: FieldKey[] = ['phone', 'identityNumber'];

// Labels that contain commas cannot go in an inline list ("a,b,c"), so lists live on a hidden sheet.
const LISTS: { field: FieldKey; values: string[] }[] = [
  { field: 'gender', values: Object.values(GENDER_LABELS) },
  { field: 'staffCategory', values: Object.values(STAFF_CATEGORY_LABELS) },
  { field: 'unitKind', values: Object.values(UNIT_KIND_LABELS) },
];
const LIST_SHEET = 'Danh mục';

interface ValidationList {
  add(range: string, validation: ExcelJS.DataValidation): void;
}

function addLists(
  workbook: ExcelJS.Workbook,
  sheet: ExcelJS.Worksheet,
  columnOf: (f: FieldKey) => number | null,
) {
  const lists = workbook.addWorksheet(LIST_SHEET, { state: 'hidden' });
  // exceljs 4.4 supports ranged validations but leaves them out of its typings.
  const validations = (sheet as unknown as { dataValidations: ValidationList }).dataValidations;
  LISTS.forEach(({ field, values }, i) => {
    const col = columnOf(field);
    if (col === null) return;
    const listCol = lists.getColumn(i + 1);
    values.forEach((v, r) => (lists.getCell(r + 1, i + 1).value = v));
    const letter = sheet.getColumn(col).letter;
    validations.add(`${letter}${FIRST_DATA_ROW}:${letter}${LAST_LIST_ROW}`, {
      type: 'list',
      allowBlank: true,
      formulae: [`'${LIST_SHEET}'!$${listCol.letter}$1:$${listCol.letter}$${values.length}`],
      showErrorMessage: true,
      errorTitle: 'Giá trị không có trong danh mục',
      error: 'Hãy chọn một giá trị trong danh sách.',
    });
  });
}

/** An .xlsx template for one kind of import: title, guidance, bold header and one example row. */
export async function buildTemplate(kind: RegistryKind): Promise<Uint8Array> {
  const fields = FIELDS[kind].filter((f) => f.key !== 'achievement');
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Thi đua – Khen thưởng';
  const sheet = workbook.addWorksheet('Danh sách', { views: [{ state: 'frozen', ySplit: HEADER_ROW }] });
  const last = sheet.getColumn(fields.length).letter;

  sheet.mergeCells(`A1:${last}1`);
  sheet.getCell('A1').value = TITLES[kind];
  sheet.getCell('A1').font = { bold: true, size: 14 };
  sheet.getCell('A1').alignment = { horizontal: 'center' };
  sheet.mergeCells(`A2:${last}2`);
  sheet.getCell('A2').value =
    'Ghi dữ liệu từ dòng 5, mỗi dòng một bản ghi. Ngày sinh ghi ngày/tháng/năm (05/07/1985) hoặc chỉ năm sinh. Tên đơn vị ghi đúng như trong phần mềm.';
  sheet.getCell('A2').font = { italic: true };
  sheet.getCell('A2').alignment = { wrapText: true };
  sheet.getRow(2).height = 32;

  const header = sheet.getRow(HEADER_ROW);
  const example = sheet.getRow(FIRST_DATA_ROW);
  fields.forEach((f, i) => {
    const col = i + 1;
    const cell = header.getCell(col);
    cell.value = f.label;
    cell.font = { bold: true };
    cell.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFDDEBF7' } };
    cell.border = {
      top: { style: 'thin' },
      bottom: { style: 'thin' },
      left: { style: 'thin' },
      right: { style: 'thin' },
    };
    const column = sheet.getColumn(col);
    column.width = WIDTHS[f.key] ?? 18;
    if (TEXT_COLUMNS.includes(f.key)) column.numFmt = '@';
    if (f.key === 'birth') column.numFmt = 'dd/mm/yyyy';
    example.getCell(col).value = EXAMPLES[kind][f.key] ?? null;
  });

  const columnOf = (key: FieldKey) => {
    const i = fields.findIndex((f) => f.key === key);
    return i < 0 ? null : i + 1;
  };
  addLists(workbook, sheet, columnOf);
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}
