import { afterEach, describe, expect, it } from 'vitest';
import { startTestCore, type TestCore } from '../../testing/core';
import { exemplarFixture, exemplarInput, setMovementStatus } from './testing';

let t: TestCore;
afterEach(() => t?.close());

describe('exemplary models', () => {
  it('creates a model at “phát hiện” with its first history row, searchable without tones', async () => {
    t = startTestCore();
    const f = await exemplarFixture(t);
    const created = await t.call(
      'exemplars.create',
      exemplarInput({ kind: 'individual', id: f.person.id }, '  Cô giáo  dạy học miễn phí ', {
        field: 'Giáo dục',
        movementId: f.movementId,
        source: 'Hội Khuyến học phường',
      }),
    );
    expect(created).toMatchObject({
      title: 'Cô giáo dạy học miễn phí',
      subjectName: 'Nguyễn Thị Hoa',
      subjectDetail: 'Giáo viên, Trường THCS Lê Chân',
      movementName: 'Dân vận khéo',
      stage: 'discovered',
      stageOn: '2026-03-02',
      evidenceCount: 0,
      readOnly: false,
    });
    expect(created.history).toEqual([
      expect.objectContaining({ stage: 'discovered', onDate: '2026-03-02', note: null }),
    ]);
    const byWords = await t.call('exemplars.list', { search: 'hoa mien phi' });
    expect(byWords.map((m) => m.id)).toEqual([created.id]);
    expect(await t.call('exemplars.list', { search: 'dan van kheo' })).toHaveLength(1);
    expect(await t.call('exemplars.list', { subjectKind: 'household' })).toHaveLength(0);
    expect(await t.call('exemplars.list', { field: 'Giáo dục', year: 2026 })).toHaveLength(1);
    expect(await t.call('exemplars.list', { year: 2025 })).toHaveLength(0);
  });

  it('moves through the four stages, one history row per move with date, note and officer', async () => {
    t = startTestCore();
    const settings = t.core.services.settings;
    settings.update({ ...settings.get(), officerName: 'Lê Văn Cán' });
    const f = await exemplarFixture(t);
    const m = await t.call(
      'exemplars.create',
      exemplarInput({ kind: 'collective', id: f.school.id }, 'Trường xanh'),
    );
    const moves = [
      ['nurtured', '2026-04-10', 'Giao Đoàn phường theo dõi'],
      ['summarized', '2026-09-15', 'Hội nghị sơ kết'],
      ['replicated', '2026-11-26', ''],
    ] as const;
    for (const [stage, onDate, note] of moves)
      await t.call('exemplars.moveStage', { id: m.id, stage, onDate, note });
    const after = await t.call('exemplars.get', { id: m.id });
    expect(after.stage).toBe('replicated');
    expect(after.stageOn).toBe('2026-11-26');
    expect(after.history.map((h) => [h.stage, h.onDate, h.note])).toEqual([
      ['discovered', '2026-03-02', null],
      ['nurtured', '2026-04-10', 'Giao Đoàn phường theo dõi'],
      ['summarized', '2026-09-15', 'Hội nghị sơ kết'],
      ['replicated', '2026-11-26', null],
    ]);
    expect(
      after.history.every((h) => h.movedBy === 'Lê Văn Cán' && h.at === '2026-11-26T09:00:00.000Z'),
    ).toBe(true);

    // Back one step is a move too, recorded; the board reads the new stage.
    const back = await t.call('exemplars.moveStage', {
      id: m.id,
      stage: 'summarized',
      onDate: '2026-11-26',
      note: 'Cần tổng kết lại',
    });
    expect(back.history).toHaveLength(5);
    expect((await t.call('exemplars.list', { stage: 'summarized' })).map((x) => x.id)).toEqual([m.id]);

    const audit = await t.call('audit.list', { entity: 'exemplary_models', entityId: m.id });
    expect(audit.rows.map((r) => r.action).sort()).toEqual([
      'create',
      'update',
      'update',
      'update',
      'update',
    ]);
  });

  it('refuses a move dated in the future, before the current stage, skipping a stage, or to the same stage', async () => {
    t = startTestCore();
    const f = await exemplarFixture(t);
    const m = await t.call(
      'exemplars.create',
      exemplarInput({ kind: 'individual', id: f.person.id }, 'Gương sáng'),
    );
    const future = await t.fail('exemplars.moveStage', {
      id: m.id,
      stage: 'nurtured',
      onDate: '2026-11-27',
      note: '',
    });
    expect(future.fields?.onDate).toBe('Ngày chuyển giai đoạn không được sau ngày hôm nay.');
    const early = await t.fail('exemplars.moveStage', {
      id: m.id,
      stage: 'nurtured',
      onDate: '2026-03-01',
      note: '',
    });
    expect(early.fields?.onDate).toBe(
      'Ngày chuyển giai đoạn không được trước ngày của giai đoạn hiện tại (02/03/2026).',
    );
    const skip = await t.fail('exemplars.moveStage', {
      id: m.id,
      stage: 'summarized',
      onDate: '2026-04-01',
      note: '',
    });
    expect(skip.message).toMatch(/liền trước hoặc liền sau/);
    const same = await t.fail('exemplars.moveStage', {
      id: m.id,
      stage: 'discovered',
      onDate: '2026-04-01',
      note: '',
    });
    expect(same.message).toBe('Điển hình đang ở giai đoạn “Phát hiện”.');
    // The same day as the current stage is fine.
    await t.call('exemplars.moveStage', { id: m.id, stage: 'nurtured', onDate: '2026-03-02', note: '' });
    const discovery = await t.fail('exemplars.update', {
      id: m.id,
      values: exemplarInput({ kind: 'individual', id: f.person.id }, 'Gương sáng', {
        discoveredOn: '2026-03-05',
      }),
    });
    expect(discovery.fields?.discoveredOn).toMatch(
      /không được sau ngày chuyển giai đoạn đầu tiên \(02\/03\/2026\)/,
    );
  });

  it('keeps the first history row on the discovery date when the form changes it', async () => {
    t = startTestCore();
    const f = await exemplarFixture(t);
    const subject = { kind: 'individual', id: f.person.id } as const;
    const m = await t.call('exemplars.create', exemplarInput(subject, 'Gương sáng'));
    const edited = await t.call('exemplars.update', {
      id: m.id,
      values: exemplarInput(subject, 'Gương sáng', { discoveredOn: '2026-02-01', field: 'Khác' }),
    });
    expect(edited.history[0]!.onDate).toBe('2026-02-01');
    expect(edited.stageOn).toBe('2026-02-01');
  });

  it('makes a model of a closed movement read-only, and refuses linking a model to one', async () => {
    t = startTestCore();
    const f = await exemplarFixture(t);
    const subject = { kind: 'individual', id: f.person.id } as const;
    const m = await t.call(
      'exemplars.create',
      exemplarInput(subject, 'Gương sáng', { movementId: f.movementId }),
    );
    setMovementStatus(t, f.movementId, 'closed');
    expect((await t.call('exemplars.get', { id: m.id })).readOnly).toBe(true);
    const move = await t.fail('exemplars.moveStage', {
      id: m.id,
      stage: 'nurtured',
      onDate: '2026-04-01',
      note: '',
    });
    expect(move).toMatchObject({ code: 'CONFLICT', message: expect.stringMatching(/đã kết thúc/) });
    expect(
      (await t.fail('exemplars.update', { id: m.id, values: exemplarInput(subject, 'Khác') })).code,
    ).toBe('CONFLICT');
    expect((await t.fail('exemplars.delete', { id: m.id })).code).toBe('CONFLICT');

    const other = await t.call('exemplars.create', exemplarInput(subject, 'Gương khác'));
    const link = await t.fail('exemplars.update', {
      id: other.id,
      values: exemplarInput(subject, 'Gương khác', { movementId: f.movementId }),
    });
    expect(link.message).toMatch(/Dân vận khéo.*đã kết thúc/);
    expect(
      (await t.fail('exemplars.create', exemplarInput(subject, 'Mới', { movementId: f.movementId }))).code,
    ).toBe('CONFLICT');
    setMovementStatus(t, f.movementId, 'in_progress');
    await t.call('exemplars.moveStage', { id: m.id, stage: 'nurtured', onDate: '2026-04-01', note: '' });
  });

  it('refuses a trashed subject and a discovery date in the future; moves to the trash with an audit row', async () => {
    t = startTestCore();
    const f = await exemplarFixture(t);
    const subject = { kind: 'individual', id: f.person.id } as const;
    const future = await t.fail(
      'exemplars.create',
      exemplarInput(subject, 'X', { discoveredOn: '2026-12-01' }),
    );
    expect(future.fields?.discoveredOn).toBe('Ngày phát hiện không được sau ngày hôm nay.');
    const missing = await t.fail('exemplars.create', exemplarInput({ kind: 'household', id: 999 }, 'X'));
    expect(missing.fields?.subject).toMatch(/Không tìm thấy/);

    const m = await t.call('exemplars.create', exemplarInput(subject, 'Gương sáng'));
    await t.call('exemplars.delete', { id: m.id });
    expect(await t.call('exemplars.list', {})).toEqual([]);
    expect((await t.fail('exemplars.get', { id: m.id })).code).toBe('NOT_FOUND');
    const trash = await t.call('trash.list', {});
    expect(trash.rows.map((r) => r.label)).toContain('Gương sáng');
    const audit = await t.call('audit.list', { entity: 'exemplary_models', entityId: m.id });
    expect(audit.rows.map((r) => r.action).sort()).toEqual(['create', 'delete']);
  });
});
