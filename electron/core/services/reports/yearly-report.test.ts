// The yearly summary service on a temporary database: the typed text per year, the figures written
// from a hand-built ward, the checks of "sent" and "reopen" with their history.
import { afterEach, describe, expect, it } from 'vitest';
import { startTestCore, type TestCore } from '../../testing/core';
import { insertTestAward, insertTestDecision, insertTestHousehold } from '../../testing/award-fixtures';
import { AT, GENERATED, filled, ward } from './yearly-report-testing';

let t: TestCore;
afterEach(() => t?.close());

const history = async (t: TestCore) =>
  (await t.call('audit.list', { entity: 'yearly_reports' })).rows.map((r) => ({
    action: r.action,
    note: r.note,
    changes: Object.fromEntries(r.changes.map((c) => [c.field, [c.beforeValue, c.afterValue]])),
  }));

describe('yearly report: text and figures', () => {
  it('shows an unsaved year empty, with the figures written from the data', async () => {
    t = startTestCore();
    await ward(t);
    const r = await t.call('yearlyReport.get', { year: 2026 });
    expect(r).toMatchObject({
      year: 2026,
      saved: false,
      reportNumber: null,
      reportDate: null,
      status: 'draft',
      sentOn: null,
    });
    expect(Object.values(r.sections).every((s) => s === '')).toBe(true);
    expect(r.generated).toEqual(GENERATED);
  });

  it('regenerates the same figures every time and follows the data, storing none of them', async () => {
    t = startTestCore();
    await ward(t);
    await t.call('yearlyReport.save', filled);
    const first = await t.call('yearlyReport.get', { year: 2026 });
    expect((await t.call('yearlyReport.get', { year: 2026 })).generated).toEqual(first.generated);
    const stored = t.core.services.db.prepare('SELECT sections_json FROM yearly_reports').get() as {
      sections_json: string;
    };
    expect(stored.sections_json).not.toContain('quyết định');
    // A new signed decision changes the paragraph at once.
    const { db } = t.core.services;
    const d = insertTestDecision(db, { status: 'signed', decisionDate: '2026-10-01' });
    const household = insertTestHousehold(db, 'Lê Văn Tám');
    insertTestAward(db, { decisionId: d, kind: 'household', recipientId: household, amount: 0 });
    expect((await t.call('yearlyReport.get', { year: 2026 })).generated.awards).toMatch(
      /^Chủ tịch UBND phường đã ban hành 3 quyết định khen thưởng cho 4 lượt tập thể, cá nhân và hộ gia đình,/,
    );
  });

  it('saves, then updates only the sections sent, each change once in the history', async () => {
    t = startTestCore();
    const created = await t.call('yearlyReport.save', { ...filled, reportNumber: '', reportDate: null });
    expect(created).toMatchObject({ saved: true, reportNumber: null, reportDate: null, updatedAt: AT });
    expect(created.sections).toMatchObject({
      overview: 'Tình hình chung ổn định.',
      plans: 'Tiếp tục đổi mới.',
      lessons: '',
    });

    const updated = await t.call('yearlyReport.save', {
      year: 2026,
      reportNumber: '12',
      reportDate: '2026-11-20',
      sections: { plans: '  Tiếp tục   đổi mới\r\n\r\n\r\nphong trào. ', lessons: 'Bài học.' },
    });
    expect(updated.sections).toMatchObject({
      overview: 'Tình hình chung ổn định.',
      plans: 'Tiếp tục đổi mới\n\nphong trào.',
      lessons: 'Bài học.',
    });
    // The same values again: nothing written.
    await t.call('yearlyReport.save', { ...filled, sections: {} });
    expect(await history(t)).toEqual([
      {
        action: 'update',
        note: null,
        changes: {
          reportNumber: [null, '12'],
          reportDate: [null, '2026-11-20'],
          'sections.lessons': ['', 'Bài học.'],
          'sections.plans': ['Tiếp tục đổi mới.', 'Tiếp tục đổi mới\n\nphong trào.'],
        },
      },
      {
        action: 'create',
        note: null,
        changes: {
          'sections.overview': [null, 'Tình hình chung ổn định.'],
          'sections.plans': [null, 'Tiếp tục đổi mới.'],
        },
      },
    ]);
    expect(await t.fail('yearlyReport.save', { ...filled, reportNumber: '12a' })).toMatchObject({
      code: 'VALIDATION',
      fields: { reportNumber: 'Số báo cáo chỉ gồm chữ số (ví dụ 12).' },
    });
  });
});

describe('yearly report: sent and reopened', () => {
  it('marks sent only with a saved number and date, on a day between the report date and today', async () => {
    t = startTestCore();
    expect(await t.fail('yearlyReport.markSent', { year: 2026, sentOn: '2026-11-25' })).toMatchObject({
      code: 'VALIDATION',
      message:
        'Chưa đánh dấu đã gửi được: báo cáo năm 2026 chưa được lưu; còn thiếu số báo cáo và ngày báo cáo.',
      fields: { reportNumber: 'Vui lòng nhập số báo cáo.', reportDate: 'Vui lòng nhập ngày báo cáo.' },
    });
    await t.call('yearlyReport.save', { ...filled, reportDate: null });
    expect(await t.fail('yearlyReport.markSent', { year: 2026, sentOn: '2026-11-25' })).toMatchObject({
      message: 'Chưa đánh dấu đã gửi được: còn thiếu ngày báo cáo.',
      fields: { reportDate: 'Vui lòng nhập ngày báo cáo.' },
    });
    await t.call('yearlyReport.save', filled);
    expect(await t.fail('yearlyReport.markSent', { year: 2026, sentOn: '2026-11-27' })).toMatchObject({
      code: 'VALIDATION',
      fields: { sentOn: 'Ngày gửi không được sau hôm nay (26/11/2026).' },
    });
    expect(await t.fail('yearlyReport.markSent', { year: 2026, sentOn: '2026-11-19' })).toMatchObject({
      fields: { sentOn: 'Ngày gửi không được trước ngày báo cáo (20/11/2026).' },
    });
    const sent = await t.call('yearlyReport.markSent', { year: 2026, sentOn: '2026-11-20' });
    expect(sent).toMatchObject({ status: 'sent', sentOn: '2026-11-20', reportNumber: '12' });
    expect(await t.fail('yearlyReport.markSent', { year: 2026, sentOn: '2026-11-26' })).toMatchObject({
      code: 'CONFLICT',
      message: 'Báo cáo năm 2026 đã được đánh dấu gửi thành phố ngày 20/11/2026.',
    });
  });

  it('keeps a sent report read-only until reopened with a reason, all in the history', async () => {
    t = startTestCore();
    await t.call('yearlyReport.save', filled);
    await t.call('yearlyReport.markSent', { year: 2026, sentOn: '2026-11-24' });
    const refused = await t.fail('yearlyReport.save', {
      ...filled,
      sections: { overview: 'Sửa sau khi gửi' },
    });
    expect(refused).toEqual({
      code: 'CONFLICT',
      message: 'Báo cáo năm 2026 đã gửi thành phố ngày 24/11/2026; mở lại để sửa.',
    });
    expect((await t.call('yearlyReport.get', { year: 2026 })).sections.overview).toBe(
      'Tình hình chung ổn định.',
    );

    expect((await t.fail('yearlyReport.reopen', { year: 2026, reason: '   ' })).code).toBe('VALIDATION');
    expect(await t.fail('yearlyReport.reopen', { year: 2025, reason: 'Bổ sung' })).toMatchObject({
      code: 'CONFLICT',
      message: 'Báo cáo năm 2025 đang soạn (chưa gửi), không cần mở lại.',
    });
    const reopened = await t.call('yearlyReport.reopen', {
      year: 2026,
      reason: 'Thành phố yêu cầu bổ sung số liệu',
    });
    expect(reopened).toMatchObject({ status: 'draft', sentOn: null });
    expect(
      (await t.call('yearlyReport.save', { ...filled, sections: { overview: 'Đã bổ sung.' } })).sections
        .overview,
    ).toBe('Đã bổ sung.');
    const rows = await history(t);
    expect(rows.map((r) => [r.action, r.note])).toEqual([
      ['update', null],
      ['update', 'Mở lại báo cáo: Thành phố yêu cầu bổ sung số liệu'],
      ['update', 'Đánh dấu đã gửi báo cáo cho thành phố'],
      ['create', null],
    ]);
    expect(rows[1]!.changes).toEqual({ status: ['sent', 'draft'], sentOn: ['2026-11-24', null] });
    expect(rows[2]!.changes).toEqual({ status: ['draft', 'sent'], sentOn: [null, '2026-11-24'] });
  });
});
