import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { decisionHints } from './decision-hints';
import { fixedClock } from '../clock';
import {
  catalogueId,
  insertTestAward,
  insertTestDecision,
  insertTestHousehold,
  insertTestPerson,
  insertTestUnit,
  openTestDb,
  type TestDecision,
} from '../testing/award-fixtures';
import { startTestCore } from '../testing/core';
import type { Db } from '../db/types';
import type { HintCode } from '../../../shared/domain/decisions';

let t: { db: Db; close(): void };
let db: Db;
let ids: Record<'ldtt' | 'cstd' | 'giayKhen' | 'gdvh' | 'tdpvh', number>;
beforeEach(() => {
  t = openTestDb();
  db = t.db;
  ids = {
    ldtt: catalogueId(db, 'lao_dong_tien_tien'),
    cstd: catalogueId(db, 'chien_si_thi_dua_co_so'),
    giayKhen: catalogueId(db, 'giay_khen_chu_tich_phuong'),
    gdvh: catalogueId(db, 'gia_dinh_van_hoa'),
    tdpvh: catalogueId(db, 'to_dan_pho_van_hoa'),
  };
});
afterEach(() => t.close());

const clock = fixedClock('2026-11-26T09:00:00.000Z');
const hintsOf = (decisionId: number) => decisionHints(db, clock, decisionId);
/** The codes of one line's hints. */
const codes = (decisionId: number, lineId: number): HintCode[] =>
  hintsOf(decisionId)
    .filter((h) => h.lineId === lineId)
    .map((h) => h.code);
const person = (name = 'Nguyễn Văn An', more: Parameters<typeof insertTestPerson>[2] = {}) =>
  insertTestPerson(db, name, more);
/** A line for a person on `decisionId`. */
const personLine = (decisionId: number, personId: number, catalogue = ids.ldtt, paid = true) =>
  insertTestAward(db, {
    decisionId,
    kind: 'individual',
    recipientId: personId,
    catalogueId: catalogue,
    paid,
  });
const signed = (more: Partial<TestDecision> = {}) => insertTestDecision(db, { status: 'signed', ...more });

describe('already_awarded', () => {
  it('names the other decision that gave the same award for an overlapping period', () => {
    const a = person();
    const earlier = signed({ number: 5, decisionDate: '2026-07-05' });
    personLine(earlier, a);
    const draft = insertTestDecision(db);
    const line = personLine(draft, a);
    const hints = hintsOf(draft);
    expect(hints).toEqual([
      {
        lineId: line,
        code: 'already_awarded',
        message:
          'Đã được tặng "Lao động tiên tiến" cho cùng kỳ thành tích theo Quyết định số 05/QĐ-UBND ngày 05/07/2026.',
      },
    ]);
    // The signed decision sees the draft too: two drafts or a draft after a signed one both warn.
    expect(codes(earlier, hintsOf(earlier)[0]?.lineId ?? -1)).toEqual(['already_awarded']);
  });

  it('stays quiet for another award, another period, a cancelled or a trashed decision', () => {
    const a = person();
    personLine(signed({ decisionDate: '2025-12-20' }), a); // the 2025 calendar year
    personLine(signed({ decisionDate: '2026-03-01' }), a, ids.giayKhen); // another award
    personLine(insertTestDecision(db, { status: 'cancelled', decisionDate: '2026-05-01' }), a);
    personLine(insertTestDecision(db, { deletedAt: '2026-11-01T00:00:00.000Z' }), a);
    // First half of 2026 against the second half: no overlap.
    personLine(
      signed({ decisionDate: '2026-07-01', achievementFrom: '2026-01-01', achievementTo: '2026-06-30' }),
      a,
    );
    const draft = insertTestDecision(db, { achievementFrom: '2026-07-01', achievementTo: '2026-12-31' });
    const line = personLine(draft, a);
    expect(codes(draft, line)).toEqual([]);
  });

  it('counts a decision without achievement dates as its calendar year', () => {
    const a = person();
    personLine(
      signed({ decisionDate: '2026-01-10', achievementFrom: '2025-01-01', achievementTo: '2025-12-31' }),
      a,
    );
    const draft = insertTestDecision(db, { year: 2025 });
    expect(codes(draft, personLine(draft, a))).toEqual(['already_awarded']);
  });
});

describe('cstd_without_ldtt', () => {
  it('warns when the person has no Lao động tiên tiến of the same year anywhere that counts', () => {
    const [bare, lastYear, inDraft] = [person('A'), person('B'), person('C')];
    personLine(signed({ decisionDate: '2025-12-01' }), lastYear);
    personLine(insertTestDecision(db), inDraft); // a draft elsewhere does not count
    const draft = insertTestDecision(db);
    for (const p of [bare, lastYear, inDraft]) {
      const line = personLine(draft, p, ids.cstd);
      expect(codes(draft, line)).toEqual(['cstd_without_ldtt']);
    }
    expect(hintsOf(draft)[0]?.message).toContain('"Lao động tiên tiến" năm 2026');
  });

  it('is satisfied by Lao động tiên tiến in this list or in a signed decision of the same year', () => {
    const [inList, signedElsewhere] = [person('D'), person('E')];
    personLine(signed({ decisionDate: '2026-06-01' }), signedElsewhere);
    const draft = insertTestDecision(db);
    personLine(draft, inList, ids.ldtt);
    const a = personLine(draft, inList, ids.cstd);
    const b = personLine(draft, signedElsewhere, ids.cstd);
    expect([...codes(draft, a), ...codes(draft, b)]).toEqual([]);
  });
});

describe('inactive_unit', () => {
  it('warns for a closed unit and for a person of a closed unit, naming the successor', () => {
    const successor = insertTestUnit(db, 'Tổ dân phố 2');
    const closed = insertTestUnit(db, 'Tổ dân phố 1', { activeTo: '2026-03-01', successorId: successor });
    const member = person('F', { unitId: closed });
    const draft = insertTestDecision(db);
    const unitLine = insertTestAward(db, { decisionId: draft, kind: 'collective', recipientId: closed });
    const personLineId = personLine(draft, member);
    const hints = hintsOf(draft);
    expect(hints.find((h) => h.lineId === unitLine)).toEqual({
      lineId: unitLine,
      code: 'inactive_unit',
      message: 'Đơn vị Tổ dân phố 1 đã ngừng hoạt động từ 01/03/2026 (đã sáp nhập vào Tổ dân phố 2).',
    });
    expect(hints.find((h) => h.lineId === personLineId)?.message).toContain(
      'Đơn vị của người này (Tổ dân phố 1)',
    );
  });

  it('is quiet for active units, units closing later, and decisions dated before the closing', () => {
    const open = insertTestUnit(db, 'Trạm y tế');
    const closingLater = insertTestUnit(db, 'Chi hội', { activeTo: '2027-01-31' });
    const closedAfterDecision = insertTestUnit(db, 'Tổ 9', { activeTo: '2026-09-01' });
    const draft = insertTestDecision(db);
    const dated = signed({ decisionDate: '2026-08-15' });
    const lines = [
      insertTestAward(db, { decisionId: draft, kind: 'collective', recipientId: open }),
      insertTestAward(db, { decisionId: draft, kind: 'collective', recipientId: closingLater }),
      personLine(draft, person('G', { unitId: open })),
    ];
    expect(lines.flatMap((l) => codes(draft, l))).toEqual([]);
    const line = insertTestAward(db, {
      decisionId: dated,
      kind: 'collective',
      recipientId: closedAfterDecision,
    });
    expect(codes(dated, line)).toEqual([]);
  });
});

describe('not_paid_higher_title', () => {
  it('explains an unpaid line whose award carries money, not one that carries none', () => {
    const draft = insertTestDecision(db);
    const unpaid = personLine(draft, person('H'), ids.ldtt, false);
    const paid = personLine(draft, person('I'), ids.ldtt, true);
    const noMoney = insertTestAward(db, {
      decisionId: draft,
      kind: 'household',
      recipientId: insertTestHousehold(db, 'Hộ J'),
      catalogueId: ids.gdvh,
      paid: false,
    });
    expect(hintsOf(draft)).toEqual([
      {
        lineId: unpaid,
        code: 'not_paid_higher_title',
        message: 'Không chi tiền: đã có danh hiệu cao hơn cùng kỳ.',
      },
    ]);
    expect([...codes(draft, paid), ...codes(draft, noMoney)]).toEqual([]);
  });
});

describe('duplicate_in_list', () => {
  it('marks every line giving the same award twice to one recipient, not two different awards', () => {
    const draft = insertTestDecision(db);
    const k = person('K');
    const twice = [personLine(draft, k), personLine(draft, k)];
    const l = person('L');
    const titles = [personLine(draft, l, ids.ldtt), personLine(draft, l, ids.giayKhen)];
    for (const line of twice) expect(codes(draft, line)).toEqual(['duplicate_in_list']);
    expect(hintsOf(draft).find((h) => h.lineId === twice[0])?.message).toBe(
      'Người này có 2 dòng "Lao động tiên tiến" trong danh sách.',
    );
    expect(titles.flatMap((line) => codes(draft, line))).toEqual([]);
  });
});

describe('catalogue_mismatch', () => {
  it('warns for a retired entry and for an entry that does not allow the recipient kind', () => {
    const draft = insertTestDecision(db);
    db.prepare('UPDATE award_catalogue SET active = 0 WHERE id = ?').run(ids.tdpvh);
    const group = insertTestUnit(db, 'Tổ dân phố 5', { kind: 'residential_group' });
    const retired = insertTestAward(db, {
      decisionId: draft,
      kind: 'collective',
      recipientId: group,
      catalogueId: ids.tdpvh,
    });
    const wrongKind = insertTestAward(db, {
      decisionId: draft,
      kind: 'collective',
      recipientId: insertTestUnit(db, 'Trường A'),
      catalogueId: ids.ldtt,
    });
    const fine = insertTestAward(db, {
      decisionId: draft,
      kind: 'collective',
      recipientId: group,
      catalogueId: ids.giayKhen,
    });
    const hints = hintsOf(draft);
    expect(hints.find((h) => h.lineId === retired)?.message).toBe('"Tổ dân phố văn hóa" đã ngừng sử dụng.');
    expect(hints.find((h) => h.lineId === wrongKind)?.message).toBe(
      '"Lao động tiên tiến" không dành cho tập thể.',
    );
    expect(codes(draft, fine)).toEqual([]);
  });
});

describe('decisionHints', () => {
  it('returns nothing for an empty list and NOT_FOUND for a missing or trashed decision', async () => {
    expect(hintsOf(insertTestDecision(db))).toEqual([]);
    const trashed = insertTestDecision(db, { deletedAt: '2026-11-01T00:00:00.000Z' });
    for (const id of [trashed, 9999])
      expect(() => hintsOf(id)).toThrow(expect.objectContaining({ code: 'NOT_FOUND' }));

    const core = startTestCore();
    try {
      const cdb = core.core.services.db;
      const draft = insertTestDecision(cdb);
      const line = insertTestAward(cdb, {
        decisionId: draft,
        kind: 'individual',
        recipientId: insertTestPerson(cdb, 'M'),
        paid: false,
      });
      expect(await core.call('decisions.hints', { id: draft })).toEqual([
        {
          lineId: line,
          code: 'not_paid_higher_title',
          message: 'Không chi tiền: đã có danh hiệu cao hơn cùng kỳ.',
        },
      ]);
      expect((await core.fail('decisions.hints', { id: 424242 })).code).toBe('NOT_FOUND');
    } finally {
      core.close();
    }
  });
});
