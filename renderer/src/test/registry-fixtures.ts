import type { Household, HouseholdRow } from '../../../shared/schemas/registry/households';
import type { Page, Person, PersonRow } from '../../../shared/schemas/registry/people';
import type { Cluster, Unit, UnitRow } from '../../../shared/schemas/registry/units';

/** A unit as `units.list` returns it, with quiet defaults. */
export function unitRowOf(fields: Partial<UnitRow> & Pick<UnitRow, 'id' | 'name'>): UnitRow {
  return {
    shortName: null,
    kind: 'other',
    parentId: null,
    activeFrom: null,
    activeTo: null,
    active: true,
    clusters: [],
    peopleCount: 0,
    childCount: 0,
    deletedAt: null,
    ...fields,
  };
}

export const UNITS: UnitRow[] = [
  unitRowOf({ id: 1, name: 'Ủy ban nhân dân phường', kind: 'party_gov' }),
  unitRowOf({ id: 2, name: 'Trường Tiểu học Lê Chân', kind: 'school' }),
  unitRowOf({ id: 3, name: 'Tổ dân phố số 5', kind: 'residential_group' }),
  unitRowOf({ id: 4, name: 'Tổ dân phố số 7', kind: 'residential_group' }),
];

/** The full unit for `units.get`, built on a row. */
export function unitOf(row: UnitRow, fields: Partial<Unit> = {}): Unit {
  return {
    ...row,
    contactPerson: null,
    phone: null,
    address: null,
    note: null,
    parent: null,
    successor: null,
    children: [],
    householdCount: 0,
    awardCount: 0,
    createdAt: '2026-01-05T08:00:00.000Z',
    updatedAt: '2026-01-05T08:00:00.000Z',
    ...fields,
  };
}

export const CLUSTER_1: Cluster = {
  id: 11,
  name: 'Cụm thi đua số 1',
  kind: 'cluster',
  note: null,
  units: [],
};
export const BLOCK_SCHOOLS: Cluster = {
  id: 12,
  name: 'Khối trường học',
  kind: 'block',
  note: null,
  units: [],
};

export const UBND = unitRowOf({
  id: 2,
  name: 'Ủy ban nhân dân phường',
  kind: 'party_gov',
  childCount: 2,
  peopleCount: 35,
});
export const DANG_UY = unitRowOf({ id: 1, name: 'Đảng ủy phường', kind: 'party_gov', peopleCount: 12 });
export const TRAM_Y_TE = unitRowOf({
  id: 4,
  name: 'Trạm y tế phường',
  kind: 'health_station',
  parentId: 2,
  peopleCount: 9,
});
export const MAM_NON = unitRowOf({
  id: 3,
  name: 'Trường Mầm non Hoa Sen',
  shortName: 'MN Hoa Sen',
  kind: 'school',
  parentId: 2,
  clusters: [{ id: 12, name: 'Khối trường học' }],
  peopleCount: 1234,
});
export const HOI_CCB = unitRowOf({
  id: 5,
  name: 'Hội Cựu chiến binh phường',
  kind: 'mass_org',
  active: false,
  activeTo: '2025-06-30',
});

/** As the server might return them: in its own order, which the table keeps. */
export const SERVER_ORDER: UnitRow[] = [UBND, DANG_UY, TRAM_Y_TE, MAM_NON, HOI_CCB];

export function personRowOf(fields: Partial<PersonRow> & Pick<PersonRow, 'id' | 'fullName'>): PersonRow {
  return {
    gender: null,
    birthDate: null,
    birthYear: null,
    unitId: null,
    unitName: null,
    position: null,
    staffCategory: null,
    active: true,
    deletedAt: null,
    ...fields,
  };
}

export function personOf(row: PersonRow, fields: Partial<Person> = {}): Person {
  return {
    ...row,
    identityNumber: null,
    phone: null,
    address: null,
    note: null,
    createdAt: '2026-03-02T01:30:00.000Z',
    updatedAt: '2026-03-02T01:30:00.000Z',
    ...fields,
  };
}

export const ANH = personOf(
  personRowOf({
    id: 42,
    fullName: 'Nguyễn Thị Ngọc Ánh',
    gender: 'female',
    birthDate: '1985-07-05',
    birthYear: 1985,
    unitId: 2,
    unitName: 'Trường Tiểu học Lê Chân',
    position: 'Giáo viên',
    staffCategory: 'civil_servant',
  }),
  { phone: '0912 345 678', identityNumber: '031185001234' },
);

/** `n` people named by their index, for list windows. */
export function peopleWindow(offset: number, count: number): PersonRow[] {
  return Array.from({ length: count }, (_, i) =>
    personRowOf({ id: offset + i + 1, fullName: `Người số ${offset + i + 1}`, birthYear: 1980 }),
  );
}

export function pageOf<T>(rows: T[], total = rows.length, offset = 0): Page<T> {
  return { total, offset, rows };
}

/** A first window of people, each named by its place unless the test says otherwise. */
export function peoplePage(rows: Partial<PersonRow>[], total = rows.length): Page<PersonRow> {
  return pageOf(
    rows.map((r, i) => personRowOf({ id: 100 + i, fullName: `Người ${i}`, ...r })),
    total,
  );
}

export function householdRowOf(
  fields: Partial<HouseholdRow> & Pick<HouseholdRow, 'id' | 'headName'>,
): HouseholdRow {
  return {
    headGender: null,
    address: null,
    residentialGroupUnitId: null,
    residentialGroupName: null,
    memberCount: null,
    deletedAt: null,
    ...fields,
  };
}

export function householdOf(row: HouseholdRow, fields: Partial<Household> = {}): Household {
  return {
    ...row,
    phone: null,
    note: null,
    createdAt: '2026-03-02T01:30:00.000Z',
    updatedAt: '2026-03-02T01:30:00.000Z',
    ...fields,
  };
}

export const HO_BINH = householdOf(
  householdRowOf({
    id: 7,
    headName: 'Trần Văn Bình',
    address: 'Số 12 ngõ 34 Lê Chân',
    residentialGroupUnitId: 3,
    residentialGroupName: 'Tổ dân phố số 5',
    memberCount: 4,
  }),
);

/** A promise and the function that settles it, to hold an answer back. */
export function deferred<T>() {
  let resolve!: (value: T) => void;
  const promise = new Promise<T>((r) => (resolve = r));
  return { promise, resolve };
}
