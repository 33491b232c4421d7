import type { HouseholdFacts } from '../../../shared/rules/duplicates';
import { GENDER_LABELS } from '../../../shared/domain/registry';
import { normalizeText } from '../../../shared/rules/text';
import { householdInputSchema, type HouseholdValues } from '../../../shared/schemas/registry/households';
import { cellText, labelText, shownValue } from './cells';
import { NAME_NOUN } from './fields';
import type { HeaderInfo } from './header';
import { show, validate, type ParsedRow } from './parsed-row';
import type { DataRow } from './table';
import type { FallbackUnit } from './fallback-unit';
import type { UnitLookup, UnitResolution } from './unit-lookup';
import { placeInUnit, withNoteLine } from './unit-placement';
import { GENDER_CHOICES } from './gender';
import { readChoice, readCount, readDigits, readName, readText, RowNotes } from './values';

export type HouseholdRow = ParsedRow<HouseholdValues, HouseholdFacts>;

const unknownHeadGender = (t: string) =>
  `Giới tính chủ hộ "${t}" không rõ: hãy ghi Nam, Nữ, Ông hoặc Bà (hoặc để trống nếu chưa rõ).`;

/** Lists often write the tổ dân phố as "3", "Tổ 3" or "TDP 3" for the unit "Tổ dân phố 3". */
const GROUP_NUMBER = /^(?:tổ dân phố|tổ|tdp)?\s*(\d+)$/iu;

function findGroup(units: UnitLookup, text: string): UnitResolution {
  const found = units(text);
  const n = GROUP_NUMBER.exec(normalizeText(text))?.[1];
  if (found.kind !== 'missing' || n === undefined) return found;
  return units(`Tổ dân phố ${Number(n)}`);
}

/**
 * Reads one row of a households list into household form values. A tổ dân phố the registry lacks
 * sends the row to `fallback` (or to none), keeping the text in the note.
 */
export function readHouseholdRow(
  row: DataRow,
  header: HeaderInfo,
  units: UnitLookup,
  fallback: FallbackUnit | null = null,
): HouseholdRow {
  const notes = new RowNotes();
  const headName = readName(
    row.get('name'),
    { noun: NAME_NOUN.households, label: 'Họ tên chủ hộ', schemaField: 'headName' },
    notes,
  );

  const headGender = readChoice(row.get('gender'), GENDER_CHOICES, unknownHeadGender, notes, 'headGender');
  show(
    header,
    notes,
    'gender',
    headGender === null ? normalizeText(cellText(shownValue(row.get('gender')))) : GENDER_LABELS[headGender],
  );

  const place = placeInUnit(
    readText(row.get('group'), 'Tổ dân phố', notes),
    (text) => findGroup(units, text),
    fallback,
    { noun: 'tổ dân phố', noteLabel: 'Tổ dân phố', field: 'residentialGroupUnitId' },
    notes,
  );
  const residentialGroupUnitId = place.unitId;
  if (place.shown !== null) show(header, notes, 'group', place.shown);

  const memberCount = readCount(row.get('memberCount'), 'Số nhân khẩu phải là số.', notes);
  show(header, notes, 'memberCount', memberCount === null ? null : String(memberCount));
  const address = readText(row.get('address'), 'Địa chỉ', notes);
  const phone = readDigits(row.get('phone'), 'Số điện thoại', { from: [9], to: 10 }, notes);
  const note = readText(row.get('note'), 'Ghi chú', notes);
  for (const [field, value] of [
    ['address', address],
    ['phone', phone],
    ['note', note],
  ] as const) {
    show(header, notes, field, value === null ? null : normalizeText(value));
  }

  const values = validate(
    householdInputSchema,
    {
      headName,
      headGender,
      address: address ?? '',
      residentialGroupUnitId,
      memberCount,
      phone: phone ?? '',
      note: withNoteLine(note, place.noteLine) ?? '',
    },
    notes,
  );
  const label = normalizeText(headName || labelText(row.get('name')));
  show(header, notes, 'name', label);
  return {
    rowNumber: row.rowNumber,
    label,
    notes,
    values,
    facts: {
      headName: label,
      address: address === null ? null : normalizeText(address),
      residentialGroupUnitId,
    },
    noteLine: place.noteLine,
  };
}
