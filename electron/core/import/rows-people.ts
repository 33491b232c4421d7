import {
  GENDER_LABELS,
  STAFF_CATEGORY_LABELS,
  type Gender,
  type StaffCategory,
} from '../../../shared/domain/registry';
import type { PersonFacts } from '../../../shared/rules/duplicates';
import { normalizeText } from '../../../shared/rules/text';
import { personInputSchema, type PersonValues } from '../../../shared/schemas/registry/people';
import { cellText, isoToDisplay, labelText, shownValue, type CellValue } from './cells';
import { NAME_NOUN } from './fields';
import type { HeaderInfo } from './header';
import { show, validate, type ParsedRow } from './parsed-row';
import type { DataRow } from './table';
import type { FallbackUnit } from './fallback-unit';
import type { UnitLookup } from './unit-lookup';
import { placeInUnit, withNoteLine } from './unit-placement';
import { GENDER_CHOICES } from './gender';
import {
  choiceIndex,
  readBirth,
  readChoice,
  readDigits,
  readName,
  readText,
  RowNotes,
  type Birth,
} from './values';

export type PersonRow = ParsedRow<PersonValues, PersonFacts>;

const STAFF = choiceIndex<StaffCategory>(STAFF_CATEGORY_LABELS, {
  'Lãnh đạo': 'ward_leader',
  'Lãnh đạo phường': 'ward_leader',
  'Lãnh đạo phòng': 'dept_leader',
  'Lãnh đạo ban': 'dept_leader',
  'Công chức': 'civil_servant',
  'Viên chức': 'civil_servant',
  'Công chức viên chức': 'civil_servant',
  'Người trực tiếp lao động': 'direct_worker',
  'Người lao động': 'direct_worker',
  'Công nhân': 'direct_worker',
  'Nông dân': 'direct_worker',
  'Người dân': 'citizen',
});

const unknownGender = (t: string) => `Giới tính "${t}" không rõ: hãy ghi Nam hoặc Nữ.`;
const unknownStaff = (t: string) =>
  `Đối tượng "${t}" không có trong danh mục: ${Object.values(STAFF_CATEGORY_LABELS).join('; ')}.`;

/** Birth and gender from the "Năm sinh" over "Nam | Nữ" layout: the filled column tells the gender. */
function birthByGenderColumns(
  row: DataRow,
  cols: { male: number; female: number },
  notes: RowNotes,
): { birth: Birth; gender: Gender | null } {
  const male = row.at(cols.male);
  const female = row.at(cols.female);
  const filled = (v: CellValue) => cellText(shownValue(v)).trim() !== '';
  if (filled(male) && filled(female)) {
    notes.problem('Ngày sinh ghi ở cả cột Nam và cột Nữ: chỉ ghi ở một cột.', 'gender');
    return { birth: { birthDate: null, birthYear: null }, gender: null };
  }
  if (filled(male)) return { birth: readBirth(male, notes), gender: 'male' };
  if (filled(female)) return { birth: readBirth(female, notes), gender: 'female' };
  return { birth: { birthDate: null, birthYear: null }, gender: null };
}

/** A cell as shown when it could not be read into a value. */
const raw = (v: CellValue) => normalizeText(cellText(shownValue(v)));

function birthDisplay(b: Birth): string | null {
  if (b.birthDate !== null) return isoToDisplay(b.birthDate);
  return b.birthYear === null ? null : String(b.birthYear);
}

/**
 * Reads one row of a people list into person form values, refusing what the form would refuse.
 * A unit the registry lacks sends the row to `fallback` (or to no unit), keeping the text in the note.
 */
export function readPersonRow(
  row: DataRow,
  header: HeaderInfo,
  units: UnitLookup,
  fallback: FallbackUnit | null = null,
): PersonRow {
  const notes = new RowNotes();
  const fullName = readName(
    row.get('name'),
    { noun: NAME_NOUN.people, label: 'Họ và tên', schemaField: 'fullName' },
    notes,
  );

  let birth: Birth;
  let gender = readChoice(row.get('gender'), GENDER_CHOICES, unknownGender, notes);
  if (header.birthByGender) {
    const byColumns = birthByGenderColumns(row, header.birthByGender, notes);
    birth = byColumns.birth;
    gender ??= byColumns.gender;
  } else {
    birth = readBirth(row.get('birth'), notes);
  }
  const birthCells = header.birthByGender
    ? [row.at(header.birthByGender.male), row.at(header.birthByGender.female)]
    : [row.get('birth')];
  show(
    header,
    notes,
    'birth',
    birthDisplay(birth) ??
      birthCells
        .map(raw)
        .filter((t) => t !== '')
        .join(' / '),
  );
  show(header, notes, 'gender', gender === null ? raw(row.get('gender')) : GENDER_LABELS[gender]);

  const place = placeInUnit(
    readText(row.get('unit'), 'Đơn vị', notes),
    units,
    fallback,
    { noun: 'đơn vị', noteLabel: 'Đơn vị', field: 'unitId' },
    notes,
  );
  const { unitId } = place;
  if (place.shown !== null) show(header, notes, 'unit', place.shown);

  const staffCategory = readChoice(row.get('staffCategory'), STAFF, unknownStaff, notes);
  show(
    header,
    notes,
    'staffCategory',
    staffCategory === null ? raw(row.get('staffCategory')) : STAFF_CATEGORY_LABELS[staffCategory],
  );
  // CCCD has 12 digits and the old CMND 9; written with spaces or dots for reading.
  const identity = readDigits(row.get('identityNumber'), 'Số định danh', { from: [10, 11], to: 12 }, notes);
  const identityNumber = identity === null ? null : identity.replace(/[\s.]/g, '');
  const phone = readDigits(row.get('phone'), 'Số điện thoại', { from: [9], to: 10 }, notes);
  const position = readText(row.get('position'), 'Chức vụ', notes);
  const address = readText(row.get('address'), 'Địa chỉ', notes);
  const note = readText(row.get('note'), 'Ghi chú', notes);
  for (const [field, value] of [
    ['identityNumber', identityNumber],
    ['phone', phone],
    ['position', position],
    ['address', address],
    ['note', note],
  ] as const) {
    show(header, notes, field, value === null ? null : normalizeText(value));
  }

  const values = validate(
    personInputSchema,
    {
      fullName,
      gender,
      ...birth,
      unitId,
      position: position ?? '',
      staffCategory,
      identityNumber: identityNumber ?? '',
      phone: phone ?? '',
      address: address ?? '',
      note: withNoteLine(note, place.noteLine) ?? '',
      active: true,
    },
    notes,
  );
  const label = normalizeText(fullName || labelText(row.get('name')));
  show(header, notes, 'name', label);
  const birthYear = birth.birthDate !== null ? Number(birth.birthDate.slice(0, 4)) : birth.birthYear;
  return {
    rowNumber: row.rowNumber,
    label,
    notes,
    values,
    // The unit the row goes to, fallback included: that is the record it will be compared with.
    facts: { fullName: label, birthYear, unitId, identityNumber },
    noteLine: place.noteLine,
  };
}
