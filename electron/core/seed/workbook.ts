import ExcelJS from 'exceljs';
import { GENDER_LABELS, STAFF_CATEGORY_LABELS } from '../../../shared/domain/registry';
import type { SeedPerson } from './types';

/** The people template's headers, as an office fills them in. */
export const PEOPLE_HEADERS = [
  'STT',
  'Họ và tên',
  'Ngày sinh',
  'Giới tính',
  'Chức vụ',
  'Đơn vị công tác',
  'Đối tượng',
  'Số định danh',
  'Điện thoại',
  'Địa chỉ',
  'Ghi chú',
] as const;

/**
 * Generated people as the rows of an office's workbook: text cells only (so identity numbers keep
 * their leading zero), the birth as "dd/mm/yyyy" or the year alone, the unit by name. Names stay
 * raw, Ð look-alikes included, as old files carry them.
 */
export function peopleSheetRows(
  people: readonly SeedPerson[],
  unitName: (unitIndex: number) => string | null,
): string[][] {
  return people.map((p, i) => {
    const v = p.input;
    const birth = v.birthDate
      ? v.birthDate.split('-').reverse().join('/')
      : v.birthYear === null || v.birthYear === undefined
        ? ''
        : String(v.birthYear);
    return [
      String(i + 1),
      v.fullName,
      birth,
      v.gender ? GENDER_LABELS[v.gender] : '',
      v.position ?? '',
      p.unit === null ? '' : (unitName(p.unit) ?? ''),
      v.staffCategory ? STAFF_CATEGORY_LABELS[v.staffCategory] : '',
      v.identityNumber ?? '',
      v.phone ?? '',
      v.address ?? '',
      v.note ?? '',
    ];
  });
}

/** An .xlsx of those rows under a title line and the header, for import tests and benchmarks. */
export async function buildPeopleWorkbook(
  people: readonly SeedPerson[],
  unitName: (unitIndex: number) => string | null,
): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Danh sách');
  sheet.addRow(['DANH SÁCH CÁ NHÂN']);
  sheet.addRow([...PEOPLE_HEADERS]);
  for (const row of peopleSheetRows(people, unitName)) sheet.addRow(row);
  // exceljs types its buffer as its own Buffer interface; the bytes are a Node Buffer.
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
