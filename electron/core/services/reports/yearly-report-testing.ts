// The hand-built ward and the filled form shared by the yearly report service tests.
import { unitInput, type TestCore } from '../../testing/core';
import {
  catalogueId,
  insertTestAward,
  insertTestDecision,
  insertTestPerson,
} from '../../testing/award-fixtures';
import { movementInput } from '../movements/testing';
import { exemplarInput } from '../exemplars/testing';
import type { InputOf } from '../../../../shared/api/contract';

export const AT = '2026-11-26T09:00:00.000Z';

/**
 * A small ward of 2026 (clock 26/11/2026, unit deadline 10/12):
 * - units U1 school, U2 tổ dân phố, both in every movement;
 * - movements: M1 regular launched, M2 periodic launched, M3 thematic still a draft (not counted);
 * - decisions: D1 signed 05/07 regular, Lao động tiên tiến: Bình (direct worker) 760,000, Hoa (ward
 *   leader) 760,000; D2 signed 02/09 thematic, Giấy khen: U1 1,520,000; D3 a draft with Bình (not
 *   counted);
 * - one model (Bình, "Giáo dục"): discovered 02/03/2026, nurtured 01/06/2026;
 * - unit reports: U1 received 20/11 (on time), U2 none yet.
 */
export async function ward(t: TestCore) {
  const { db } = t.core.services;
  const school = await t.call('units.create', unitInput('Trường Tiểu học Hoa Sen', { kind: 'school' }));
  await t.call('units.create', unitInput('Tổ dân phố số 1', { kind: 'residential_group' }));
  for (const [name, kind, launch] of [
    ['Thi đua yêu nước', 'regular', true],
    ['Xanh - Sạch - Đẹp', 'periodic', true],
    ['Chuyển đổi số', 'thematic', false],
  ] as const) {
    const m = await t.call('movements.create', movementInput(name, { kind }));
    if (launch) await t.call('movements.setStatus', { id: m.id, status: 'launched' });
  }
  const binh = insertTestPerson(db, 'Nguyễn Văn Bình', { unitId: school.id });
  const hoa = insertTestPerson(db, 'Trần Thị Hoa');
  const d1 = insertTestDecision(db, { status: 'signed', decisionDate: '2026-07-05' });
  const category = (awardId: number, c: string) =>
    db.prepare('UPDATE awards SET staff_category_snapshot = ? WHERE id = ?').run(c, awardId);
  category(
    insertTestAward(db, { decisionId: d1, kind: 'individual', recipientId: binh, amount: 760_000 }),
    'direct_worker',
  );
  category(
    insertTestAward(db, {
      decisionId: d1,
      kind: 'individual',
      recipientId: hoa,
      amount: 760_000,
      position: 1,
    }),
    'ward_leader',
  );
  const giayKhen = catalogueId(db, 'giay_khen_chu_tich_phuong');
  const d2 = insertTestDecision(db, { status: 'signed', decisionDate: '2026-09-02', catalogueId: giayKhen });
  db.prepare(`UPDATE decisions SET method = 'thematic' WHERE id = ?`).run(d2);
  insertTestAward(db, {
    decisionId: d2,
    kind: 'collective',
    recipientId: school.id,
    amount: 1_520_000,
    catalogueId: giayKhen,
  });
  const d3 = insertTestDecision(db, { status: 'draft' });
  insertTestAward(db, { decisionId: d3, kind: 'individual', recipientId: binh, amount: 760_000 });
  const model = await t.call(
    'exemplars.create',
    exemplarInput({ kind: 'individual', id: binh }, 'Thầy giáo dạy học miễn phí', { field: 'Giáo dục' }),
  );
  await t.call('exemplars.moveStage', { id: model.id, stage: 'nurtured', onDate: '2026-06-01', note: '' });
  db.prepare(
    `INSERT INTO unit_reports (unit_id, year, received_on, on_time, created_at, updated_at) VALUES (?, 2026, '2026-11-20', 1, ?, ?)`,
  ).run(school.id, AT, AT);
}

export const GENERATED = {
  movements:
    'Năm 2026, phường đã phát động, tổ chức thực hiện 2 phong trào thi đua, gồm: 1 phong trào thường xuyên, 1 phong trào theo đợt.',
  models: 'Năm 2026, phường đã phát hiện 1, bồi dưỡng 1 điển hình tiên tiến thuộc 1 lĩnh vực.',
  awards:
    'Chủ tịch UBND phường đã ban hành 2 quyết định khen thưởng cho 3 lượt tập thể và cá nhân, trong đó: 1 tập thể, ' +
    '2 cá nhân (người trực tiếp lao động, sản xuất, công tác: 1, chiếm 50%); tổng số tiền thưởng 3.040.000 đồng.\n' +
    'Có 1/2 đơn vị nộp báo cáo tổng kết đúng hạn, 1 đơn vị chưa nộp.',
};

type SaveInput = InputOf<'yearlyReport.save'>;
export const filled: SaveInput = {
  year: 2026,
  reportNumber: '12',
  reportDate: '2026-11-20',
  sections: { overview: 'Tình hình chung ổn định.', plans: 'Tiếp tục đổi mới.' },
};
