import { describe, expect, it } from 'vitest';
import { formatDecisionNumber, nextDecisionNumber, parseDecisionNumber } from './decision-number';

describe('decision numbers', () => {
  it('writes numbers below 10 with a leading zero and the suffix from settings', () => {
    expect(formatDecisionNumber(5, 'QĐ-UBND')).toBe('05/QĐ-UBND');
    expect(formatDecisionNumber(12, 'QĐ-UBND')).toBe('12/QĐ-UBND');
    expect(formatDecisionNumber(105, 'QĐ-CT')).toBe('105/QĐ-CT');
  });

  it('suggests 1 for a year without decisions, else the largest used + 1 (gaps are not refilled)', () => {
    expect(nextDecisionNumber([])).toBe(1);
    expect(nextDecisionNumber([1, 2, 3])).toBe(4);
    expect(nextDecisionNumber([7, 2])).toBe(8);
  });

  it('reads what the officer types: a bare number, a padded one, or the full text with this suffix', () => {
    expect(parseDecisionNumber('5', 'QĐ-UBND')).toBe(5);
    expect(parseDecisionNumber(' 05 ', 'QĐ-UBND')).toBe(5);
    expect(parseDecisionNumber('05/QĐ-UBND', 'QĐ-UBND')).toBe(5);
    expect(parseDecisionNumber('05/qđ-ubnd', 'QĐ-UBND')).toBe(5);
  });

  it('refuses another suffix, zero, negatives and text', () => {
    expect(parseDecisionNumber('05/KH-UBND', 'QĐ-UBND')).toBeNull();
    expect(parseDecisionNumber('0', 'QĐ-UBND')).toBeNull();
    expect(parseDecisionNumber('-3', 'QĐ-UBND')).toBeNull();
    expect(parseDecisionNumber('năm', 'QĐ-UBND')).toBeNull();
    expect(parseDecisionNumber('', 'QĐ-UBND')).toBeNull();
  });
});
