import { afterEach, describe, expect, it } from 'vitest';
import { startTestCore, unitInput, type TestCore } from '../../testing/core';
import { movementInput } from './testing';

let t: TestCore;
afterEach(() => t?.close());

describe('movements: lifecycle', () => {
  it('moves draft → launched → in progress → reviewing → closed, refusing skips', async () => {
    t = startTestCore();
    const m = await t.call('movements.create', movementInput('Phong trào'));
    const skip = await t.fail('movements.setStatus', { id: m.id, status: 'reviewing' });
    expect(skip.code).toBe('CONFLICT');
    expect(skip.message).toContain('“Dự thảo”');
    for (const status of ['launched', 'in_progress', 'reviewing'] as const)
      expect((await t.call('movements.setStatus', { id: m.id, status })).status).toBe(status);
    const closed = await t.call('movements.setStatus', { id: m.id, status: 'closed' });
    expect(closed.closedAt).toBe('2026-11-26T09:00:00.000Z');
  });

  it('refuses edits while closed, and reopens only with a reason, both recorded in the history', async () => {
    t = startTestCore();
    const m = await t.call('movements.create', movementInput('Phong trào'));
    await t.call('movements.setStatus', { id: m.id, status: 'launched' });
    await t.call('movements.setStatus', { id: m.id, status: 'closed' });

    const edit = await t.fail('movements.update', { id: m.id, values: movementInput('Tên mới') });
    expect(edit.code).toBe('CONFLICT');
    expect(edit.message).toBe(
      'Phong trào “Phong trào” đã kết thúc; hãy mở lại phong trào trước khi thay đổi.',
    );

    const noReason = await t.fail('movements.setStatus', { id: m.id, status: 'in_progress', reason: '  ' });
    expect(noReason.fields?.reason).toBe('Vui lòng nhập lý do mở lại phong trào.');
    const reopened = await t.call('movements.setStatus', {
      id: m.id,
      status: 'in_progress',
      reason: 'Bổ sung kết quả của tổ dân phố 5',
    });
    expect(reopened).toMatchObject({ status: 'in_progress', closedAt: null });
    expect((await t.call('movements.update', { id: m.id, values: movementInput('Tên mới') })).name).toBe(
      'Tên mới',
    );

    const audit = await t.call('audit.list', { entity: 'movements', entityId: m.id });
    expect(audit.rows.map((r) => r.note)).toEqual([
      null,
      'Mở lại phong trào: Bổ sung kết quả của tổ dân phố 5',
      'Kết thúc phong trào',
      null,
      null,
    ]);
  });

  it('refuses edits and status moves while archived', async () => {
    t = startTestCore();
    const m = await t.call('movements.create', movementInput('Phong trào cũ'));
    await t.call('movements.archive', { id: m.id });
    const edit = await t.fail('movements.update', { id: m.id, values: movementInput('X') });
    expect(edit.message).toMatch(/đã được lưu trữ/);
    expect((await t.fail('movements.setStatus', { id: m.id, status: 'launched' })).code).toBe('CONFLICT');
  });

  it('refuses to delete a movement that registrations, models or decisions refer to, suggesting archive', async () => {
    t = startTestCore();
    const unit = await t.call('units.create', unitInput('Trường Mầm non Hoa Sen', { kind: 'school' }));
    const { db } = t.core.services;
    const at = '2026-11-26T09:00:00.000Z';
    const cases: [string, (id: number) => void][] = [
      [
        'đăng ký thi đua',
        (id) =>
          db
            .prepare(
              `INSERT INTO registrations (movement_id, year, registrant_kind, unit_id, created_at, updated_at)
               VALUES (?, 2026, 'collective', ?, ?, ?)`,
            )
            .run(id, unit.id, at, at),
      ],
      [
        'điển hình tiên tiến',
        (id) =>
          db
            .prepare(
              `INSERT INTO exemplary_models (subject_kind, unit_id, movement_id, title, search_text, created_at, updated_at)
               VALUES ('collective', ?, ?, 'Mô hình hay', 'mo hinh hay', ?, ?)`,
            )
            .run(unit.id, id, at, at),
      ],
      [
        'quyết định khen thưởng',
        (id) =>
          db
            .prepare(
              `INSERT INTO decisions (year, movement_id, search_text, created_at, updated_at)
               VALUES (2026, ?, '', ?, ?)`,
            )
            .run(id, at, at),
      ],
    ];
    for (const [what, refer] of cases) {
      const m = await t.call('movements.create', movementInput(`Phong trào có ${what}`));
      refer(m.id);
      const error = await t.fail('movements.delete', { id: m.id });
      expect(error.code).toBe('CONFLICT');
      expect(error.message).toContain(`1 ${what}`);
      expect(error.message).toContain('Hãy lưu trữ phong trào');
      expect((await t.call('movements.get', { id: m.id })).id).toBe(m.id);
    }
  });

  it('moves an unused movement to the trash, from where it can be restored', async () => {
    t = startTestCore();
    const m = await t.call('movements.create', movementInput('Phong trào nhập nhầm'));
    await t.call('movements.delete', { id: m.id });
    expect((await t.fail('movements.get', { id: m.id })).code).toBe('NOT_FOUND');
    expect(await t.call('movements.list', {})).toEqual([]);
    const trash = await t.call('trash.list', { kind: 'movements' });
    expect(trash.rows.map((r) => r.label)).toEqual(['Phong trào nhập nhầm']);
    await t.call('trash.restore', { kind: 'movements', id: m.id });
    expect((await t.call('movements.get', { id: m.id })).name).toBe('Phong trào nhập nhầm');
  });

  it('lists the award decisions linked to the movement with their lines and money', async () => {
    t = startTestCore();
    const m = await t.call('movements.create', movementInput('Phong trào'));
    expect(await t.call('movements.decisions', { id: m.id })).toEqual([]);
    const { db } = t.core.services;
    const at = '2026-11-26T09:00:00.000Z';
    const decision = db
      .prepare(
        `INSERT INTO decisions (year, movement_id, subject, search_text, created_at, updated_at)
         VALUES (2026, ?, 'Về việc tặng Giấy khen', '', ?, ?)`,
      )
      .run(m.id, at, at);
    const unit = await t.call('units.create', unitInput('Tổ dân phố 1'));
    const catalogueId = (await t.call('catalogue.list', {}))[0]!.id;
    for (const amount of [760000, 1520000])
      db.prepare(
        `INSERT INTO awards (decision_id, position, recipient_kind, unit_id, recipient_name_snapshot, catalogue_id,
           base_salary_used, amount, paid, search_text, created_at, updated_at)
         VALUES (?, ?, 'collective', ?, 'Tổ dân phố 1', ?, 2530000, ?, 1, '', ?, ?)`,
      ).run(decision.lastInsertRowid, amount === 760000 ? 0 : 1, unit.id, catalogueId, amount, at, at);
    expect(await t.call('movements.decisions', { id: m.id })).toEqual([
      {
        id: Number(decision.lastInsertRowid),
        numberText: null,
        decisionDate: null,
        subject: 'Về việc tặng Giấy khen',
        status: 'draft',
        lineCount: 2,
        totalAmount: 2280000,
      },
    ]);
    expect((await t.call('movements.get', { id: m.id })).decisionCount).toBe(1);
  });
});
