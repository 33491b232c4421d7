import { describe, expect, it } from 'vitest';
import { vietnameseNameSortKey } from './sort-key';
import { compareVietnameseNames } from './names';

const FAMILIES = [
  'Nguyễn',
  'Trần',
  'Lê',
  'Phạm',
  'Hoàng',
  'Huỳnh',
  'Vũ',
  'Võ',
  'Đặng',
  'Bùi',
  'Đỗ',
  'Hồ',
  'Ngô',
  'Dương',
  'Lý',
  'Âu',
];
const MIDDLES = ['', 'Văn', 'Thị', 'Thị Ngọc', 'Minh', 'Quang', 'Đức', 'Hữu', 'Thu', 'Thanh', 'Xuân'];
const GIVENS = [
  'An',
  'Anh',
  'Ánh',
  'Ảnh',
  'Ãnh',
  'Ạnh',
  'Ấn',
  'Ăn',
  'Bình',
  'Dũng',
  'Đức',
  'Duc',
  'Hà',
  'Hạ',
  'Hải',
  'Hưng',
  'Hùng',
  'Hương',
  'Hường',
  'Lan',
  'Loan',
  'Mai',
  'My',
  'Mỹ',
  'Ngọc',
  'Oanh',
  'Ơn',
  'Ôn',
  'Phương',
  'Quân',
  'Sơn',
  'Tâm',
  'Thảo',
  'Trang',
  'Tuấn',
  'Uyên',
  'Ưng',
  'Yến',
  'Zin',
  'Jack',
  'Fin',
  'Wan',
];

function randomNames(count: number, seed: number): string[] {
  let state = seed;
  const next = (n: number) => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return state % n;
  };
  return Array.from({ length: count }, () =>
    [FAMILIES[next(FAMILIES.length)], MIDDLES[next(MIDDLES.length)], GIVENS[next(GIVENS.length)]]
      .filter(Boolean)
      .join(' '),
  );
}

const byKey = (a: string, b: string) => {
  const ka = vietnameseNameSortKey(a);
  const kb = vietnameseNameSortKey(b);
  return ka < kb ? -1 : ka > kb ? 1 : 0;
};

describe('vietnameseNameSortKey', () => {
  it('orders names by plain comparison of keys exactly as the Vietnamese collation does', () => {
    const names = randomNames(3000, 7);
    expect([...names].sort(byKey)).toEqual([...names].sort(compareVietnameseNames));
  });

  it('agrees with the collation pair by pair, including tones and modified letters', () => {
    const names = randomNames(400, 11);
    for (const a of names) {
      for (const b of names.slice(0, 40)) {
        expect(Math.sign(byKey(a, b)), `${a} vs ${b}`).toBe(Math.sign(compareVietnameseNames(a, b)));
      }
    }
  });

  it('puts Anh, Ánh, Ấn, Bình, Dũng, Đức in that order', () => {
    const names = [
      'Trần Văn Đức',
      'Phạm Thị Ấn',
      'Hoàng Dũng',
      'Nguyễn Thị Ánh',
      'Vũ Thị Bình',
      'Lê Văn Anh',
    ];
    expect([...names].sort(byKey).map((n) => n.split(' ').at(-1))).toEqual([
      'Anh',
      'Ánh',
      'Ấn',
      'Bình',
      'Dũng',
      'Đức',
    ]);
  });

  it('gives the same key to a decomposed or look-alike spelling', () => {
    expect(vietnameseNameSortKey('Trần Văn Đức'.normalize('NFD'))).toBe(
      vietnameseNameSortKey('Trần Văn Đức'),
    );
    expect(vietnameseNameSortKey('Ðặng  Thị Hoa')).toBe(vietnameseNameSortKey('Đặng Thị Hoa'));
  });
});
