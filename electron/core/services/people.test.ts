import { afterEach, describe, expect, it } from 'vitest';
import { personInput, startTestCore, unitInput, type TestCore } from '../testing/core';
import { listAudit } from '../db/repos/audit';
import { personInputSchema } from '../../../shared/schemas/registry/people';
import type { InputOf } from '../../../shared/api/contract';

let t: TestCore;
afterEach(() => t?.close());

const names = (page: { rows: { fullName: string }[] }) => page.rows.map((r) => r.fullName);

describe('people: create, read, update', () => {
  it('round-trips a person through the router, normalising text and deriving the birth year', async () => {
    t = startTestCore();
    const unit = await t.call('units.create', unitInput('Trường THCS Lê Chân', { kind: 'school' }));
    const created = await t.call(
      'people.create',
      personInput('  Ðặng   văn Đức ', {
        gender: 'male',
        birthDate: '1985-07-05',
        unitId: unit.id,
        position: 'Giáo viên',
        staffCategory: 'civil_servant',
        identityNumber: '001085012345',
      }),
    );
    expect(created).toMatchObject({
      fullName: 'Đặng văn Đức',
      birthYear: 1985,
      unitId: unit.id,
      unitName: 'Trường THCS Lê Chân',
      active: true,
      deletedAt: null,
      createdAt: '2026-11-26T09:00:00.000Z',
    });
    expect(await t.call('people.get', { id: created.id })).toEqual(created);

    const updated = await t.call('people.update', {
      id: created.id,
      values: personInput('Đặng Văn Đức', { gender: 'male', birthYear: 1985, active: false }),
    });
    expect(updated).toMatchObject({ fullName: 'Đặng Văn Đức', birthDate: null, unitId: null, active: false });
  });

  it('refuses a birth date in the future, an unknown unit and a taken identity number, in Vietnamese', async () => {
    t = startTestCore();
    expect(await t.fail('people.create', personInput('A', { birthDate: '2027-01-01' }))).toMatchObject({
      code: 'VALIDATION',
      fields: { birthDate: 'Ngày sinh không được sau ngày hôm nay.' },
    });
    expect(await t.fail('people.create', personInput('A', { unitId: 999 }))).toMatchObject({
      code: 'VALIDATION',
      fields: { unitId: 'Đơn vị đã chọn không tồn tại hoặc đã bị xóa.' },
    });
    await t.call('people.create', personInput('Trần Thị Mai', { identityNumber: '001085012345' }));
    expect(
      await t.fail('people.create', personInput('Lê Văn Nam', { identityNumber: '001085012345' })),
    ).toMatchObject({
      code: 'CONFLICT',
      message: 'Số định danh 001085012345 đã được dùng cho “Trần Thị Mai”.',
    });
  });

  it('leaves nothing behind when a write fails, even inside a caller’s transaction', async () => {
    t = startTestCore();
    const { db, people } = t.core.services;
    const values = (name: string, identityNumber: string) =>
      personInputSchema.parse(personInput(name, { identityNumber }));
    people.create(values('Trần Thị Mai', '001085012345'));
    const counts = () => ({
      people: (db.prepare('SELECT count(*) AS n FROM people').get() as { n: number }).n,
      audit: (db.prepare('SELECT count(*) AS n FROM audit_log').get() as { n: number }).n,
    });
    const before = counts();
    await t.fail('people.create', personInput('Lê Văn Nam', { identityNumber: '001085012345' }));
    expect(counts()).toEqual(before);

    // An import runs several creates in one transaction: one refusal undoes all of them.
    expect(() =>
      db.transaction(() => {
        people.create(values('Phạm Văn An', '001085099999'));
        people.create(values('Lê Văn Nam', '001085012345'));
      })(),
    ).toThrow('đã được dùng');
    expect(counts()).toEqual(before);
  });

  it('reports a missing or trashed person as NOT_FOUND', async () => {
    t = startTestCore();
    expect(await t.fail('people.get', { id: 42 })).toEqual({
      code: 'NOT_FOUND',
      message: 'Không tìm thấy cá nhân này (có thể đã bị xóa).',
    });
    const p = await t.call('people.create', personInput('Nguyễn Văn An'));
    await t.call('people.delete', { id: p.id });
    expect(await t.fail('people.get', { id: p.id })).toMatchObject({ code: 'NOT_FOUND' });
    expect(await t.fail('people.update', { id: p.id, values: personInput('X') })).toMatchObject({
      code: 'NOT_FOUND',
    });
  });
});

describe('people list', () => {
  it('sorts by given name the Vietnamese way and pages with offset, limit and total', async () => {
    t = startTestCore();
    for (const n of [
      'Đỗ Văn Đức',
      'Phạm Văn Dũng',
      'Lê Thị Ấn',
      'Trần Văn Bình',
      'Nguyễn Thị Ánh',
      'Vũ Thị Anh',
    ]) {
      await t.call('people.create', personInput(n));
    }
    expect(names(await t.call('people.list', {}))).toEqual([
      'Vũ Thị Anh',
      'Nguyễn Thị Ánh',
      'Lê Thị Ấn',
      'Trần Văn Bình',
      'Phạm Văn Dũng',
      'Đỗ Văn Đức',
    ]);
    const page = await t.call('people.list', { offset: 2, limit: 3 });
    expect(page).toMatchObject({ total: 6, offset: 2 });
    expect(names(page)).toEqual(['Lê Thị Ấn', 'Trần Văn Bình', 'Phạm Văn Dũng']);
    expect(names(await t.call('people.list', { offset: 5, limit: 3 }))).toEqual(['Đỗ Văn Đức']);
  });

  it('orders people with the same given name by middle, then family name', async () => {
    t = startTestCore();
    for (const n of ['Trần Văn An', 'Lê Thị An', 'Bùi Văn An', 'An'])
      await t.call('people.create', personInput(n));
    expect(names(await t.call('people.list', {}))).toEqual(['An', 'Lê Thị An', 'Bùi Văn An', 'Trần Văn An']);
  });

  it('finds people by typing without diacritics, by word prefixes, in any case', async () => {
    t = startTestCore();
    for (const n of ['Nguyễn Thị Ánh', 'Đặng Văn Đức', 'Nguyễn Văn Thành', 'Trần Thị Anh']) {
      await t.call('people.create', personInput(n));
    }
    const search = async (query: string) => names(await t.call('people.list', { query }));
    expect(await search('nguyen thi anh')).toEqual(['Nguyễn Thị Ánh']);
    expect(await search('dang van duc')).toEqual(['Đặng Văn Đức']);
    expect(await search('ng th a')).toEqual(['Nguyễn Thị Ánh']);
    expect(await search('NGUYỄN')).toEqual(['Nguyễn Thị Ánh', 'Nguyễn Văn Thành']);
    expect(await search('Ðặng')).toEqual(['Đặng Văn Đức']); // the Icelandic eth look-alike
    expect(await search('anh tran')).toEqual(['Trần Thị Anh']);
    expect(await search('"th*" OR (x')).toEqual([]);
    expect((await t.call('people.list', { query: 'th' })).total).toBe(3);
  });

  it('stores a Ð look-alike as Đ, so the name sorts and searches as Đ', async () => {
    t = startTestCore();
    const p = await t.call('people.create', personInput('\u00D0inh Công \u00D0ạt'));
    expect(p.fullName).toBe('Đinh Công Đạt');
    expect(names(await t.call('people.list', { query: 'dinh cong dat' }))).toEqual(['Đinh Công Đạt']);
  });

  it('filters by unit, staff category, gender, status and trash, together with the search', async () => {
    t = startTestCore();
    const school = await t.call('units.create', unitInput('Trường Tiểu học', { kind: 'school' }));
    const clinic = await t.call('units.create', unitInput('Trạm y tế', { kind: 'health_station' }));
    const add = (name: string, more: Parameters<typeof personInput>[1]) =>
      t.call('people.create', personInput(name, more));
    await add('Nguyễn Thị Lan', { unitId: school.id, gender: 'female', staffCategory: 'civil_servant' });
    await add('Nguyễn Văn Hùng', { unitId: school.id, gender: 'male', staffCategory: 'direct_worker' });
    await add('Trần Thị Hoa', { unitId: clinic.id, gender: 'female', staffCategory: 'civil_servant' });
    await add('Lê Văn Tám', {
      unitId: clinic.id,
      gender: 'male',
      staffCategory: 'direct_worker',
      active: false,
    });
    const gone = await add('Phạm Văn Mười', { unitId: clinic.id, gender: 'male' });
    await t.call('people.delete', { id: gone.id });

    const list = async (filter: InputOf<'people.list'>) => names(await t.call('people.list', filter));
    expect(await list({ unitId: school.id })).toEqual(['Nguyễn Văn Hùng', 'Nguyễn Thị Lan']);
    expect(await list({ staffCategory: 'civil_servant' })).toEqual(['Trần Thị Hoa', 'Nguyễn Thị Lan']);
    expect(await list({ gender: 'male' })).toEqual(['Nguyễn Văn Hùng']);
    expect(await list({ gender: 'male', status: 'inactive' })).toEqual(['Lê Văn Tám']);
    expect(await list({ gender: 'male', status: 'all' })).toEqual(['Nguyễn Văn Hùng', 'Lê Văn Tám']);
    expect(await list({ unitId: clinic.id, status: 'all' })).toEqual(['Trần Thị Hoa', 'Lê Văn Tám']);
    expect(await list({ query: 'nguyen', unitId: school.id, gender: 'female' })).toEqual(['Nguyễn Thị Lan']);
    expect(await list({ query: 'v', status: 'all' })).toEqual(['Nguyễn Văn Hùng', 'Lê Văn Tám']);
    expect(await list({ trashed: true })).toEqual(['Phạm Văn Mười']);
    expect(await list({ trashed: true, query: 'pham', unitId: clinic.id })).toEqual(['Phạm Văn Mười']);
    expect((await t.call('people.list', { staffCategory: 'direct_worker', status: 'all' })).total).toBe(2);
  });
});

describe('people trash', () => {
  it('moves a person to the trash and back, recording both with before and after', async () => {
    t = startTestCore();
    const p = await t.call('people.create', personInput('Nguyễn Văn An'));
    const deleted = await t.call('people.delete', { id: p.id });
    expect(deleted.deletedAt).toBe('2026-11-26T09:00:00.000Z');
    expect((await t.call('people.list', {})).total).toBe(0);
    expect(names(await t.call('people.list', { trashed: true }))).toEqual(['Nguyễn Văn An']);

    const restored = await t.call('people.restore', { id: p.id });
    expect(restored.deletedAt).toBeNull();
    expect(names(await t.call('people.list', {}))).toEqual(['Nguyễn Văn An']);

    const audit = listAudit(t.core.services.db, { entity: 'people', entityId: p.id });
    expect(audit.map((a) => a.action)).toEqual(['restore', 'delete', 'create']);
    expect(audit[1]).toMatchObject({
      actor: 'Cán bộ (chưa đặt tên)',
      before: { fullName: 'Nguyễn Văn An', deletedAt: null },
      after: { fullName: 'Nguyễn Văn An', deletedAt: '2026-11-26T09:00:00.000Z' },
    });
  });

  it('records an edit with the fields before and after, and nothing for an edit that changes nothing', async () => {
    t = startTestCore();
    const p = await t.call('people.create', personInput('Nguyễn Văn An', { position: 'Tổ trưởng' }));
    await t.call('people.update', { id: p.id, values: personInput('Nguyễn Văn An', { position: 'Tổ phó' }) });
    await t.call('people.update', { id: p.id, values: personInput('Nguyễn Văn An', { position: 'Tổ phó' }) });
    const audit = listAudit(t.core.services.db, { entity: 'people', entityId: p.id });
    expect(audit.map((a) => a.action)).toEqual(['update', 'create']);
    expect(audit[0]).toMatchObject({ before: { position: 'Tổ trưởng' }, after: { position: 'Tổ phó' } });
  });

  it('does not restore a person into a unit that is in the trash', async () => {
    t = startTestCore();
    const unit = await t.call('units.create', unitInput('Tổ 5'));
    const p = await t.call('people.create', personInput('Nguyễn Văn An', { unitId: unit.id }));
    await t.call('people.delete', { id: p.id });
    await t.call('units.delete', { id: unit.id });
    expect(await t.fail('people.restore', { id: p.id })).toMatchObject({
      code: 'CONFLICT',
      message: 'Đơn vị của cá nhân này (“Tổ 5”) đang ở thùng rác; hãy khôi phục đơn vị trước.',
    });
  });
});
