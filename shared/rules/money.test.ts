import { describe, it, expect } from 'vitest';
import { formatMoney, formatNumberVi, parseMoneyInput, roundUpToTenThousand } from './money';

describe('formatNumberVi', () => {
  it('groups thousands with dots', () => {
    expect(formatNumberVi(1520000)).toBe('1.520.000');
    expect(formatNumberVi(760000)).toBe('760.000');
    expect(formatNumberVi(1000)).toBe('1.000');
    expect(formatNumberVi(999)).toBe('999');
    expect(formatNumberVi(0)).toBe('0');
  });

  it('puts a minus before negative numbers', () => {
    expect(formatNumberVi(-1520000)).toBe('-1.520.000');
  });

  it('throws on fractions, NaN and unsafe integers', () => {
    expect(() => formatNumberVi(1042999.9999999999)).toThrow(RangeError);
    expect(() => formatNumberVi(Number.NaN)).toThrow(RangeError);
    expect(() => formatNumberVi(2 ** 53)).toThrow(RangeError);
  });
});

describe('formatMoney', () => {
  it('shows đồng with dot separators and a trailing " đ"', () => {
    expect(formatMoney(760000)).toBe('760.000 đ');
    expect(formatMoney(2530000)).toBe('2.530.000 đ');
    expect(formatMoney(0)).toBe('0 đ');
  });

  it('shows negative amounts with a leading "-"', () => {
    expect(formatMoney(-760000)).toBe('-760.000 đ');
  });

  it('throws on a non-integer amount', () => {
    expect(() => formatMoney(759000.5)).toThrow(RangeError);
  });
});

describe('roundUpToTenThousand', () => {
  it('leaves exact multiples alone', () => {
    expect(roundUpToTenThousand(760000)).toBe(760000);
    expect(roundUpToTenThousand(0)).toBe(0);
  });

  it('rounds any remainder up, however small', () => {
    expect(roundUpToTenThousand(759001)).toBe(760000);
    expect(roundUpToTenThousand(759000)).toBe(760000);
    expect(roundUpToTenThousand(1)).toBe(10000);
  });

  it('gives the award amounts of the ND 152/2025 table at 2,530,000', () => {
    expect(roundUpToTenThousand((3 * 2530000) / 10)).toBe(760000);
    expect(roundUpToTenThousand((6 * 2530000) / 10)).toBe(1520000);
    expect(roundUpToTenThousand((45 * 2530000) / 100)).toBe(1140000);
    expect(roundUpToTenThousand((8 * 2530000) / 10)).toBe(2030000);
    expect(roundUpToTenThousand((15 * 2530000) / 10)).toBe(3800000);
  });

  it('throws on fractions and negative amounts', () => {
    expect(() => roundUpToTenThousand(0.7 * 1490000)).toThrow(RangeError);
    expect(() => roundUpToTenThousand(-5000)).toThrow(RangeError);
  });
});

describe('parseMoneyInput', () => {
  it('reads dotted, plain and suffixed amounts', () => {
    expect(parseMoneyInput('1.520.000')).toBe(1520000);
    expect(parseMoneyInput('1520000')).toBe(1520000);
    expect(parseMoneyInput('1.520.000 đ')).toBe(1520000);
    expect(parseMoneyInput('760.000đ')).toBe(760000);
    expect(parseMoneyInput('760.000 đồng')).toBe(760000);
    expect(parseMoneyInput('760000 VNĐ')).toBe(760000);
    expect(parseMoneyInput('0')).toBe(0);
  });

  it('ignores spaces, NBSP included', () => {
    expect(parseMoneyInput('  1 520 000  ')).toBe(1520000);
    expect(parseMoneyInput('1\u00A0520\u00A0000 đ')).toBe(1520000);
  });

  it('refuses dots that do not group by three, so "1.5" is not guessed', () => {
    expect(parseMoneyInput('1.5')).toBeNull();
    expect(parseMoneyInput('1.52.000')).toBeNull();
    expect(parseMoneyInput('1520.000.')).toBeNull();
    expect(parseMoneyInput('.520.000')).toBeNull();
  });

  it('refuses decimals, negatives, commas, empty text and words', () => {
    expect(parseMoneyInput('760.000,50')).toBeNull();
    expect(parseMoneyInput('1,520,000')).toBeNull();
    expect(parseMoneyInput('-760.000')).toBeNull();
    expect(parseMoneyInput('')).toBeNull();
    expect(parseMoneyInput('đ')).toBeNull();
    expect(parseMoneyInput('một triệu')).toBeNull();
  });

  it('refuses amounts too large to hold exactly', () => {
    expect(parseMoneyInput('99999999999999999999')).toBeNull();
  });
});
