import { afterEach, describe, expect, it } from 'vitest';
import { openTestDb } from '../../../testing/award-fixtures';
import { catalogueIdOf, insertFixtureDecision } from '../../../testing/award-history-fixtures';
import { listPackageAwards, PACKAGE_AWARDS_SQL } from './package-awards';
import type { Db } from '../../types';

let close: (() => void) | undefined;
afterEach(() => close?.());

function setup(): Db {
  const t = openTestDb();
  close = t.close;
  const db = t.db;
  const unit = (name: string) =>
    Number(
      db
        .prepare(`INSERT INTO units (name, kind, created_at, updated_at) VALUES (?, 'other', ?, ?)`)
        .run(name, '2026-01-01T00:00:00.000Z', '2026-01-01T00:00:00.000Z').lastInsertRowid,
    );
  const person = (name: string) =>
    Number(
      db
        .prepare(`INSERT INTO people (full_name, created_at, updated_at) VALUES (?, ?, ?)`)
        .run(name, '2026-01-01T00:00:00.000Z', '2026-01-01T00:00:00.000Z').lastInsertRowid,
    );
  const school = unit('Trường Tiểu học Hòa Bình');
  const an = person('Nguyễn Văn An');
  const binh = person('Trần Thị Bình');
  const ldtt = catalogueIdOf(db, 'lao_dong_tien_tien');
  const gk = catalogueIdOf(db, 'giay_khen_chu_tich_phuong');
  // Entered later but dated earlier: comes first. Lines entered individual first, collective second.
  insertFixtureDecision(
    db,
    { status: 'signed', date: '2026-03-02', number: 5, defaultAchievement: 'Hoàn thành xuất sắc nhiệm vụ' },
    [
      {
        kind: 'individual',
        id: an,
        name: 'Nguyễn Văn An',
        catalogueId: gk,
        positionUnit: 'Giáo viên, Trường Tiểu học Hòa Bình',
        staffCategory: 'direct_worker',
        amount: 760_000,
        register: [2026, 2],
      },
      {
        kind: 'collective',
        id: school,
        name: 'Trường Tiểu học Hòa Bình',
        catalogueId: gk,
        amount: 1_520_000,
        register: [2026, 1],
      },
    ],
  );
  insertFixtureDecision(db, { status: 'signed', date: '2026-12-20', number: 30 }, [
    {
      kind: 'individual',
      id: binh,
      name: 'Trần Thị Bình',
      catalogueId: ldtt,
      staffCategory: 'ward_leader',
      achievement: 'Lao động tiên tiến năm 2026',
      amount: 0,
    },
  ]);
  // Same date, lower number: before number 30.
  insertFixtureDecision(db, { status: 'signed', date: '2026-12-20', number: 29 }, [
    {
      kind: 'individual',
      id: an,
      name: 'Nguyễn Văn An',
      catalogueId: ldtt,
      amount: 760_000,
      register: [2026, 3],
    },
  ]);
  // Left out: cancelled, draft, another year.
  insertFixtureDecision(db, { status: 'cancelled', date: '2026-05-01', number: 10 }, [
    { kind: 'individual', id: an, name: 'Nguyễn Văn An', catalogueId: gk, amount: 760_000 },
  ]);
  insertFixtureDecision(db, { status: 'draft', year: 2026 }, [
    { kind: 'individual', id: binh, name: 'Trần Thị Bình', catalogueId: gk },
  ]);
  insertFixtureDecision(db, { status: 'signed', date: '2025-12-20', number: 40 }, [
    { kind: 'individual', id: binh, name: 'Trần Thị Bình', catalogueId: ldtt, amount: 710_000 },
  ]);
  return db;
}

describe('listPackageAwards', () => {
  it("lists the year's signed lines in date, number then list order with the printed snapshots", () => {
    const db = setup();
    expect(listPackageAwards(db, 2026)).toEqual([
      {
        decisionNumber: '05/QĐ-UBND',
        decisionDate: '2026-03-02',
        method: 'regular',
        award: 'Giấy khen của Chủ tịch UBND phường',
        awardKind: 'form',
        recipientKind: 'collective',
        staffCategory: null,
        name: 'Trường Tiểu học Hòa Bình',
        positionUnit: null,
        achievement: 'Hoàn thành xuất sắc nhiệm vụ',
        amount: 1_520_000,
        registerNumber: 1,
      },
      {
        decisionNumber: '05/QĐ-UBND',
        decisionDate: '2026-03-02',
        method: 'regular',
        award: 'Giấy khen của Chủ tịch UBND phường',
        awardKind: 'form',
        recipientKind: 'individual',
        staffCategory: 'direct_worker',
        name: 'Nguyễn Văn An',
        positionUnit: 'Giáo viên, Trường Tiểu học Hòa Bình',
        achievement: 'Hoàn thành xuất sắc nhiệm vụ',
        amount: 760_000,
        registerNumber: 2,
      },
      {
        decisionNumber: '29/QĐ-UBND',
        decisionDate: '2026-12-20',
        method: 'regular',
        award: 'Lao động tiên tiến',
        awardKind: 'title',
        recipientKind: 'individual',
        staffCategory: null,
        name: 'Nguyễn Văn An',
        positionUnit: null,
        achievement: null,
        amount: 760_000,
        registerNumber: 3,
      },
      {
        decisionNumber: '30/QĐ-UBND',
        decisionDate: '2026-12-20',
        method: 'regular',
        award: 'Lao động tiên tiến',
        awardKind: 'title',
        recipientKind: 'individual',
        staffCategory: 'ward_leader',
        name: 'Trần Thị Bình',
        positionUnit: null,
        achievement: 'Lao động tiên tiến năm 2026',
        amount: 0,
        registerNumber: null,
      },
    ]);
    expect(listPackageAwards(db, 2025).map((a) => a.decisionNumber)).toEqual(['40/QĐ-UBND']);
    expect(listPackageAwards(db, 2024)).toEqual([]);
  });

  it('finds the decisions of the year through the lookup index', () => {
    const db = setup();
    const plan = db.prepare(`EXPLAIN QUERY PLAN ${PACKAGE_AWARDS_SQL}`).all({ year: 2026 }) as {
      detail: string;
    }[];
    expect(plan.map((p) => p.detail).join('\n')).toMatch(/decisions_lookup/);
  });
});
