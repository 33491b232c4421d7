import { describe, expect, it } from 'vitest';
import { joinedParts, withRecipientDetail } from './recipient-detail';

const cols = {
  personPosition: 'Giáo viên',
  personUnit: 'Trường THCS Lê Chân',
  unitKind: 'school' as const,
  householdAddress: 'Số 5, ngõ 12',
  householdGroup: 'Tổ dân phố số 3',
};

describe('the detail that tells a record from its namesakes', () => {
  it('is position and unit for a person, the kind for a unit, address and tổ dân phố for a household', () => {
    expect(withRecipientDetail('individual', { id: 1, ...cols })).toEqual({
      detail: 'Giáo viên, Trường THCS Lê Chân',
      rest: { id: 1 },
    });
    expect(withRecipientDetail('collective', cols).detail).toBe('Trường học');
    expect(withRecipientDetail('household', cols).detail).toBe('Số 5, ngõ 12, Tổ dân phố số 3');
  });

  it('skips empty parts and gives null when nothing is known', () => {
    expect(joinedParts(null, '', 'Tổ 1')).toBe('Tổ 1');
    expect(joinedParts(null, '')).toBeNull();
    const none = {
      personPosition: null,
      personUnit: null,
      unitKind: null,
      householdAddress: null,
      householdGroup: null,
    };
    expect(withRecipientDetail('collective', none).detail).toBeNull();
  });
});
