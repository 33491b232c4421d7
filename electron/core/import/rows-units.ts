import { UNIT_KIND_LABELS, type UnitKind } from '../../../shared/domain/registry';
import type { UnitFacts } from '../../../shared/rules/duplicates';
import { normalizeText } from '../../../shared/rules/text';
import { unitInputSchema, type UnitValues } from '../../../shared/schemas/registry/units';
import { cellText, labelText, shownValue } from './cells';
import { NAME_NOUN } from './fields';
import type { HeaderInfo } from './header';
import { show, validate, type ParsedRow } from './parsed-row';
import type { DataRow } from './table';
import { ambiguousUnitProblem, type UnitLookup } from './unit-lookup';
import { choiceIndex, readChoice, readDigits, readName, readText, RowNotes } from './values';

export interface UnitRow extends ParsedRow<UnitValues, UnitFacts> {
  /**
   * The parent named in the row but not (yet) found among the registry's units: it may be a unit
   * of the same file, which the analysis links once every row is read.
   */
  pendingParent: string | null;
}

const KINDS = choiceIndex<UnitKind>(UNIT_KIND_LABELS, {
  'Cơ quan Đảng': 'party_gov',
  'Cơ quan chính quyền': 'party_gov',
  'Cơ quan': 'party_gov',
  'Đoàn thể chính trị - xã hội': 'mass_org',
  'Tổ chức chính trị - xã hội': 'mass_org',
  'Sự nghiệp': 'public_service',
  Trường: 'school',
  'Y tế': 'health_station',
  TDP: 'residential_group',
  'Khu dân cư': 'residential_group',
  'Công ty': 'enterprise',
  'Hợp tác xã': 'enterprise',
});

const unknownKind = (t: string) =>
  `Loại đơn vị "${t}" không có trong danh mục: ${Object.values(UNIT_KIND_LABELS).join('; ')}.`;

/** Reads one row of a units list into unit form values (the parent may wait for the rest of the file). */
export function readUnitRow(row: DataRow, header: HeaderInfo, units: UnitLookup): UnitRow {
  const notes = new RowNotes();
  const name = readName(
    row.get('name'),
    { noun: NAME_NOUN.units, label: 'Tên đơn vị', schemaField: 'name' },
    notes,
  );
  const kind = readChoice(row.get('unitKind'), KINDS, unknownKind, notes, 'kind');
  show(
    header,
    notes,
    'unitKind',
    kind === null ? normalizeText(cellText(shownValue(row.get('unitKind')))) : UNIT_KIND_LABELS[kind],
  );

  const parentText = readText(row.get('parent'), 'Đơn vị cấp trên', notes);
  let parentId: number | null = null;
  let pendingParent: string | null = null;
  if (parentText !== null) {
    const found = units(parentText);
    if (found.kind === 'found') parentId = found.id;
    else if (found.kind === 'missing') pendingParent = normalizeText(parentText);
    else notes.problem(ambiguousUnitProblem(found.names, parentText), 'parentId');
    show(header, notes, 'parent', found.kind === 'found' ? found.name : normalizeText(parentText));
  }

  const shortName = readText(row.get('shortName'), 'Tên viết tắt', notes);
  const contactPerson = readText(row.get('contactPerson'), 'Người liên hệ', notes);
  const phone = readDigits(row.get('phone'), 'Số điện thoại', { from: [9], to: 10 }, notes);
  const address = readText(row.get('address'), 'Địa chỉ', notes);
  const note = readText(row.get('note'), 'Ghi chú', notes);
  for (const [field, value] of [
    ['shortName', shortName],
    ['contactPerson', contactPerson],
    ['phone', phone],
    ['address', address],
    ['note', note],
  ] as const) {
    show(header, notes, field, value === null ? null : normalizeText(value));
  }

  const values = validate(
    unitInputSchema,
    {
      name,
      shortName: shortName ?? '',
      kind,
      parentId,
      contactPerson: contactPerson ?? '',
      phone: phone ?? '',
      address: address ?? '',
      activeFrom: null,
      note: note ?? '',
      clusterIds: [],
    },
    notes,
  );
  const label = normalizeText(name || labelText(row.get('name')));
  show(header, notes, 'name', label);
  return {
    rowNumber: row.rowNumber,
    label,
    notes,
    values,
    facts: { name: label },
    noteLine: null,
    pendingParent,
  };
}
