import { afterEach, describe, expect, it } from 'vitest';
import { householdInput, startTestCore, type TestCore } from '../testing/core';
import { listAudit } from '../db/repos/audit';
import { auditFieldLabel } from '../../../shared/domain/audit-labels';
import { formatAuditValue } from '../../../shared/domain/audit-values';

let t: TestCore;
afterEach(() => t?.close());

const refs = { units: new Map<number, string>(), clusters: new Map<number, string>() };

describe('the household head’s gender', () => {
  it('is stored, read back in the record and the list, changed and recorded in the history', async () => {
    t = startTestCore();
    const hoa = await t.call('households.create', householdInput('Nguyễn Thị Hoa', { headGender: 'female' }));
    expect(hoa.headGender).toBe('female');
    expect(await t.call('households.get', { id: hoa.id })).toMatchObject({ headGender: 'female' });
    // Left out of the form: not known.
    const binh = await t.call('households.create', householdInput('Phạm Văn Bình'));
    expect(binh.headGender).toBeNull();
    const list = await t.call('households.list', {});
    expect(list.rows.map((r) => [r.headName, r.headGender])).toEqual([
      ['Phạm Văn Bình', null],
      ['Nguyễn Thị Hoa', 'female'],
    ]);

    const edited = await t.call('households.update', {
      id: binh.id,
      values: householdInput('Phạm Văn Bình', { headGender: 'male' }),
    });
    expect(edited.headGender).toBe('male');
    const [changed] = listAudit(t.core.services.db, { entity: 'households', entityId: binh.id });
    expect(changed).toMatchObject({
      action: 'update',
      before: { headGender: null },
      after: { headGender: 'male' },
    });
    const cleared = await t.call('households.update', {
      id: hoa.id,
      values: householdInput('Nguyễn Thị Hoa', { headGender: null }),
    });
    expect(cleared.headGender).toBeNull();
    const [unset] = listAudit(t.core.services.db, { entity: 'households', entityId: hoa.id });
    expect(unset).toMatchObject({ before: { headGender: 'female' }, after: { headGender: null } });
    // The history screen names the field and the value in Vietnamese.
    expect(auditFieldLabel('households', 'headGender')).toBe('Giới tính chủ hộ');
    expect(formatAuditValue('households', 'headGender', 'male', refs)).toBe('Nam');
    expect(formatAuditValue('households', 'headGender', 'female', refs)).toBe('Nữ');
  });

  it('refuses anything but male, female or not known, in Vietnamese, and stores nothing', async () => {
    t = startTestCore();
    const error = await t.fail('households.create', {
      ...householdInput('Lê Văn Cường'),
      headGender: 'Ông',
    } as never);
    expect(error).toMatchObject({
      code: 'VALIDATION',
      fields: { headGender: 'Giới tính chủ hộ chỉ là Nam hoặc Nữ.' },
    });
    expect((await t.call('households.list', {})).total).toBe(0);
  });
});
