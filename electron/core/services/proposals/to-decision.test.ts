import { afterEach, describe, expect, it } from 'vitest';
import { startTestCore, type TestCore } from '../../testing/core';
import { createProposalsService } from './index';
import { legalBasesFor } from './to-decision';
import { proposalInput, registryFixture } from './testing';
import { AppError } from '../../../../shared/errors';
import type { Proposal } from '../../../../shared/schemas/proposals';

let t: TestCore;
afterEach(() => t?.close());

/** A submitted proposal from the school: An and Bình for LĐTT, the school for a Giấy khen; An and the school approved, Bình rejected. */
async function reviewedProposal() {
  const f = await registryFixture(t);
  const p = await t.call(
    'proposals.create',
    proposalInput('Đề nghị khen thưởng năm học 2025-2026', {
      docNumber: '12/TTr-THCS',
      docDate: '2026-11-05',
      fromUnitId: f.school.id,
    }),
  );
  await t.call('proposals.addCandidates', {
    proposalId: p.id,
    candidates: [
      { kind: 'individual', id: f.an.id, catalogueId: f.ldtt, achievement: 'Hoàn thành xuất sắc nhiệm vụ' },
      { kind: 'individual', id: f.binh.id, catalogueId: f.ldtt, achievement: '' },
      { kind: 'collective', id: f.school.id, catalogueId: f.giayKhen, achievement: '' },
    ],
  });
  const [an, binh, school] = await t.call('proposals.candidates', { id: p.id });
  await t.call('proposals.review', {
    proposalId: p.id,
    reviews: [
      { candidateId: an!.id, outcome: 'approved', note: '' },
      { candidateId: binh!.id, outcome: 'rejected', note: 'Chưa đủ tiêu chuẩn' },
      { candidateId: school!.id, outcome: 'approved', note: '' },
    ],
  });
  return { f, p, an: an!, binh: binh!, school: school! };
}

const lineRows = (t: TestCore, decisionId: number) =>
  t.core.services.db
    .prepare(
      'SELECT recipient_name_snapshot AS name, proposal_candidate_id AS candidateId FROM awards WHERE decision_id = ? ORDER BY id',
    )
    .all(decisionId) as { name: string; candidateId: number | null }[];

describe('approved candidates into a decision', () => {
  it('creates a draft decision of the proposal’s year with the approved candidates only', async () => {
    t = startTestCore();
    const { p, an, school } = await reviewedProposal();
    const result = await t.call('proposals.toDecision', { proposalId: p.id, decisionId: null });
    expect(result).toMatchObject({ added: 2, skipped: [] });

    const decision = await t.call('decisions.get', { id: result.decisionId });
    expect(decision).toMatchObject({ status: 'draft', year: 2026, number: null });
    // LĐTT and Giấy khen once each: the first proposed wins the tie.
    expect(decision.catalogueName).toBe('Lao động tiên tiến');
    expect(decision.subject).toBe(
      'Về việc công nhận danh hiệu “Lao động tiên tiến” cho cá nhân có thành tích năm 2026',
    );
    expect(decision.legalBases).toContain(
      'Xét đề nghị của Trường THCS Lê Chân tại Tờ trình số 12/TTr-THCS ngày 05/11/2026',
    );
    expect(lineRows(t, result.decisionId)).toEqual([
      { name: 'Nguyễn Văn An', candidateId: an.id },
      { name: 'Trường THCS Lê Chân', candidateId: school.id },
    ]);

    const after = await t.call('proposals.get', { id: p.id });
    expect(after).toMatchObject({ status: 'decided', decidedCount: 2 });
    expect(after.decisions).toEqual([{ id: result.decisionId, numberText: null, status: 'draft' }]);
    const candidates = await t.call('proposals.candidates', { id: p.id });
    expect(candidates.map((c) => c.decisionId)).toEqual([result.decisionId, null, result.decisionId]);

    // Nothing left to decide; a decided candidate is not edited here; the proposal stays.
    expect((await t.fail('proposals.toDecision', { proposalId: p.id, decisionId: null })).code).toBe(
      'CONFLICT',
    );
    const edit = await t.fail('proposals.updateCandidate', {
      candidateId: an.id,
      catalogueId: an.catalogueId,
      achievement: 'Khác',
    });
    expect(edit.code).toBe('CONFLICT');
    const refused = await t.fail('proposals.delete', { id: p.id });
    expect(refused.code).toBe('CONFLICT');
    expect(refused.message).toContain('đã có 2 trường hợp được đưa vào quyết định');
  });

  it('appends to an existing draft only the approved candidates not yet decided', async () => {
    t = startTestCore();
    const { f, p, binh } = await reviewedProposal();
    const draft = await t.call('decisions.create', {
      year: 2026,
      number: null,
      decisionDate: null,
      signer: null,
      subject: 'Về việc tặng danh hiệu Lao động tiên tiến',
      legalBases: [],
      movementId: null,
      catalogueId: f.ldtt,
      achievementFrom: null,
      achievementTo: null,
      method: 'regular',
      defaultAchievement: '',
      recipientOrder: 'entered',
    });
    const first = await t.call('proposals.toDecision', { proposalId: p.id, decisionId: draft.id });
    expect(first).toEqual({ decisionId: draft.id, added: 2, skipped: [] });

    // Bình approved later: only Bình goes in.
    await t.call('proposals.review', {
      proposalId: p.id,
      reviews: [{ candidateId: binh.id, outcome: 'approved', note: '' }],
    });
    expect((await t.call('proposals.get', { id: p.id })).status).toBe('reviewed');
    const second = await t.call('proposals.toDecision', { proposalId: p.id, decisionId: draft.id });
    expect(second.added).toBe(1);
    expect(lineRows(t, draft.id).map((l) => l.name)).toEqual([
      'Nguyễn Văn An',
      'Trường THCS Lê Chân',
      'Trần Thị Bình',
    ]);
    expect((await t.call('proposals.get', { id: p.id })).status).toBe('decided');
  });

  it('writes nothing when the decision refuses a line (one transaction)', async () => {
    t = startTestCore();
    const { p } = await reviewedProposal();
    const s = t.core.services;
    const failing = createProposalsService({
      db: s.db,
      clock: s.clock,
      settings: s.settings,
      decisions: () => ({
        ...s.decisions,
        addRecipients(decisionId, recipients) {
          s.decisions.addRecipients(decisionId, recipients.slice(0, 1));
          throw new AppError('VALIDATION', 'Dòng thứ hai bị từ chối.');
        },
      }),
    });
    const before = (await t.call('audit.list', {})).total;
    expect(() => failing.toDecision(p.id, null)).toThrow('Dòng thứ hai bị từ chối.');
    expect(s.db.prepare('SELECT count(*) AS n FROM decisions').get()).toEqual({ n: 0 });
    expect(s.db.prepare('SELECT count(*) AS n FROM awards').get()).toEqual({ n: 0 });
    expect((await t.call('proposals.candidates', { id: p.id })).every((c) => c.decisionId === null)).toBe(
      true,
    );
    expect((await t.call('proposals.get', { id: p.id })).status).toBe('reviewed');
    expect((await t.call('audit.list', {})).total).toBe(before);
  });

  it('refuses to append to a decision that is not a draft', async () => {
    t = startTestCore();
    const { p } = await reviewedProposal();
    const { decisionId } = await t.call('proposals.toDecision', { proposalId: p.id, decisionId: null });
    t.core.services.db
      .prepare(
        `UPDATE decisions SET status = 'signed', number = 1, number_text = '01/QĐ-UBND', decision_date = '2026-11-26',
           signer_name = 'A', signer_title = 'Chủ tịch', signed_at = '2026-11-26T09:00:00.000Z' WHERE id = ?`,
      )
      .run(decisionId);
    const other = await t.call('proposals.create', proposalInput('Đề nghị khác'));
    const error = await t.fail('proposals.toDecision', { proposalId: other.id, decisionId });
    expect(error.code).toBe('CONFLICT');
  });
});

describe('legal bases of a decision made from a proposal', () => {
  const proposal = (more: Partial<Proposal>) =>
    ({ fromUnitName: null, docNumber: null, docDate: null, ...more }) as Proposal;
  const defaults = ['Căn cứ Luật A', 'Căn cứ Nghị định B', 'Xét đề nghị của Trưởng phòng Văn hóa - Xã hội'];

  it('puts the unit’s tờ trình before the office’s own “Xét đề nghị” line', () => {
    expect(legalBasesFor(defaults, proposal({ fromUnitName: 'Tổ dân phố 5', docNumber: '03/TTr' }))).toEqual([
      'Căn cứ Luật A',
      'Căn cứ Nghị định B',
      'Xét đề nghị của Tổ dân phố 5 tại Tờ trình số 03/TTr',
      'Xét đề nghị của Trưởng phòng Văn hóa - Xã hội',
    ]);
  });

  it('adds nothing for the office’s own proposal without a number', () => {
    expect(legalBasesFor(defaults, proposal({}))).toEqual(defaults);
  });
});

describe('when the decision lets go of candidates', () => {
  it('a removed line or a trashed draft frees its candidate to be decided again; a restored draft takes it back', async () => {
    t = startTestCore();
    const { p, an, school } = await reviewedProposal();
    const { decisionId } = await t.call('proposals.toDecision', { proposalId: p.id, decisionId: null });
    const lines = await t.call('decisions.lines', { id: decisionId });
    const anLine = lines.find((l) => l.name === 'Nguyễn Văn An')!;

    await t.call('decisions.removeLines', { decisionId, lineIds: [anLine.id] });
    let candidates = await t.call('proposals.candidates', { id: p.id });
    expect(candidates.find((c) => c.id === an.id)!.decisionId).toBeNull();
    expect(candidates.find((c) => c.id === school.id)!.decisionId).toBe(decisionId);
    expect((await t.call('proposals.get', { id: p.id })).status).toBe('reviewed');

    await t.call('decisions.delete', { id: decisionId });
    candidates = await t.call('proposals.candidates', { id: p.id });
    expect(candidates.every((c) => c.decisionId === null)).toBe(true);

    await t.call('trash.restore', { kind: 'decisions', id: decisionId });
    candidates = await t.call('proposals.candidates', { id: p.id });
    expect(candidates.find((c) => c.id === school.id)!.decisionId).toBe(decisionId);
    expect(candidates.find((c) => c.id === an.id)!.decisionId).toBeNull();
  });
});
