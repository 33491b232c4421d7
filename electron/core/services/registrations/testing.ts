import { householdInput, personInput, TEST_NOW, unitInput, type TestCore } from '../../testing/core';

/**
 * A movement row written with SQL, so these tests depend on the table only (the movements service
 * is built and tested on its own). `unitIds` take part in it.
 */
export function insertMovement(
  t: TestCore,
  name: string,
  more: { from?: number; to?: number; status?: string; unitIds?: number[] } = {},
): number {
  const { db } = t.core.services;
  const info = db
    .prepare(
      `INSERT INTO movements (name, kind, period_from_year, period_to_year, status, created_at, updated_at)
       VALUES (?, 'regular', ?, ?, ?, ?, ?)`,
    )
    .run(name, more.from ?? 2026, more.to ?? 2026, more.status ?? 'launched', TEST_NOW, TEST_NOW);
  const id = Number(info.lastInsertRowid);
  for (const unitId of more.unitIds ?? [])
    db.prepare('INSERT INTO movement_units (movement_id, unit_id, created_at) VALUES (?, ?, ?)').run(
      id,
      unitId,
      TEST_NOW,
    );
  return id;
}

export function setMovementStatus(t: TestCore, id: number, status: string): void {
  t.core.services.db.prepare('UPDATE movements SET status = ? WHERE id = ?').run(status, id);
}

/** Three units (two in "Cụm 1"), a person, a household, and the ids of the default titles. */
export async function registrationFixture(t: TestCore) {
  const school = await t.call('units.create', unitInput('Trường THCS Lê Chân', { kind: 'school' }));
  const clinic = await t.call('units.create', unitInput('Trạm y tế phường', { kind: 'health_station' }));
  const group = await t.call('units.create', unitInput('Tổ dân phố số 3', { kind: 'residential_group' }));
  const cluster = await t.call('clusters.create', { name: 'Cụm 1', kind: 'cluster', note: '' });
  await t.call('clusters.setMembers', { id: cluster.id, unitIds: [school.id, clinic.id] });
  const an = await t.call('people.create', personInput('Nguyễn Văn An', { unitId: school.id }));
  const household = await t.call('households.create', householdInput('Lê Văn Cường'));
  const catalogue = await t.call('catalogue.list', {});
  const code = (c: string) => catalogue.find((e) => e.code === c)!.id;
  return {
    school,
    clinic,
    group,
    cluster,
    an,
    household,
    ldtt: code('lao_dong_tien_tien'),
    cstd: code('chien_si_thi_dua_co_so'),
    ttldtt: code('tap_the_lao_dong_tien_tien'),
    gdvh: code('gia_dinh_van_hoa'),
    giayKhen: code('giay_khen_chu_tich_phuong'),
  };
}

/** A registration form for a unit, for the year only, aiming for Tập thể lao động tiên tiến. */
export const unitRegistration = (
  unitId: number,
  titleId: number,
  more: { movementId?: number | null; year?: number; commitments?: string } = {},
) => ({
  movementId: more.movementId ?? null,
  year: more.year ?? 2026,
  registrant: { kind: 'collective' as const, id: unitId },
  titles: [titleId],
  commitments: more.commitments ?? '',
});
