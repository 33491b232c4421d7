import { householdInput, personInput, unitInput, type TestCore } from '../../../testing/core';
import {
  catalogueIdOf,
  insertFixtureDecision,
  type FixtureDecision,
  type FixtureLine,
} from '../../../testing/award-history-fixtures';
import { movementInput } from '../../../services/movements/testing';
import { exemplarInput } from '../../../services/exemplars/testing';
import type { MovementInput } from '../../../../../shared/schemas/movements';
import type { MovementStatus } from '../../../../../shared/domain/movements';
import type { DecisionMethod } from '../../../../../shared/domain/decisions';
import type { StaffCategory } from '../../../../../shared/domain/registry';

const AT = '2026-11-26T09:00:00.000Z';

/**
 * One small ward for the statistics tests (clock 26/11/2026, unit report deadline 10/12). Every
 * row says what it is there for; the expected tables in the tests are counted from these comments.
 *
 * Units: U1 school, U2 health station, U3 tổ dân phố, U4 enterprise (only in a draft and a trashed
 * movement: never expected), U5 mass organisation active from 01/03/2026 (not expected in 2025).
 * People (category today; the lines carry their own snapshot): P1 An ward leader, P2 Bình direct
 * worker, P3 Cường civil servant, P4 Dung direct worker, P5 Em department leader. Households H1, H2.
 *
 * Movements (kind, period, duration bucket, status, participants):
 *   M1 regular 2026, y1, launched, U1 U2 U3
 *   M2 regular 2026-2030, ge5, in progress, U1
 *   M3 periodic 01/03-31/05/2026, lt1, launched, U5
 *   M4 thematic 2025-2026, y1to3, launched, U1 U2 U5
 *   M5 thematic 01/01-31/12/2025, y1, closed, U3
 *   M6 regular 2026 draft, U4 — not counted
 *   M7 periodic 2026 launched then trashed, U4 — not counted
 *   M8 regular 2024 launched, U1 — outside 2025-2026
 *
 * Decisions of 2026 (method; lines: recipient, snapshot category, money):
 *   D1 05/QĐ-UBND 05/07 regular, Lao động tiên tiến: An ward_leader 760,000; Bình direct_worker
 *      760,000; Cường civil_servant 760,000; Dung direct_worker unpaid 0; Em no category 760,000
 *   D2 08/QĐ-UBND 20/08 regular, Chiến sĩ thi đua cơ sở: Bình direct_worker 2,530,000; Em
 *      dept_leader 2,530,000
 *   D3 12/QĐ-UBND 02/09 thematic, Giấy khen: U1 1,520,000; H1 1,140,000; Dung direct_worker 760,000
 *   D4 15/QĐ-UBND 10/10 ad hoc, custom "Gương người tốt, việc tốt" (form, rank 0, retired after):
 *      Cường citizen 0; H2 0
 *   D5 20/QĐ-UBND 20/11 regular, Gia đình văn hóa: H1 0; H2 0
 *   D6 25/QĐ-UBND 15/12 regular, Tập thể lao động tiên tiến: U2 2,030,000; U3 2,030,000
 *   D7 cancelled 03/QĐ-UBND 01/06 (An 760,000), D8 draft (Bình), D9 trashed draft (Cường): not counted
 * Decisions of 2025:
 *   E1 40/QĐ-UBND 20/12 regular, Lao động tiên tiến: An ward_leader 710,000; Bình direct_worker
 *      710,000; Dung direct_worker 710,000
 *   E2 12/QĐ-UBND 05/06 thematic, Giấy khen: U1 1,410,000; Cường civil_servant 710,000
 *   E3 cancelled 20/QĐ-UBND 01/08 (An 710,000): not counted
 *   E4 02/QĐ-UBND 03/03 ad hoc, signed without lines
 * The shipped "Tổ dân phố văn hóa" is retired without lines: no row.
 *
 * Exemplary models (field as typed; stage moves):
 *   X1 Bình "Giáo dục": discovered 10/03/2025, nurtured 01/09/2025, summarized 15/02/2026
 *   X2 U3 "giáo dục": discovered 01/04/2026
 *   X3 H1 "Kinh tế": discovered 05/01/2026, nurtured 01/03, summarized 01/06, replicated 09/09/2026
 *   X4 Cường no field: discovered 05/05/2026, nurtured 06/06/2026, back to discovered 07/07/2026
 *   X5 Dung "Y tế": discovered 02/02/2026, then trashed — not counted
 *   X6 An "Giáo dục": discovered 05/05/2024, nurtured 01/06/2024 — outside 2025-2026
 *
 * Unit reports: 2026 U1 20/11 and U5 25/11 (on time), U2 U3 none (pending), U4 01/11 (not expected);
 * 2025 U1 10/12 (on time, the deadline day), U2 11/12 (late), U3 a row without a received date.
 */
export async function statisticsWard(t: TestCore) {
  const db = t.core.services.db;
  const unit = async (name: string, more: Parameters<typeof unitInput>[1] = {}) =>
    (await t.call('units.create', unitInput(name, more))).id;
  const u1 = await unit('Trường THCS Lê Chân', { kind: 'school' });
  const u2 = await unit('Trạm y tế phường', { kind: 'health_station' });
  const u3 = await unit('Tổ dân phố số 1', { kind: 'residential_group' });
  const u4 = await unit('Công ty May Hải Phòng', { kind: 'enterprise' });
  const u5 = await unit('Hội Liên hiệp Phụ nữ phường', { kind: 'mass_org', activeFrom: '2026-03-01' });

  const person = async (name: string, staffCategory: StaffCategory) =>
    (await t.call('people.create', personInput(name, { unitId: u1, staffCategory }))).id;
  const an = await person('Nguyễn Văn An', 'ward_leader');
  const binh = await person('Trần Thị Bình', 'direct_worker');
  const cuong = await person('Lê Văn Cường', 'civil_servant');
  const dung = await person('Phạm Thị Dung', 'direct_worker');
  const em = await person('Hoàng Văn Em', 'dept_leader');
  const h1 = (
    await t.call('households.create', householdInput('Đặng Văn Dũng', { residentialGroupUnitId: u3 }))
  ).id;
  const h2 = (await t.call('households.create', householdInput('Vũ Thị Hoa', { residentialGroupUnitId: u3 })))
    .id;

  const movement = async (
    name: string,
    statuses: MovementStatus[],
    unitIds: number[],
    more: Partial<MovementInput>,
  ) => {
    const m = await t.call(
      'movements.create',
      movementInput(name, { participants: { mode: 'picked', clusterId: null, unitIds }, ...more }),
    );
    for (const status of statuses) await t.call('movements.setStatus', { id: m.id, status });
    return m.id;
  };
  const m = {
    m1: await movement('Thi đua yêu nước năm 2026', ['launched'], [u1, u2, u3], {}),
    m2: await movement('Chuyển đổi số 2026-2030', ['launched', 'in_progress'], [u1], { periodToYear: 2030 }),
    m3: await movement('Ra quân làm sạch đường phố', ['launched'], [u5], {
      kind: 'periodic',
      startsOn: '2026-03-01',
      endsOn: '2026-05-31',
    }),
    m4: await movement('Chung tay vì người nghèo', ['launched'], [u1, u2, u5], {
      kind: 'thematic',
      periodFromYear: 2025,
    }),
    m5: await movement('Dân vận khéo 2025', ['launched', 'closed'], [u3], {
      kind: 'thematic',
      periodFromYear: 2025,
      periodToYear: 2025,
      startsOn: '2025-01-01',
      endsOn: '2025-12-31',
    }),
    m6: await movement('Phong trào dự thảo', [], [u4], {}),
    m7: await movement('Phong trào đã xóa', ['launched'], [u4], { kind: 'periodic' }),
    m8: await movement('Thi đua năm 2024', ['launched'], [u1], { periodFromYear: 2024, periodToYear: 2024 }),
  };
  await t.call('movements.delete', { id: m.m7 });

  const c = {
    ldtt: catalogueIdOf(db, 'lao_dong_tien_tien'),
    cstd: catalogueIdOf(db, 'chien_si_thi_dua_co_so'),
    ttldtt: catalogueIdOf(db, 'tap_the_lao_dong_tien_tien'),
    gdvh: catalogueIdOf(db, 'gia_dinh_van_hoa'),
    gk: catalogueIdOf(db, 'giay_khen_chu_tich_phuong'),
    custom: Number(
      db
        .prepare(
          `INSERT INTO award_catalogue (name, kind, level, allows_individual, allows_household, rank, created_at, updated_at)
           VALUES ('Gương người tốt, việc tốt', 'form', 'ward', 1, 1, 0, ?, ?)`,
        )
        .run(AT, AT).lastInsertRowid,
    ),
  };

  const decision = (
    method: DecisionMethod,
    d: FixtureDecision,
    lines: FixtureLine[],
    unpaid: number[] = [],
  ) => {
    const id = insertFixtureDecision(db, d, lines);
    db.prepare('UPDATE decisions SET method = ? WHERE id = ?').run(method, id);
    for (const position of unpaid)
      db.prepare('UPDATE awards SET paid = 0 WHERE decision_id = ? AND position = ?').run(id, position);
    return id;
  };
  const ind = (
    id: number,
    name: string,
    catalogueId: number,
    amount: number,
    staffCategory?: FixtureLine['staffCategory'],
  ) =>
    ({
      kind: 'individual',
      id,
      name,
      catalogueId,
      amount,
      ...(staffCategory ? { staffCategory } : {}),
    }) as FixtureLine;
  const col = (id: number, name: string, catalogueId: number, amount: number): FixtureLine => ({
    kind: 'collective',
    id,
    name,
    catalogueId,
    amount,
  });
  const hh = (id: number, name: string, catalogueId: number, amount: number): FixtureLine => ({
    kind: 'household',
    id,
    name,
    catalogueId,
    amount,
  });

  const d = {
    d1: decision(
      'regular',
      { status: 'signed', date: '2026-07-05', number: 5 },
      [
        ind(an, 'Nguyễn Văn An', c.ldtt, 760_000, 'ward_leader'),
        ind(binh, 'Trần Thị Bình', c.ldtt, 760_000, 'direct_worker'),
        ind(cuong, 'Lê Văn Cường', c.ldtt, 760_000, 'civil_servant'),
        ind(dung, 'Phạm Thị Dung', c.ldtt, 0, 'direct_worker'),
        ind(em, 'Hoàng Văn Em', c.ldtt, 760_000),
      ],
      [3],
    ),
    d2: decision('regular', { status: 'signed', date: '2026-08-20', number: 8 }, [
      ind(binh, 'Trần Thị Bình', c.cstd, 2_530_000, 'direct_worker'),
      ind(em, 'Hoàng Văn Em', c.cstd, 2_530_000, 'dept_leader'),
    ]),
    d3: decision('thematic', { status: 'signed', date: '2026-09-02', number: 12 }, [
      col(u1, 'Trường THCS Lê Chân', c.gk, 1_520_000),
      hh(h1, 'Đặng Văn Dũng', c.gk, 1_140_000),
      ind(dung, 'Phạm Thị Dung', c.gk, 760_000, 'direct_worker'),
    ]),
    d4: decision('ad_hoc', { status: 'signed', date: '2026-10-10', number: 15 }, [
      ind(cuong, 'Lê Văn Cường', c.custom, 0, 'citizen'),
      hh(h2, 'Vũ Thị Hoa', c.custom, 0),
    ]),
    d5: decision('regular', { status: 'signed', date: '2026-11-20', number: 20 }, [
      hh(h1, 'Đặng Văn Dũng', c.gdvh, 0),
      hh(h2, 'Vũ Thị Hoa', c.gdvh, 0),
    ]),
    d6: decision('regular', { status: 'signed', date: '2026-12-15', number: 25 }, [
      col(u2, 'Trạm y tế phường', c.ttldtt, 2_030_000),
      col(u3, 'Tổ dân phố số 1', c.ttldtt, 2_030_000),
    ]),
    d7: decision('regular', { status: 'cancelled', date: '2026-06-01', number: 3 }, [
      ind(an, 'Nguyễn Văn An', c.ldtt, 760_000, 'ward_leader'),
    ]),
    d8: decision('regular', { status: 'draft', year: 2026 }, [ind(binh, 'Trần Thị Bình', c.ldtt, 760_000)]),
    d9: decision('regular', { status: 'draft', year: 2026, deleted: true }, [
      ind(cuong, 'Lê Văn Cường', c.ldtt, 0),
    ]),
    e1: decision('regular', { status: 'signed', date: '2025-12-20', number: 40 }, [
      ind(an, 'Nguyễn Văn An', c.ldtt, 710_000, 'ward_leader'),
      ind(binh, 'Trần Thị Bình', c.ldtt, 710_000, 'direct_worker'),
      ind(dung, 'Phạm Thị Dung', c.ldtt, 710_000, 'direct_worker'),
    ]),
    e2: decision('thematic', { status: 'signed', date: '2025-06-05', number: 12 }, [
      col(u1, 'Trường THCS Lê Chân', c.gk, 1_410_000),
      ind(cuong, 'Lê Văn Cường', c.gk, 710_000, 'civil_servant'),
    ]),
    e3: decision('regular', { status: 'cancelled', date: '2025-08-01', number: 20 }, [
      ind(an, 'Nguyễn Văn An', c.gk, 710_000, 'ward_leader'),
    ]),
    e4: decision('ad_hoc', { status: 'signed', date: '2025-03-03', number: 2, catalogueId: c.gk }, []),
  };
  db.prepare('UPDATE award_catalogue SET active = 0 WHERE id = ? OR code = ?').run(
    c.custom,
    'to_dan_pho_van_hoa',
  );

  const model = async (
    subject: { kind: 'individual' | 'collective' | 'household'; id: number },
    title: string,
    field: string,
    moves: [stage: 'discovered' | 'nurtured' | 'summarized' | 'replicated', onDate: string][],
  ) => {
    const [first, ...rest] = moves;
    const x = await t.call(
      'exemplars.create',
      exemplarInput(subject, title, { field, discoveredOn: first![1] }),
    );
    for (const [stage, onDate] of rest)
      await t.call('exemplars.moveStage', { id: x.id, stage, onDate, note: '' });
    return x.id;
  };
  const x = {
    x1: await model({ kind: 'individual', id: binh }, 'Cô giáo dạy giỏi', 'Giáo dục', [
      ['discovered', '2025-03-10'],
      ['nurtured', '2025-09-01'],
      ['summarized', '2026-02-15'],
    ]),
    x2: await model({ kind: 'collective', id: u3 }, 'Tổ dân phố xanh', 'giáo dục', [
      ['discovered', '2026-04-01'],
    ]),
    x3: await model({ kind: 'household', id: h1 }, 'Hộ kinh doanh giỏi', 'Kinh tế', [
      ['discovered', '2026-01-05'],
      ['nurtured', '2026-03-01'],
      ['summarized', '2026-06-01'],
      ['replicated', '2026-09-09'],
    ]),
    x4: await model({ kind: 'individual', id: cuong }, 'Người tốt việc tốt', '', [
      ['discovered', '2026-05-05'],
      ['nurtured', '2026-06-06'],
      ['discovered', '2026-07-07'],
    ]),
    x5: await model({ kind: 'individual', id: dung }, 'Thầy thuốc tận tâm', 'Y tế', [
      ['discovered', '2026-02-02'],
    ]),
    x6: await model({ kind: 'individual', id: an }, 'Cán bộ gương mẫu', 'Giáo dục', [
      ['discovered', '2024-05-05'],
      ['nurtured', '2024-06-01'],
    ]),
  };
  await t.call('exemplars.delete', { id: x.x5 });

  const report = (unitId: number, year: number, receivedOn: string | null) =>
    db
      .prepare(
        `INSERT INTO unit_reports (unit_id, year, received_on, on_time, created_at, updated_at)
         VALUES (?, ?, ?, ?, ?, ?)`,
      )
      .run(unitId, year, receivedOn, receivedOn === null ? null : 1, AT, AT);
  report(u1, 2026, '2026-11-20');
  report(u5, 2026, '2026-11-25');
  report(u4, 2026, '2026-11-01');
  report(u1, 2025, '2025-12-10');
  report(u2, 2025, '2025-12-11');
  report(u3, 2025, null);

  return {
    db,
    units: { u1, u2, u3, u4, u5 },
    people: { an, binh, cuong, dung, em },
    households: { h1, h2 },
    m,
    c,
    d,
    x,
  };
}
