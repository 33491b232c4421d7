import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { tempDir } from '../testing/temp';
import { personInput, unitInput } from '../testing/core';
import type { Core } from '../app';
import { call, movableClock, openCore, refused } from '../backup/testing/fixtures';
import { changedFields } from './audit-changes';

let data: ReturnType<typeof tempDir>;
let core: Core;
const clock = movableClock('2026-11-24T03:00:00.000Z');
let personId: number;

/** Three days of work: a unit and a person; an edit and a settings change; the person trashed. */
beforeEach(async () => {
  data = tempDir();
  clock.set(new Date(2026, 10, 24, 9, 0).toISOString());
  core = openCore(data.dir, clock);
  const school = await call(core, 'units.create', unitInput('Trường THCS Lê Chân', { kind: 'school' }));
  const person = await call(
    core,
    'people.create',
    personInput('Nguyễn Văn An', { unitId: school.id, position: 'Giáo viên' }),
  );
  personId = person.id;
  clock.set(new Date(2026, 10, 25, 10, 0).toISOString());
  const ward = await call(core, 'units.create', unitInput('UBND phường', { kind: 'party_gov' }));
  await call(core, 'people.update', {
    id: personId,
    values: personInput('Nguyễn Văn An', { unitId: ward.id, position: 'Chuyên viên' }),
  });
  const settings = await call(core, 'settings.get', {});
  await call(core, 'settings.update', {
    ...settings,
    wardName: 'Phường Ngô Quyền',
    chairman: { name: 'Phạm Văn Chủ', title: 'Chủ tịch' },
  });
  clock.set(new Date(2026, 10, 26, 11, 0).toISOString());
  await call(core, 'people.delete', { id: personId });
});
afterEach(() => {
  core.close();
  data.cleanup();
});

const summary = (rows: { entity: string; action: string }[]) => rows.map((r) => `${r.entity}:${r.action}`);

describe('audit.list', () => {
  it('lists every change newest first, with Vietnamese labels, paged', async () => {
    const page = await call(core, 'audit.list', { limit: 3 });
    expect(page.total).toBe(6);
    expect(summary(page.rows)).toEqual(['people:delete', 'settings:update', 'people:update']);
    expect(page.rows[0]).toMatchObject({
      entityLabel: 'Cá nhân',
      actionLabel: 'Chuyển vào thùng rác',
      recordLabel: 'Nguyễn Văn An',
      entityId: personId,
    });
    const next = await call(core, 'audit.list', { offset: 3, limit: 3 });
    expect(summary(next.rows)).toEqual(['units:create', 'people:create', 'units:create']);
  });

  it('shows one record’s own history, and filters by action', async () => {
    const own = await call(core, 'audit.list', { entity: 'people', entityId: personId });
    expect(summary(own.rows)).toEqual(['people:delete', 'people:update', 'people:create']);
    const updates = await call(core, 'audit.list', { action: 'update' });
    expect(summary(updates.rows)).toEqual(['settings:update', 'people:update']);
  });

  it('filters by local calendar days, both ends included', async () => {
    const day = await call(core, 'audit.list', { from: '2026-11-25', to: '2026-11-25' });
    expect(summary(day.rows)).toEqual(['settings:update', 'people:update', 'units:create']);
    const since = await call(core, 'audit.list', { from: '2026-11-26' });
    expect(summary(since.rows)).toEqual(['people:delete']);
    const error = await refused(core, 'audit.list', { from: '2026-11-26', to: '2026-11-25' });
    expect(error.fields?.to).toBe('Ngày kết thúc không được trước ngày bắt đầu.');
  });

  it('searches who and what was written without accents or case', async () => {
    expect(summary((await call(core, 'audit.list', { query: 'nguyen van AN' })).rows)).toEqual([
      'people:delete',
      'people:update',
      'people:create',
    ]);
    expect(summary((await call(core, 'audit.list', { query: 'ngô quyen' })).rows)).toEqual([
      'settings:update',
    ]);
    // The officer named in the settings is the actor from then on.
    expect(summary((await call(core, 'audit.list', { query: 'chuyen vien' })).rows)).toEqual([
      'people:delete',
      'people:update',
    ]);
    expect((await call(core, 'audit.list', { query: '100%_' })).total).toBe(0);
  });

  it('works out the changed fields, old → new, with labels and names instead of codes and ids', async () => {
    const [update] = (await call(core, 'audit.list', { entity: 'people', action: 'update' })).rows;
    expect(update!.changes.map((c) => [c.label, c.before, c.after])).toEqual([
      ['Đơn vị', 'Trường THCS Lê Chân', 'UBND phường'],
      ['Chức vụ', 'Giáo viên', 'Chuyên viên'],
    ]);
    expect(update!.changes[0]).toMatchObject({ field: 'unitId', beforeValue: 1, afterValue: 2 });

    const [settings] = (await call(core, 'audit.list', { entity: 'settings' })).rows;
    expect(settings!.recordLabel).toBeNull();
    expect(settings!.changes.map((c) => [c.field, c.label, c.before, c.after])).toEqual([
      ['wardName', 'Tên phường', 'Phường Lê Chân', 'Phường Ngô Quyền'],
      ['chairman.name', 'Chủ tịch – họ tên', '', 'Phạm Văn Chủ'],
    ]);

    const [created] = (await call(core, 'audit.list', { entity: 'units', entityId: 1 })).rows;
    expect(created!.changes.map((c) => [c.label, c.before, c.after])).toEqual([
      ['Tên đơn vị', '', 'Trường THCS Lê Chân'],
      ['Loại đơn vị', '', 'Trường học'],
    ]);
    const [trashed] = (await call(core, 'audit.list', { action: 'delete' })).rows;
    expect(trashed!.changes.map((c) => c.label)).toEqual(['Ngày chuyển vào thùng rác']);
    expect(trashed!.changes[0]!.after).toMatch(/^26\/11\/2026 \d\d:\d\d$/);
  });

  it('names a record deleted for good from what its last change recorded', async () => {
    await call(core, 'trash.purge', { kind: 'people', id: personId });
    const [purge] = (await call(core, 'audit.list', { entity: 'people', entityId: personId })).rows;
    expect(purge).toMatchObject({
      action: 'purge',
      actionLabel: 'Xóa vĩnh viễn',
      recordLabel: 'Nguyễn Văn An',
    });
    expect(purge!.changes.find((c) => c.field === 'fullName')).toMatchObject({
      before: 'Nguyễn Văn An',
      after: '',
    });
    expect(purge!.changes.find((c) => c.field === 'active')).toMatchObject({
      label: 'Còn hoạt động, công tác',
      before: 'Có',
    });
  });
});

describe('changedFields', () => {
  it('compares flattened documents and keeps arrays whole', () => {
    expect(
      changedFields(
        { name: 'A', clusterIds: [1, 2], chairman: { name: 'X', title: 'Chủ tịch' } },
        { name: 'A', clusterIds: [2, 1], chairman: { name: 'Y', title: 'Chủ tịch' } },
      ),
    ).toEqual([
      { field: 'clusterIds', before: [1, 2], after: [2, 1] },
      { field: 'chairman.name', before: 'X', after: 'Y' },
    ]);
    expect(changedFields(null, { a: '', b: null, c: 0 })).toEqual([{ field: 'c', before: null, after: 0 }]);
    expect(changedFields(null, null)).toEqual([]);
    expect(changedFields('x', 'y')).toEqual([{ field: 'value', before: 'x', after: 'y' }]);
  });
});
