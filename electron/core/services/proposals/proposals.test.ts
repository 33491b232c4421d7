import { afterEach, describe, expect, it } from 'vitest';
import { startTestCore, type TestCore } from '../../testing/core';
import { proposalInput, registryFixture } from './testing';

let t: TestCore;
afterEach(() => t?.close());

describe('proposals', () => {
  it('creates a proposal from a unit, folded for search, with its audit row', async () => {
    t = startTestCore();
    const f = await registryFixture(t);
    const created = await t.call(
      'proposals.create',
      proposalInput('  Đề nghị  tặng Giấy khen năm học 2025-2026 ', {
        docNumber: '12/TTr-THCS',
        docDate: '2026-11-05',
        receivedOn: '2026-11-06',
        fromUnitId: f.school.id,
      }),
    );
    expect(created).toMatchObject({
      title: 'Đề nghị tặng Giấy khen năm học 2025-2026',
      status: 'draft',
      fromUnitName: 'Trường THCS Lê Chân',
      candidateCount: 0,
      decisions: [],
    });
    await t.call('proposals.create', proposalInput('Đề nghị của phòng', { year: 2025 }));

    const found = await t.call('proposals.list', { search: 'giay khen THCS' });
    expect(found.map((p) => p.id)).toEqual([created.id]);
    expect((await t.call('proposals.list', { search: 'le chan' })).map((p) => p.id)).toEqual([created.id]);
    expect((await t.call('proposals.list', { from: 'office' })).map((p) => p.title)).toEqual([
      'Đề nghị của phòng',
    ]);
    expect((await t.call('proposals.list', { year: 2026, status: 'draft' })).length).toBe(1);

    const audit = await t.call('audit.list', { entity: 'proposals', entityId: created.id });
    expect(audit.rows.map((r) => r.action)).toEqual(['create']);
  });

  it('refuses a received date before the tờ trình’s date, in Vietnamese', async () => {
    t = startTestCore();
    const error = await t.fail(
      'proposals.create',
      proposalInput('Đề nghị', { docDate: '2026-11-05', receivedOn: '2026-11-01' }),
    );
    expect(error.code).toBe('VALIDATION');
    expect(error.fields?.receivedOn).toBe('Ngày nhận không được trước ngày tờ trình.');
  });

  it('adds candidates from the registry, skipping duplicates and awards not for that kind', async () => {
    t = startTestCore();
    const f = await registryFixture(t);
    const p = await t.call('proposals.create', proposalInput('Đề nghị', { fromUnitId: f.school.id }));
    const first = await t.call('proposals.addCandidates', {
      proposalId: p.id,
      candidates: [
        {
          kind: 'individual',
          id: f.an.id,
          catalogueId: f.ldtt,
          achievement: ' Hoàn thành xuất sắc  nhiệm vụ ',
        },
        { kind: 'collective', id: f.school.id, catalogueId: f.giayKhen, achievement: '' },
        { kind: 'household', id: f.household.id, catalogueId: f.gdvh, achievement: '' },
      ],
    });
    expect(first).toEqual({ added: 3, skipped: [] });
    const again = await t.call('proposals.addCandidates', {
      proposalId: p.id,
      candidates: [
        { kind: 'individual', id: f.an.id, catalogueId: f.ldtt, achievement: '' },
        { kind: 'individual', id: f.binh.id, catalogueId: f.gdvh, achievement: '' },
        { kind: 'individual', id: f.binh.id, catalogueId: f.giayKhen, achievement: '' },
      ],
    });
    expect(again.added).toBe(1);
    expect(again.skipped.map((s) => s.name)).toEqual(['Nguyễn Văn An', 'Trần Thị Bình']);

    const list = await t.call('proposals.candidates', { id: p.id });
    expect(list.map((c) => [c.kind, c.name, c.detail, c.catalogueName])).toEqual([
      ['individual', 'Nguyễn Văn An', 'Giáo viên, Trường THCS Lê Chân', 'Lao động tiên tiến'],
      ['collective', 'Trường THCS Lê Chân', 'Trường học', 'Giấy khen của Chủ tịch UBND phường'],
      ['household', 'Lê Văn Cường', '12 Hàng Kênh', 'Gia đình văn hóa'],
      ['individual', 'Trần Thị Bình', 'Trường THCS Lê Chân', 'Giấy khen của Chủ tịch UBND phường'],
    ]);
    expect(list[0]!.achievement).toBe('Hoàn thành xuất sắc nhiệm vụ');

    const edited = await t.call('proposals.updateCandidate', {
      candidateId: list[3]!.id,
      catalogueId: f.ldtt,
      achievement: 'Giáo viên dạy giỏi',
    });
    expect(edited).toMatchObject({ catalogueName: 'Lao động tiên tiến', achievement: 'Giáo viên dạy giỏi' });
    expect(
      await t.call('proposals.removeCandidates', { proposalId: p.id, candidateIds: [list[2]!.id] }),
    ).toEqual({
      removed: 1,
    });
    expect((await t.call('proposals.get', { id: p.id })).candidateCount).toBe(3);
  });

  it('reviews candidates: the proposal is reviewed once every candidate has an outcome', async () => {
    t = startTestCore();
    const f = await registryFixture(t);
    const p = await t.call('proposals.create', proposalInput('Đề nghị'));
    await t.call('proposals.addCandidates', {
      proposalId: p.id,
      candidates: [
        { kind: 'individual', id: f.an.id, catalogueId: f.ldtt, achievement: '' },
        { kind: 'individual', id: f.binh.id, catalogueId: f.ldtt, achievement: '' },
      ],
    });
    expect((await t.call('proposals.submit', { id: p.id })).status).toBe('submitted');
    const [an, binh] = await t.call('proposals.candidates', { id: p.id });

    const partly = await t.call('proposals.review', {
      proposalId: p.id,
      reviews: [{ candidateId: an!.id, outcome: 'approved', note: '' }],
    });
    expect(partly).toMatchObject({
      status: 'submitted',
      approvedCount: 1,
      pendingCount: 1,
      reviewedOn: null,
    });

    const done = await t.call('proposals.review', {
      proposalId: p.id,
      reviews: [{ candidateId: binh!.id, outcome: 'proposed_upward', note: 'Đủ tiêu chuẩn Bằng khen' }],
      reviewedOn: '2026-11-20',
    });
    expect(done).toMatchObject({
      status: 'reviewed',
      upwardCount: 1,
      pendingCount: 0,
      reviewedOn: '2026-11-20',
    });
    expect((await t.call('proposals.candidates', { id: p.id }))[1]).toMatchObject({
      outcome: 'proposed_upward',
      reviewNote: 'Đủ tiêu chuẩn Bằng khen',
    });

    // Clearing an outcome reopens the review.
    const reopened = await t.call('proposals.review', {
      proposalId: p.id,
      reviews: [{ candidateId: binh!.id, outcome: null, note: '' }],
    });
    expect(reopened).toMatchObject({ status: 'submitted', reviewedOn: null });
  });

  it('returns a proposal with the reason in its note; a returned proposal is not reviewed until resubmitted', async () => {
    t = startTestCore();
    const f = await registryFixture(t);
    const p = await t.call('proposals.create', proposalInput('Đề nghị', { note: 'Nhận qua văn thư' }));
    await t.call('proposals.addCandidates', {
      proposalId: p.id,
      candidates: [{ kind: 'individual', id: f.an.id, catalogueId: f.ldtt, achievement: '' }],
    });
    await t.call('proposals.submit', { id: p.id });
    const returned = await t.call('proposals.return', { id: p.id, reason: 'Thiếu báo cáo thành tích' });
    expect(returned.status).toBe('returned');
    expect(returned.note).toBe('Nhận qua văn thư\nTrả lại ngày 26/11/2026: Thiếu báo cáo thành tích');
    const [c] = await t.call('proposals.candidates', { id: p.id });
    const error = await t.fail('proposals.review', {
      proposalId: p.id,
      reviews: [{ candidateId: c!.id, outcome: 'approved', note: '' }],
    });
    expect(error.code).toBe('CONFLICT');
    expect((await t.call('proposals.submit', { id: p.id })).status).toBe('submitted');
  });

  it('moves a proposal to the trash, from where it can be restored', async () => {
    t = startTestCore();
    const p = await t.call('proposals.create', proposalInput('Đề nghị'));
    await t.call('proposals.delete', { id: p.id });
    expect(await t.call('proposals.list', {})).toEqual([]);
    expect((await t.fail('proposals.get', { id: p.id })).code).toBe('NOT_FOUND');
    await t.call('trash.restore', { kind: 'proposals', id: p.id });
    expect((await t.call('proposals.get', { id: p.id })).title).toBe('Đề nghị');
  });
});
