import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { pastePreview } from './decision-paste';
import {
  insertTestAward,
  insertTestDecision,
  insertTestHousehold,
  insertTestPerson,
  insertTestUnit,
  openTestDb,
} from '../testing/award-fixtures';
import { startTestCore } from '../testing/core';
import type { AppError } from '../../../shared/errors';
import type { Db } from '../db/types';
import type { PastePreviewRow } from '../../../shared/schemas/decisions';

let t: { db: Db; close(): void };
let db: Db;
let decisionId: number;
beforeEach(() => {
  t = openTestDb();
  db = t.db;
  decisionId = insertTestDecision(db);
});
afterEach(() => t.close());

const preview = (text: string, kind: 'individual' | 'collective' | 'household' = 'individual') =>
  pastePreview(db, { decisionId, kind, text }).rows;
const brief = (r: PastePreviewRow | undefined) => r && { status: r.status, chosenId: r.chosenId };

describe('pastePreview for people', () => {
  it('matches the only namesake, ignoring tones and case, with đ = d', () => {
    const an = insertTestPerson(db, 'Nguyễn Văn An', { birthYear: 1980, position: 'Giáo viên' });
    const duc = insertTestPerson(db, 'Đặng Minh Đức');
    const rows = preview('Nguyen Van An\t\tTốt\nDANG minh duc\n');
    expect(rows.map(brief)).toEqual([
      { status: 'matched', chosenId: an },
      { status: 'matched', chosenId: duc },
    ]);
    expect(rows[0]).toMatchObject({
      row: 1,
      name: 'Nguyen Van An',
      achievement: 'Tốt',
      message: null,
      candidates: [{ id: an, name: 'Nguyễn Văn An', detail: 'Giáo viên', birthYear: 1980 }],
    });
  });

  it('proposes a new record when nobody has the name, and never matches someone in the trash', () => {
    insertTestPerson(db, 'Lê Thị Hoa', { deletedAt: '2026-11-01T00:00:00.000Z' });
    insertTestPerson(db, 'Lê Thị Hoàng');
    const [row] = preview('Lê Thị Hoa\tKế toán\n');
    expect(row).toMatchObject({ status: 'new', chosenId: null, candidates: [] });
    expect(row?.message).toMatch(/sẽ tạo mới/);
  });

  it('tells namesakes apart by the unit the row mentions, and asks when it mentions none', () => {
    const school = insertTestUnit(db, 'Trường THCS Lê Chân');
    const group1 = insertTestUnit(db, 'Tổ dân phố 1');
    const group10 = insertTestUnit(db, 'Tổ dân phố 10');
    const a = insertTestPerson(db, 'Trần Văn Bình', { unitId: school, position: 'Giáo viên' });
    const b = insertTestPerson(db, 'Trần Văn Bình', { unitId: group1 });
    const c = insertTestPerson(db, 'Trần Văn Bình', { unitId: group10 });
    const rows = preview(
      'Trần Văn Bình\tGiáo viên Trường THCS Lê Chân\n' +
        'Tran Van Binh\tTổ trưởng Tổ dân phố 10\n' +
        'Trần Văn Bình\tNhân dân\n',
    );
    expect(rows.map(brief)).toEqual([
      { status: 'matched', chosenId: a },
      { status: 'matched', chosenId: c },
      { status: 'ambiguous', chosenId: null },
    ]);
    // The chosen one first; every namesake stays offered so the officer can switch.
    expect(rows[1]?.candidates.map((x) => x.id)).toEqual([c, a, b]);
    expect(rows[2]?.candidates.map((x) => x.id)).toEqual([a, b, c]);
    expect(rows[2]?.message).toContain('Có 3 người trùng tên "Trần Văn Bình"');
    expect(rows[2]?.message).toContain('vui lòng chọn');
    expect(rows[0]?.candidates[0]?.detail).toBe('Giáo viên, Trường THCS Lê Chân');
  });

  it('keeps a single namesake from another unit matched, with a warning to check', () => {
    const school = insertTestUnit(db, 'Trường Tiểu học Lê Chân');
    const id = insertTestPerson(db, 'Phạm Thu Hà', { unitId: school });
    const [other, same, none] = preview(
      'Phạm Thu Hà\tTrạm y tế phường\nPhạm Thu Hà\tTrường Tiểu học Lê Chân\nPhạm Thu Hà\n',
    );
    expect(brief(other)).toEqual({ status: 'matched', chosenId: id });
    expect(other?.message).toContain('Cùng tên, khác đơn vị — kiểm tra lại');
    expect(same?.message).toBeNull();
    expect(none?.message).toBeNull();
  });

  it('marks recipients already on this decision’s list, and only this decision’s', () => {
    const a = insertTestPerson(db, 'Võ Văn Tám');
    const b = insertTestPerson(db, 'Võ Văn Chín');
    insertTestAward(db, { decisionId, kind: 'individual', recipientId: a });
    insertTestAward(db, { decisionId: insertTestDecision(db), kind: 'individual', recipientId: b });
    const rows = preview('Võ Văn Tám\nVõ Văn Chín\n');
    expect(rows.map(brief)).toEqual([
      { status: 'in_list', chosenId: a },
      { status: 'matched', chosenId: b },
    ]);
    expect(rows[0]?.message).toMatch(/Đã có trong danh sách/);
  });

  it('reports rows without a name or with an overlong name as invalid', () => {
    const rows = preview(`1\t\tKế toán\n2\t${'Nguyễn '.repeat(40)}\n3\tHồ Văn Mười\n`);
    expect(rows.map((r) => r.status)).toEqual(['invalid', 'invalid', 'new']);
    expect(rows[0]?.message).toMatch(/Thiếu tên/);
    expect(rows[1]?.message).toMatch(/200 ký tự/);
  });

  it('flags the second of two rows with the same name and unit as a likely repeat', () => {
    const id = insertTestPerson(db, 'Đỗ Quang Hưng');
    const rows = preview(
      'Đỗ Quang Hưng\tUBND phường\nĐỗ Quang Hưng\tTrạm y tế\ndo quang hung\tUBND  phường\n',
    );
    expect(rows.map((r) => r.message)).toEqual([null, null, 'Trùng với dòng 1.']);
    expect(brief(rows[2])).toEqual({ status: 'matched', chosenId: id });
  });

  it('reads a real Excel clipboard block (title, header, STT, quoted multi-line cell, CRLF)', () => {
    const id = insertTestPerson(db, 'Nguyễn Văn An');
    const text =
      'DANH SÁCH ĐỀ NGHỊ\t\t\t\r\nSTT\tHọ và tên\tChức vụ, đơn vị\tThành tích\r\n' +
      '1\tNguyễn Văn An\tGiáo viên\t"Dòng một\nDòng ""hai"""\r\n2\tMai Thị Lan\tKế toán\tTốt\r\n';
    const rows = preview(text);
    expect(rows.map((r) => [r.row, r.name, r.status, r.chosenId, r.achievement])).toEqual([
      [3, 'Nguyễn Văn An', 'matched', id, 'Dòng một\nDòng "hai"'],
      [4, 'Mai Thị Lan', 'new', null, 'Tốt'],
    ]);
  });

  it('refuses an unknown or trashed decision with NOT_FOUND', () => {
    const trashed = insertTestDecision(db, { deletedAt: '2026-11-01T00:00:00.000Z' });
    for (const id of [9999, trashed]) {
      expect(() => pastePreview(db, { decisionId: id, kind: 'individual', text: 'A' })).toThrow(
        expect.objectContaining({
          code: 'NOT_FOUND',
          message: expect.stringContaining('quyết định'),
        }) as AppError,
      );
    }
  });
});

describe('pastePreview for collectives and households', () => {
  it('matches units by name or short name and tells namesakes apart by parent unit', () => {
    const ward = insertTestUnit(db, 'UBND phường Lê Chân');
    const school = insertTestUnit(db, 'Trường THCS Lê Chân', { kind: 'school', shortName: 'THCS LC' });
    const branchA = insertTestUnit(db, 'Chi đoàn', { parentId: ward });
    insertTestUnit(db, 'Chi đoàn', { parentId: school });
    const rows = preview('THCS LC\nChi đoàn\tUBND phường Lê Chân\nChi đoàn\n', 'collective');
    expect(rows.map(brief)).toEqual([
      { status: 'matched', chosenId: school },
      { status: 'matched', chosenId: branchA },
      { status: 'ambiguous', chosenId: null },
    ]);
    expect(rows[0]?.candidates[0]?.detail).toBe('Trường học');
    expect(rows[1]?.candidates[0]?.detail).toBe('Khác, thuộc UBND phường Lê Chân');
    expect(rows[2]?.message).toContain('Có 2 đơn vị trùng tên');
  });

  it('matches households by head name, told apart by address, not by an address that continues the name', () => {
    const group = insertTestUnit(db, 'Tổ dân phố 3', { kind: 'residential_group' });
    const a = insertTestHousehold(db, 'Bùi Văn Năm', { address: 'Số 12, ngõ 5', groupUnitId: group });
    const b = insertTestHousehold(db, 'Bùi Văn Năm', { address: 'Số 40, phố Chợ Con' });
    insertTestHousehold(db, 'Bùi Văn', { address: 'Năm Sáu' });
    const rows = preview('Bui Van Nam\tSố 40 phố Chợ Con\nBùi Văn Năm\nBùi Văn\n', 'household');
    expect(rows.map(brief)).toEqual([
      { status: 'matched', chosenId: b },
      { status: 'ambiguous', chosenId: null },
      { status: 'matched', chosenId: expect.any(Number) },
    ]);
    expect(rows[1]?.candidates.map((c) => c.detail)).toEqual([
      'Số 12, ngõ 5, Tổ dân phố 3',
      'Số 40, phố Chợ Con',
    ]);
    expect(rows[1]?.candidates.map((c) => c.id)).toEqual([a, b]);
    expect(rows[2]?.candidates).toHaveLength(1);
  });
});

describe('pastePreview at scale', () => {
  it('matches 2,000 rows against 100,000 people through the search_text index, quickly', () => {
    const unit = insertTestUnit(db, 'Trường Mầm non');
    // Generated in SQL: 100,000 inserts from JS would make this test about setup, not matching.
    db.prepare(
      `WITH RECURSIVE n(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM n WHERE i < 99999)
       INSERT INTO people (full_name, unit_id, search_text, created_at, updated_at)
       SELECT 'Nguyễn Văn Người' || i, ?, 'nguyen van nguoi' || i, '2026-01-01T00:00:00.000Z', '2026-01-01T00:00:00.000Z'
       FROM n`,
    ).run(unit);
    db.exec('ANALYZE');
    const text = Array.from(
      { length: 2000 },
      (_, i) => `Nguyen Van Nguoi${i * 50}\tTrường Mầm non\tTốt`,
    ).join('\n');
    const started = performance.now();
    const rows = preview(text);
    const ms = performance.now() - started;
    expect(rows.filter((r) => r.status === 'matched')).toHaveLength(2000);
    // Generous for a slow office PC under test load; a scan per row takes many seconds.
    expect(ms).toBeLessThan(1500);
    const plan = db
      .prepare(
        `EXPLAIN QUERY PLAN SELECT p.id FROM people p INDEXED BY people_search_text
         WHERE p.search_text IN (SELECT value FROM json_each(?)) AND p.deleted_at IS NULL`,
      )
      .all('[]') as { detail: string }[];
    expect(plan.map((p) => p.detail).join('\n')).toMatch(/SEARCH p USING INDEX people_search_text/);
  }, 60_000);
});

describe('the decisions.pastePreview channel', () => {
  it('is served through the router with the contract’s schema', async () => {
    const core = startTestCore();
    try {
      const cdb = core.core.services.db;
      const id = insertTestDecision(cdb);
      const person = insertTestPerson(cdb, 'Nguyễn Văn An');
      const result = await core.call('decisions.pastePreview', {
        decisionId: id,
        kind: 'individual',
        text: 'Họ và tên\tĐơn vị\nNguyen Van An\tUBND\n',
      });
      expect(result.kind).toBe('individual');
      expect(result.rows.map(brief)).toEqual([{ status: 'matched', chosenId: person }]);
      expect(
        (await core.fail('decisions.pastePreview', { decisionId: 424242, kind: 'individual', text: 'A' }))
          .code,
      ).toBe('NOT_FOUND');
    } finally {
      core.close();
    }
  });
});
