import type { Db } from '../../../db/types';
import { personInput, unitInput, householdInput, type TestCore } from '../../../testing/core';
import { catalogueIdOf, insertFixtureDecision } from '../../../testing/award-history-fixtures';
import { CITY_PACKAGE_FORMAT } from '../../../../../shared/domain/reports';
import { STAT_TABLE_IDS, STAT_TABLE_TITLES } from '../../../../../shared/domain/statistics';

/*
 * Test data of the city package: two small wards built through the channels and raw SQL (each row
 * says what it is there for), and a hand-written JSON twin for the importer's refusals.
 */

const AT = '2026-01-01T00:00:00.000Z';

function insertMovement(
  db: Db,
  m: {
    name: string;
    kind: string;
    from: number;
    to: number;
    status: string;
    startsOn?: string;
    endsOn?: string;
  },
): number {
  return Number(
    db
      .prepare(
        `INSERT INTO movements (name, kind, period_from_year, period_to_year, starts_on, ends_on, status,
           created_at, updated_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(m.name, m.kind, m.from, m.to, m.startsOn ?? null, m.endsOn ?? null, m.status, AT, AT)
      .lastInsertRowid,
  );
}

/** Sets the ward in settings through the service (the form would also ask for the signers). */
export function renameWard(t: TestCore, wardName: string, city: string): void {
  const settings = t.core.services.settings;
  settings.update({ ...settings.get(), wardName, city });
}

/**
 * Phường Lê Chân, 2026: movements regular 1 year and thematic under a year (plus a draft, not
 * counted); a school taking part that reported on 05/12 (on time); signed decisions 05 (Giấy khen:
 * the school 1,520,000 and An, direct worker, 760,000) and 12 (LĐTT: Bình, ward leader, 760,000);
 * a cancelled decision (not counted). 3 award lines, 3,040,000 đ.
 */
export async function wardLeChan(t: TestCore): Promise<void> {
  const db = t.core.services.db;
  renameWard(t, 'Phường Lê Chân', 'Hải Phòng');
  const school = await t.call('units.create', unitInput('Trường Tiểu học Lê Chân', { kind: 'school' }));
  const an = await t.call('people.create', personInput('Nguyễn Văn An', { unitId: school.id }));
  const binh = await t.call('people.create', personInput('Trần Thị Bình'));
  const regular = insertMovement(db, {
    name: 'Thi đua yêu nước 2026',
    kind: 'regular',
    from: 2026,
    to: 2026,
    status: 'in_progress',
  });
  insertMovement(db, {
    name: 'Chung tay vì người nghèo',
    kind: 'thematic',
    from: 2026,
    to: 2026,
    startsOn: '2026-03-01',
    endsOn: '2026-08-31',
    status: 'closed',
  });
  insertMovement(db, { name: 'Dự thảo', kind: 'regular', from: 2026, to: 2026, status: 'draft' });
  db.prepare('INSERT INTO movement_units (movement_id, unit_id, created_at) VALUES (?, ?, ?)').run(
    regular,
    school.id,
    AT,
  );
  db.prepare(
    `INSERT INTO unit_reports (unit_id, year, received_on, on_time, created_at, updated_at) VALUES (?, 2026, '2026-12-05', 1, ?, ?)`,
  ).run(school.id, AT, AT);
  const gk = catalogueIdOf(db, 'giay_khen_chu_tich_phuong');
  const ldtt = catalogueIdOf(db, 'lao_dong_tien_tien');
  insertFixtureDecision(
    db,
    { status: 'signed', date: '2026-07-05', number: 5, defaultAchievement: 'Hoàn thành xuất sắc nhiệm vụ' },
    [
      {
        kind: 'individual',
        id: an.id,
        name: an.fullName,
        catalogueId: gk,
        staffCategory: 'direct_worker',
        amount: 760_000,
        register: [2026, 2],
      },
      {
        kind: 'collective',
        id: school.id,
        name: school.name,
        catalogueId: gk,
        amount: 1_520_000,
        register: [2026, 1],
      },
    ],
  );
  insertFixtureDecision(db, { status: 'signed', date: '2026-12-20', number: 12 }, [
    {
      kind: 'individual',
      id: binh.id,
      name: binh.fullName,
      catalogueId: ldtt,
      staffCategory: 'ward_leader',
      amount: 760_000,
      register: [2026, 3],
    },
  ]);
  insertFixtureDecision(db, { status: 'cancelled', date: '2026-08-01', number: 9 }, [
    { kind: 'individual', id: an.id, name: an.fullName, catalogueId: gk, amount: 760_000 },
  ]);
}

/**
 * Phường Ngô Quyền, 2026: one regular movement 2026-2030; signed decisions 03 (LĐTT: Cường, direct
 * worker, 760,000) and 08 (Giấy khen, đột xuất: the household of Đặng Văn Dũng, 1,140,000). 2 award
 * lines, 1,900,000 đ.
 */
export async function wardNgoQuyen(t: TestCore): Promise<void> {
  const db = t.core.services.db;
  renameWard(t, 'Phường Ngô Quyền', 'Hải Phòng');
  const cuong = await t.call('people.create', personInput('Lê Văn Cường'));
  const dung = await t.call('households.create', householdInput('Đặng Văn Dũng'));
  insertMovement(db, {
    name: 'Đô thị văn minh',
    kind: 'regular',
    from: 2026,
    to: 2030,
    status: 'in_progress',
  });
  const gk = catalogueIdOf(db, 'giay_khen_chu_tich_phuong');
  const ldtt = catalogueIdOf(db, 'lao_dong_tien_tien');
  insertFixtureDecision(db, { status: 'signed', date: '2026-06-10', number: 3 }, [
    {
      kind: 'individual',
      id: cuong.id,
      name: cuong.fullName,
      catalogueId: ldtt,
      staffCategory: 'direct_worker',
      amount: 760_000,
    },
  ]);
  const adHoc = insertFixtureDecision(db, { status: 'signed', date: '2026-09-01', number: 8 }, [
    {
      kind: 'household',
      id: dung.id,
      name: dung.headName,
      catalogueId: gk,
      amount: 1_140_000,
      register: [2026, 1],
    },
  ]);
  db.prepare(`UPDATE decisions SET method = 'ad_hoc' WHERE id = ?`).run(adHoc);
}

/** A small valid JSON twin written by hand (not by the app): six tables, two award lines. */
export function handPackage(): Record<string, unknown> {
  const table = (id: string) => ({
    id,
    title: STAT_TABLE_TITLES[id as keyof typeof STAT_TABLE_TITLES],
    columns: [
      { key: 'total', label: 'Tổng số', kind: 'count' },
      { key: 'part', label: 'Trong đó', kind: 'count' },
      { key: 'share', label: 'Tỷ lệ (%)', kind: 'ratio', ratio: { numerator: 'part', denominator: 'total' } },
    ],
    rows: [
      { key: 'a', label: 'Dòng A', cells: { total: 3, part: 1 } },
      { key: 'b', label: 'Dòng B', cells: { total: 2, part: 2 } },
    ],
    total: { total: 5, part: 3 },
    note: '',
  });
  return {
    format: CITY_PACKAGE_FORMAT,
    schemaVersion: 1,
    ward: { name: 'Phường Hồng Bàng', city: 'Hải Phòng' },
    year: 2026,
    generatedAt: '2026-12-10T02:00:00.000Z',
    appVersion: '0.1.0',
    tables: STAT_TABLE_IDS.map(table),
    awards: [
      {
        decisionNumber: '05/QĐ-UBND',
        decisionDate: '2026-07-05',
        method: 'regular',
        award: 'Giấy khen của Chủ tịch UBND phường',
        awardKind: 'form',
        recipientKind: 'individual',
        staffCategory: 'direct_worker',
        name: 'Phạm Văn Hải',
        positionUnit: 'Công nhân, Công ty Cảng',
        achievement: null,
        amount: 760_000,
        registerNumber: 1,
      },
      {
        decisionNumber: '05/QĐ-UBND',
        decisionDate: '2026-07-05',
        method: 'regular',
        award: 'Giấy khen của Chủ tịch UBND phường',
        awardKind: 'form',
        recipientKind: 'collective',
        staffCategory: null,
        name: 'Tổ dân phố số 3',
        positionUnit: null,
        achievement: 'Hoàn thành xuất sắc nhiệm vụ',
        amount: 1_520_000,
        registerNumber: 2,
      },
    ],
  };
}

/** An upload of a JSON value (or of raw text) as the page sends it. */
export function upload(content: unknown, fileName = 'Bao-cao-TDKT-phuong-hong-bang-2026.json') {
  const text = typeof content === 'string' ? content : JSON.stringify(content, null, 2);
  return { fileName, base64: Buffer.from(text, 'utf8').toString('base64') };
}
