import { describe, it, expect } from 'vitest';
import { foldForSearch, matchesSearch } from './search';

describe('foldForSearch', () => {
  it('drops tones and vowel marks and lower-cases', () => {
    expect(foldForSearch('Nguyễn Thị Ánh')).toBe('nguyen thi anh');
    expect(foldForSearch('Phạm Thị Ấn, Trương Ưng Ơn')).toBe('pham thi an, truong ung on');
  });

  it('folds đ and Đ to d, which NFD does not decompose', () => {
    expect(foldForSearch('Đặng Văn Đức')).toBe('dang van duc');
  });

  it('folds the look-alike Ð (U+00D0) to d as well', () => {
    expect(foldForSearch('\u00D0ặng')).toBe('dang');
  });

  it('gives the same result for NFD input and collapses whitespace', () => {
    expect(foldForSearch('  Hoàng\u00A0 Dũng '.normalize('NFD'))).toBe('hoang dung');
  });
});

describe('matchesSearch', () => {
  const hay = foldForSearch('Đặng Văn Đức - Tổ dân phố 5');

  it('matches a query typed without diacritics or in another case', () => {
    expect(matchesSearch(hay, 'DUC')).toBe(true);
    expect(matchesSearch(hay, 'đức')).toBe(true);
  });

  it('requires every word of the query, in any order', () => {
    expect(matchesSearch(hay, 'duc dang')).toBe(true);
    expect(matchesSearch(hay, 'duc nguyen')).toBe(false);
  });

  it('matches parts of words', () => {
    expect(matchesSearch(hay, 'dan ph')).toBe(true);
  });

  it('matches everything for an empty or blank query', () => {
    expect(matchesSearch(hay, '')).toBe(true);
    expect(matchesSearch(hay, '  \u00A0')).toBe(true);
  });
});
