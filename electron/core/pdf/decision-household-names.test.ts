import { describe, expect, it } from 'vitest';
import { lineName } from './decision-text';
import type { DecisionDocumentLine } from '../../../shared/domain/decision-document';

const line = (more: Partial<DecisionDocumentLine>): DecisionDocumentLine => ({
  recipientKind: 'household',
  name: 'Phạm Văn Bình',
  positionUnit: null,
  achievement: null,
  amount: 0,
  ...more,
});

describe('the name cell of a decision list line', () => {
  it('says whose family a household is when the head’s gender is known', () => {
    expect(lineName(line({ headGender: 'male' }))).toBe('Gia đình ông Phạm Văn Bình');
    expect(lineName(line({ name: 'Lê Thị Hoa', headGender: 'female' }))).toBe('Gia đình bà Lê Thị Hoa');
  });

  it('prints the name alone when the gender is not known, and never for people or units', () => {
    expect(lineName(line({ headGender: null }))).toBe('Phạm Văn Bình');
    expect(lineName(line({}))).toBe('Phạm Văn Bình');
    expect(lineName(line({ recipientKind: 'individual', headGender: 'male' }))).toBe('Phạm Văn Bình');
    expect(lineName(line({ recipientKind: 'collective', name: 'Tổ dân phố 3', headGender: 'male' }))).toBe(
      'Tổ dân phố 3',
    );
  });

  it('does not say it twice when the line’s text already does', () => {
    expect(lineName(line({ name: 'Hộ ông Đỗ Văn Bình', headGender: 'male' }))).toBe('Hộ ông Đỗ Văn Bình');
    expect(lineName(line({ name: 'GIA ĐÌNH bà Lê Thị Hoa', headGender: 'female' }))).toBe(
      'GIA ĐÌNH bà Lê Thị Hoa',
    );
  });
});
