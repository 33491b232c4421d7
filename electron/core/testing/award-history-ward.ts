import { householdInput, personInput, unitInput, type TestCore } from './core';
import { catalogueIdOf, insertFixtureDecision } from './award-history-fixtures';

/**
 * A school with a sub-unit, the ward office, a tổ dân phố; three people, one household; signed,
 * cancelled, draft and trashed decisions over 2024-2025.
 */
export async function awardFixtureWard(t: TestCore) {
  const db = t.core.services.db;
  const school = await t.call('units.create', unitInput('Trường THCS Lê Chân', { kind: 'school' }));
  const team = await t.call('units.create', unitInput('Tổ Toán', { parentId: school.id }));
  const office = await t.call('units.create', unitInput('UBND phường', { kind: 'party_gov' }));
  const group = await t.call('units.create', unitInput('Tổ dân phố số 1', { kind: 'residential_group' }));
  const an = await t.call('people.create', personInput('Nguyễn Văn An', { unitId: school.id }));
  const binh = await t.call('people.create', personInput('Trần Thị Bình', { unitId: team.id }));
  const cuong = await t.call('people.create', personInput('Lê Văn Cường', { unitId: office.id }));
  const dung = await t.call(
    'households.create',
    householdInput('Đặng Văn Dũng', { residentialGroupUnitId: group.id }),
  );
  const c = {
    ldtt: catalogueIdOf(db, 'lao_dong_tien_tien'),
    cstd: catalogueIdOf(db, 'chien_si_thi_dua_co_so'),
    gk: catalogueIdOf(db, 'giay_khen_chu_tich_phuong'),
    gdvh: catalogueIdOf(db, 'gia_dinh_van_hoa'),
  };
  const ldtt = insertFixtureDecision(db, { status: 'signed', date: '2025-12-20', number: 40 }, [
    {
      kind: 'individual',
      id: an.id,
      name: an.fullName,
      catalogueId: c.ldtt,
      staffCategory: 'civil_servant',
      amount: 710_000,
      register: [2025, 4],
    },
    {
      kind: 'individual',
      id: binh.id,
      name: binh.fullName,
      catalogueId: c.ldtt,
      staffCategory: 'direct_worker',
      amount: 710_000,
      register: [2025, 5],
    },
    {
      kind: 'individual',
      id: cuong.id,
      name: cuong.fullName,
      catalogueId: c.ldtt,
      staffCategory: 'ward_leader',
      amount: 710_000,
      register: [2025, 6],
    },
  ]);
  // Entered out of section order: the list prints collectives, then individuals, then households.
  const gk = insertFixtureDecision(
    db,
    { status: 'signed', date: '2025-06-05', number: 12, defaultAchievement: 'Hoàn thành xuất sắc nhiệm vụ' },
    [
      {
        kind: 'individual',
        id: an.id,
        name: an.fullName,
        catalogueId: c.gk,
        amount: 710_000,
        register: [2025, 2],
        achievement: 'Giỏi toán',
      },
      {
        kind: 'household',
        id: dung.id,
        name: dung.headName,
        catalogueId: c.gk,
        amount: 1_060_000,
        register: [2025, 3],
      },
      {
        kind: 'collective',
        id: team.id,
        name: 'Tổ Toán',
        catalogueId: c.gk,
        amount: 1_410_000,
        register: [2025, 1],
      },
    ],
  );
  const gdvh = insertFixtureDecision(db, { status: 'signed', date: '2025-12-20', number: 41 }, [
    { kind: 'household', id: dung.id, name: dung.headName, catalogueId: c.gdvh, register: [2025, 7] },
  ]);
  const cancelled = insertFixtureDecision(db, { status: 'cancelled', date: '2025-08-01', number: 20 }, [
    { kind: 'individual', id: an.id, name: an.fullName, catalogueId: c.gk, amount: 710_000 },
  ]);
  insertFixtureDecision(db, { status: 'draft', year: 2025 }, [
    { kind: 'individual', id: an.id, name: an.fullName, catalogueId: c.gk },
  ]);
  insertFixtureDecision(db, { status: 'draft', year: 2025, deleted: true }, [
    { kind: 'individual', id: an.id, name: an.fullName, catalogueId: c.gk },
  ]);
  const cstd = insertFixtureDecision(db, { status: 'signed', date: '2024-12-15', number: 30 }, [
    {
      kind: 'individual',
      id: an.id,
      name: an.fullName,
      catalogueId: c.cstd,
      amount: 2_340_000,
      register: [2024, 1],
    },
  ]);
  return {
    db,
    school,
    team,
    office,
    group,
    an,
    binh,
    cuong,
    dung,
    c,
    ids: { ldtt, gk, gdvh, cancelled, cstd },
  };
}
