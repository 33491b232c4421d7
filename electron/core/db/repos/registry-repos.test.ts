import { describe, expect, it } from 'vitest';
import { openMemoryDatabase } from '../connection';
import { migrate } from '../migrate';
import { MIGRATIONS } from '../migrations';
import { findUnitsByFoldedName, insertUnit, isInUnitSubtree, updateUnit } from './units';
import { findPeopleByFoldedName, insertPerson, updatePerson } from './people';
import { explainPeoplePage, listPeoplePage, type PeopleFilter } from './people-list';
import { findHouseholdsByFoldedName, insertHousehold } from './households';
import { insertCluster, listMemberships, setClusterMembers } from './clusters';
import { personInputSchema, type PersonInput } from '../../../../shared/schemas/registry/people';
import { unitInputSchema, type UnitInput } from '../../../../shared/schemas/registry/units';
import { householdInputSchema } from '../../../../shared/schemas/registry/households';
import { householdInput, personInput, unitInput } from '../../testing/core';
import { foldForSearch } from '../../../../shared/rules/search';

const AT = '2026-11-26T09:00:00.000Z';

function setup() {
  const db = openMemoryDatabase();
  migrate(db, MIGRATIONS);
  return db;
}
// The same empty forms the service tests use, parsed as the router would before the repos see them.
const unit = (name: string, more: Partial<UnitInput> = {}) => unitInputSchema.parse(unitInput(name, more));
const person = (fullName: string, more: Partial<PersonInput> = {}) =>
  personInputSchema.parse(personInput(fullName, more));
const household = (headName: string, address: string) =>
  householdInputSchema.parse(householdInput(headName, { address }));
const DEFAULT: PeopleFilter = {
  query: '',
  unitId: null,
  staffCategory: null,
  gender: null,
  status: 'active',
  trashed: false,
};

describe('registry repos used by imports and the seed generator', () => {
  it('keeps search_text and sort_key in step with the name on insert and update', () => {
    const db = setup();
    const id = insertPerson(db, person('Nguyễn Thị Ánh'), AT);
    const row = () =>
      db.prepare('SELECT search_text, sort_key FROM people WHERE id = ?').get(id) as {
        search_text: string;
        sort_key: string;
      };
    expect(row().search_text).toBe('nguyen thi anh');
    updatePerson(db, id, person('Đặng Văn Đức'), AT);
    expect(row().search_text).toBe('dang van duc');
    expect(listPeoplePage(db, { ...DEFAULT, query: 'dang duc' }, 0, 10).rows.map((r) => r.id)).toEqual([id]);
    expect(listPeoplePage(db, { ...DEFAULT, query: 'anh' }, 0, 10).total).toBe(0);
  });

  it('finds people, units and households by exact folded name, leaving out the trash', () => {
    const db = setup();
    const u = insertUnit(db, unit('Trường THCS Lê Chân', { shortName: 'THCS LC' }), AT);
    const p = insertPerson(db, person('Trần Thị Mai', { birthYear: 1980, unitId: u }), AT);
    const gone = insertPerson(db, person('Trần Thị Mai'), AT);
    db.prepare('UPDATE people SET deleted_at = ? WHERE id = ?').run(AT, gone);
    insertPerson(db, person('Trần Thị Mai Anh'), AT);
    expect(findPeopleByFoldedName(db, foldForSearch('TRAN THI MAI'))).toEqual([
      {
        id: p,
        fullName: 'Trần Thị Mai',
        birthYear: 1980,
        unitId: u,
        unitName: 'Trường THCS Lê Chân',
        identityNumber: null,
      },
    ]);
    // Narrowed by birth year and unit: a namesake whose known year differs is left out.
    expect(findPeopleByFoldedName(db, 'tran thi mai', { birthYear: 1981 })).toEqual([]);
    expect(findPeopleByFoldedName(db, 'tran thi mai', { birthYear: 1980, unitId: u })).toHaveLength(1);
    expect(findPeopleByFoldedName(db, 'tran thi mai', { unitId: u + 1 })).toEqual([]);
    expect(findUnitsByFoldedName(db, 'truong thcs le chan')).toEqual([
      { id: u, name: 'Trường THCS Lê Chân' },
    ]);
    expect(findUnitsByFoldedName(db, 'thcs lc')).toEqual([{ id: u, name: 'Trường THCS Lê Chân' }]);
    expect(findUnitsByFoldedName(db, 'truong thcs')).toEqual([]);

    const h = insertHousehold(db, household('Lê Văn Ba', 'Số 3 Lê Lợi'), AT);
    insertHousehold(db, household('Lê Văn', 'Ba Đình'), AT); // its search_text also starts "le van ba"
    insertHousehold(db, household('Lê Văn Ba Anh', ''), AT);
    expect(findHouseholdsByFoldedName(db, 'le van ba')).toEqual([
      { id: h, headName: 'Lê Văn Ba', address: 'Số 3 Lê Lợi', residentialGroupUnitId: null },
    ]);
  });

  it('writes cluster memberships from either side and knows a unit subtree', () => {
    const db = setup();
    const c = insertCluster(db, { name: 'Cụm 1', kind: 'cluster', note: null }, AT);
    const a = insertUnit(db, unit('A', { clusterIds: [c] }), AT);
    const b = insertUnit(db, unit('B', { parentId: a }), AT);
    const leaf = insertUnit(db, unit('C', { parentId: b }), AT);
    setClusterMembers(db, c, [a, b], AT);
    expect(
      listMemberships(db, { clusterId: c })
        .map((m) => m.unitId)
        .sort(),
    ).toEqual([a, b]);
    updateUnit(db, a, unit('A', { clusterIds: [] }), AT);
    expect(listMemberships(db, { clusterId: c }).map((m) => m.unitId)).toEqual([b]);
    expect(isInUnitSubtree(db, a, leaf)).toBe(true);
    expect(isInUnitSubtree(db, b, a)).toBe(false);
    expect(isInUnitSubtree(db, a, a)).toBe(true);
  });
});

describe('people list query plans', () => {
  // With 100,000 people a sort of the whole list on every page would cost tens of milliseconds.
  it('pages the unfiltered list in index order, without sorting it', () => {
    const db = setup();
    for (const n of ['Nguyễn Văn An', 'Trần Thị Bình', 'Lê Văn Cường']) insertPerson(db, person(n), AT);
    const plan = explainPeoplePage(db, DEFAULT).join('\n');
    expect(plan).toMatch(/USING (COVERING )?INDEX people_listed/);
    expect(plan).not.toContain('TEMP B-TREE');
    const all = explainPeoplePage(db, { ...DEFAULT, status: 'all' }).join('\n');
    expect(all).toMatch(/INDEX people_sort_key/);
    expect(all).not.toContain('TEMP B-TREE');
  });

  it('walks the same index for a search, probing the FTS matches instead of sorting them', () => {
    const db = setup();
    const plan = explainPeoplePage(db, { ...DEFAULT, query: 'ng th' }).join('\n');
    expect(plan).toMatch(/INDEX people_listed/);
    expect(plan).toContain('people_fts');
    expect(plan).not.toContain('TEMP B-TREE');
  });

  it('reads one unit’s people through the unit index and the trash through its own', () => {
    const db = setup();
    expect(explainPeoplePage(db, { ...DEFAULT, unitId: 1 }).join('\n')).toMatch(/INDEX people_unit_listed/);
    expect(explainPeoplePage(db, { ...DEFAULT, trashed: true }).join('\n')).toMatch(/INDEX people_trashed/);
  });

  it('counts a search the same way whichever strategy it takes', () => {
    const db = setup();
    const ids = [
      'Nguyễn Thị Hoa',
      'Nguyễn Thanh Tùng',
      'Nguyễn Văn Thắng',
      'Ngô Thị Nga',
      'Trần Thị Thu',
    ].map((n) => insertPerson(db, person(n, { gender: n.includes('Thị') ? 'female' : 'male' }), AT));
    db.prepare('UPDATE people SET active = 0 WHERE id = ?').run(ids[1]);
    db.prepare('UPDATE people SET deleted_at = ? WHERE id = ?').run(AT, ids[3]);
    const total = (f: Partial<PeopleFilter>) => listPeoplePage(db, { ...DEFAULT, ...f }, 0, 100);
    expect(total({ query: 'ng th' })).toMatchObject({ total: 2 });
    expect(total({ query: 'ng th', status: 'all' }).total).toBe(3);
    expect(total({ query: 'ng th', status: 'inactive' }).total).toBe(1);
    expect(total({ query: 'ng th', gender: 'female' }).total).toBe(1);
    expect(total({ query: 'ng th', trashed: true }).total).toBe(1);
    expect(total({ query: 'th' }).rows.map((r) => r.fullName)).toEqual([
      'Nguyễn Thị Hoa',
      'Nguyễn Văn Thắng',
      'Trần Thị Thu',
    ]);
  });
});
