import { describe, expect, it } from 'vitest';
import { ftsPrefixQuery } from './fts';

describe('ftsPrefixQuery', () => {
  it('folds the query and makes every word a quoted prefix', () => {
    expect(ftsPrefixQuery('Nguyễn  Thị Ánh')).toBe('"nguyen"* "thi"* "anh"*');
    expect(ftsPrefixQuery('ng th a')).toBe('"ng"* "th"* "a"*');
    expect(ftsPrefixQuery('ÐẶNG')).toBe('"dang"*');
  });

  it('leaves no FTS syntax from user text', () => {
    expect(ftsPrefixQuery('"an" OR bình*')).toBe('"an"* "or"* "binh"*');
    expect(ftsPrefixQuery('search_text:anh (x) NEAR^-')).toBe('"search"* "text"* "anh"* "x"* "near"*');
  });

  it('returns null when nothing searchable remains', () => {
    expect(ftsPrefixQuery('')).toBeNull();
    expect(ftsPrefixQuery('  " * - ')).toBeNull();
  });
});
