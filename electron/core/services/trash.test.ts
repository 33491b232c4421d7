import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { tempDir } from '../testing/temp';
import { householdInput, personInput, unitInput } from '../testing/core';
import type { Core } from '../app';
import { call, movableClock, openCore, refused } from '../backup/testing/fixtures';

let data: ReturnType<typeof tempDir>;
let core: Core;
const clock = movableClock('2026-11-26T02:00:00.000Z');
const minute = () => clock.advance(60_000);

beforeEach(() => {
  data = tempDir();
  clock.set('2026-11-26T02:00:00.000Z');
  core = openCore(data.dir, clock);
});
afterEach(() => {
  core.close();
  data.cleanup();
});

const sql = (text: string, ...params: unknown[]) => core.services.db.prepare(text).run(...params);
const count = (table: string, id: number) =>
  (core.services.db.prepare(`SELECT count(*) AS n FROM ${table} WHERE id = ?`).get(id) as { n: number }).n;
const AT = '2026-11-26T02:00:00.000Z';

/** A movement scoped to a cluster, written directly (no movement screens yet), trashed when `deletedAt` is set. */
function insertMovement(clusterId: number, deletedAt: string | null): number {
  return Number(
    sql(
      `INSERT INTO movements (name, kind, scope, scope_cluster_id, period_from_year, period_to_year, created_at, updated_at, deleted_at)
       VALUES ('Thi đua cụm 2026', 'regular', 'cluster', ?, 2026, 2026, ?, ?, ?)`,
      clusterId,
      AT,
      AT,
      deletedAt,
    ).lastInsertRowid,
  );
}

describe('trash', () => {
  it('lists trashed records of every kind, newest deletion first, with a label and details', async () => {
    const school = await call(core, 'units.create', unitInput('Trường THCS Lê Chân', { kind: 'school' }));
    const an = await call(
      core,
      'people.create',
      personInput('Nguyễn Văn An', { unitId: school.id, birthYear: 1980 }),
    );
    const home = await call(
      core,
      'households.create',
      householdInput('Trần Văn Bình', { address: 'Số 5 ngõ 12' }),
    );
    const cluster = await call(core, 'clusters.create', {
      name: 'Cụm trường học',
      kind: 'cluster',
      note: '',
    });
    minute();
    await call(core, 'people.delete', { id: an.id });
    minute();
    await call(core, 'households.delete', { id: home.id });
    minute();
    await call(core, 'clusters.delete', { id: cluster.id });
    insertMovement(cluster.id, '2026-11-26T01:00:00.000Z');

    const all = await call(core, 'trash.list', {});
    expect(all.total).toBe(4);
    expect(all.rows.map((r) => [r.kindLabel, r.label, r.detail])).toEqual([
      ['Cụm, khối thi đua', 'Cụm trường học', null],
      ['Hộ gia đình', 'Trần Văn Bình', 'Số 5 ngõ 12'],
      ['Cá nhân', 'Nguyễn Văn An', 'Sinh năm 1980 – Trường THCS Lê Chân'],
      ['Phong trào thi đua', 'Thi đua cụm 2026', '2026–2026'],
    ]);
    expect(all.rows[0]!.deletedAt).toBe(clock.now().toISOString());
    const people = await call(core, 'trash.list', { kind: 'people' });
    expect(people.rows.map((r) => r.id)).toEqual([an.id]);
  });

  it('restores a person through the registry service, and refuses while their unit is in the trash', async () => {
    const school = await call(core, 'units.create', unitInput('Trường THCS Lê Chân'));
    const an = await call(core, 'people.create', personInput('Nguyễn Văn An', { unitId: school.id }));
    await call(core, 'people.delete', { id: an.id });
    await call(core, 'units.delete', { id: school.id });
    const blocked = await refused(core, 'trash.restore', { kind: 'people', id: an.id });
    expect(blocked).toMatchObject({
      code: 'CONFLICT',
      message: expect.stringContaining('Trường THCS Lê Chân'),
    });
    expect(await call(core, 'trash.restore', { kind: 'units', id: school.id })).toEqual({
      kind: 'units',
      id: school.id,
      label: 'Trường THCS Lê Chân',
    });
    await call(core, 'trash.restore', { kind: 'people', id: an.id });
    expect((await call(core, 'people.get', { id: an.id })).deletedAt).toBeNull();
    const [entry] = (await call(core, 'audit.list', { entity: 'people', entityId: an.id })).rows;
    expect(entry).toMatchObject({ action: 'restore' });
    expect((await refused(core, 'trash.restore', { kind: 'people', id: an.id })).code).toBe('NOT_FOUND');
  });

  it('restores other kinds generically, audited, unless what they belong to is still in the trash', async () => {
    const cluster = await call(core, 'clusters.create', { name: 'Khối cơ quan', kind: 'block', note: '' });
    await call(core, 'clusters.delete', { id: cluster.id });
    const movement = insertMovement(cluster.id, AT);
    const blocked = await refused(core, 'trash.restore', { kind: 'movements', id: movement });
    expect(blocked.message).toBe(
      'Bản ghi này thuộc về cụm, khối thi đua “Khối cơ quan” đang ở thùng rác; hãy khôi phục “Khối cơ quan” trước.',
    );
    await call(core, 'trash.restore', { kind: 'clusters', id: cluster.id });
    await call(core, 'trash.restore', { kind: 'movements', id: movement });
    expect((await call(core, 'clusters.list', {})).map((c) => c.name)).toEqual(['Khối cơ quan']);
    const [restore] = (await call(core, 'audit.list', { entity: 'movements' })).rows;
    expect(restore).toMatchObject({
      action: 'restore',
      entityLabel: 'Phong trào thi đua',
      recordLabel: 'Thi đua cụm 2026',
    });
    expect(restore!.changes.map((c) => [c.label, c.after])).toEqual([['Ngày chuyển vào thùng rác', '']]);
  });

  it('deletes for good only what nothing refers to, audited with the last values', async () => {
    const an = await call(
      core,
      'people.create',
      personInput('Nguyễn Văn An', { identityNumber: '001080012345' }),
    );
    await call(core, 'people.delete', { id: an.id });
    expect((await refused(core, 'trash.purge', { kind: 'people', id: 999 })).code).toBe('NOT_FOUND');
    expect(await call(core, 'trash.purge', { kind: 'people', id: an.id })).toEqual({
      kind: 'people',
      id: an.id,
      label: 'Nguyễn Văn An',
    });
    expect(count('people', an.id)).toBe(0);
    const [purge] = (await call(core, 'audit.list', { action: 'purge' })).rows;
    expect(purge!.changes.find((c) => c.field === 'identityNumber')).toMatchObject({
      before: '001080012345',
      after: '',
    });
    // The identity number is free again once the record is gone for good.
    await call(core, 'people.create', personInput('Nguyễn Văn An', { identityNumber: '001080012345' }));
  });

  it('refuses to delete for good what other records still refer to, saying which, and changes nothing', async () => {
    const binh = await call(core, 'people.create', personInput('Trần Thị Bình'));
    sql(
      `INSERT INTO exemplary_models (subject_kind, person_id, title, created_at, updated_at)
       VALUES ('individual', ?, 'Gương người tốt việc tốt', ?, ?)`,
      binh.id,
      AT,
      AT,
    );
    await call(core, 'people.delete', { id: binh.id });
    const auditBefore = (await call(core, 'audit.list', {})).total;
    const error = await refused(core, 'trash.purge', { kind: 'people', id: binh.id });
    expect(error).toEqual({
      code: 'CONFLICT',
      message:
        'Không xóa vĩnh viễn được “Trần Thị Bình” vì vẫn còn dữ liệu khác tham chiếu đến: điển hình tiên tiến (1). Bản ghi vẫn ở thùng rác và có thể khôi phục.',
    });
    expect(count('people', binh.id)).toBe(1);
    expect((await call(core, 'trash.list', { kind: 'people' })).total).toBe(1);
    expect((await call(core, 'audit.list', {})).total).toBe(auditBefore);
  });

  it('drops an attachment’s stored content with its last attachment only', async () => {
    const sha = 'a'.repeat(64);
    sql('INSERT INTO attachment_blobs (sha256, bytes, size_bytes) VALUES (?, ?, 3)', sha, Buffer.from('abc'));
    const attach = (deletedAt: string | null) =>
      Number(
        sql(
          `INSERT INTO attachments (owner_entity, owner_id, file_name, size_bytes, sha256, added_by, created_at, updated_at, deleted_at)
           VALUES ('decisions', 1, 'qd.pdf', 3, ?, 'test', ?, ?, ?)`,
          sha,
          AT,
          AT,
          deletedAt,
        ).lastInsertRowid,
      );
    const first = attach(AT);
    const second = attach(AT);
    await call(core, 'trash.purge', { kind: 'attachments', id: first });
    expect(count('attachments', first)).toBe(0);
    expect(core.services.db.prepare('SELECT count(*) AS n FROM attachment_blobs').get()).toEqual({ n: 1 });
    await call(core, 'trash.purge', { kind: 'attachments', id: second });
    expect(core.services.db.prepare('SELECT count(*) AS n FROM attachment_blobs').get()).toEqual({ n: 0 });
  });
});
