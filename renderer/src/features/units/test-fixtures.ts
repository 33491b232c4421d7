import type { Cluster, Unit, UnitRow } from '../../../../shared/schemas/registry/units';
import type { Page, PersonRow } from '../../../../shared/schemas/registry/people';

/** A list row with quiet defaults; tests name only what they check. */
export function unitRow(fields: Partial<UnitRow> & Pick<UnitRow, 'id' | 'name'>): UnitRow {
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

export const UBND = unitRow({
  id: 2,
  name: 'Ủy ban nhân dân phường',
  kind: 'party_gov',
  childCount: 2,
  peopleCount: 35,
});
export const DANG_UY = unitRow({ id: 1, name: 'Đảng ủy phường', kind: 'party_gov', peopleCount: 12 });
export const TRAM_Y_TE = unitRow({
  id: 4,
  name: 'Trạm y tế phường',
  kind: 'health_station',
  parentId: 2,
  peopleCount: 9,
});
export const MAM_NON = unitRow({
  id: 3,
  name: 'Trường Mầm non Hoa Sen',
  shortName: 'MN Hoa Sen',
  kind: 'school',
  parentId: 2,
  clusters: [{ id: 12, name: 'Khối trường học' }],
  peopleCount: 1234,
});
export const HOI_CCB = unitRow({
  id: 5,
  name: 'Hội Cựu chiến binh phường',
  kind: 'mass_org',
  active: false,
  activeTo: '2025-06-30',
});

/** As the server might return them: in its own order, which the table keeps. */
export const SERVER_ORDER: UnitRow[] = [UBND, DANG_UY, TRAM_Y_TE, MAM_NON, HOI_CCB];

export function peoplePage(rows: Partial<PersonRow>[], total = rows.length): Page<PersonRow> {
  return {
    total,
    offset: 0,
    rows: rows.map((r, i) => ({
      id: 100 + i,
      fullName: `Người ${i}`,
      gender: null,
      birthDate: null,
      birthYear: null,
      unitId: null,
      unitName: null,
      position: null,
      staffCategory: null,
      active: true,
      deletedAt: null,
      ...r,
    })),
  };
}
