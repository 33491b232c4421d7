import { describe, it, expect } from 'vitest';
import {
  compareVietnamese,
  compareVietnameseNames,
  sortByVietnameseName,
  splitVietnameseName,
} from './names';

describe('splitVietnameseName', () => {
  it('takes the first word as family, the last as given, the rest as middle', () => {
    expect(splitVietnameseName('Nguyễn Thị Minh Khai')).toEqual({
      family: 'Nguyễn',
      middle: 'Thị Minh',
      given: 'Khai',
    });
  });

  it('has no middle name for two words', () => {
    expect(splitVietnameseName('Hoàng Dũng')).toEqual({ family: 'Hoàng', middle: '', given: 'Dũng' });
  });

  it('treats a single word as the given name', () => {
    expect(splitVietnameseName('Bình')).toEqual({ family: '', middle: '', given: 'Bình' });
  });

  it('ignores extra whitespace and returns empty parts for a blank name', () => {
    expect(splitVietnameseName('  Lê \u00A0 Văn   Anh ')).toEqual({
      family: 'Lê',
      middle: 'Văn',
      given: 'Anh',
    });
    expect(splitVietnameseName('  ')).toEqual({ family: '', middle: '', given: '' });
  });
});

describe('compareVietnameseNames', () => {
  const sort = (names: string[]) => [...names].sort(compareVietnameseNames);

  it('sorts by given name with Vietnamese collation (tones after base letter, Â after A, Đ after D)', () => {
    expect(
      sort(['Trần Văn Đức', 'Nguyễn Thị Ánh', 'Lê Văn Anh', 'Phạm Thị Ấn', 'Hoàng Dũng', 'Vũ Thị Bình']),
    ).toEqual(['Lê Văn Anh', 'Nguyễn Thị Ánh', 'Phạm Thị Ấn', 'Vũ Thị Bình', 'Hoàng Dũng', 'Trần Văn Đức']);
  });

  it('sorts the same given name by middle name, then by family name', () => {
    expect(sort(['Nguyễn Văn An', 'Trần Thị An', 'Lê Văn An', 'Đỗ Thị An', 'Bùi Văn An'])).toEqual([
      'Đỗ Thị An',
      'Trần Thị An',
      'Bùi Văn An',
      'Lê Văn An',
      'Nguyễn Văn An',
    ]);
  });

  it('puts the look-alike Ð (U+00D0) with Đ, not with D', () => {
    expect(sort(['Lê \u00D0ức', 'Lê Dũng', 'Lê Đạt'])).toEqual(['Lê Dũng', 'Lê Đạt', 'Lê \u00D0ức']);
  });

  it('gives a stable answer for names differing only in case, and 0 for NFC/NFD twins', () => {
    expect(compareVietnameseNames('lê văn anh', 'Lê Văn Anh')).not.toBe(0);
    expect(compareVietnameseNames('Lê Văn Ánh'.normalize('NFD'), 'Lê Văn Ánh')).toBe(0);
  });
});

describe('sortByVietnameseName', () => {
  it('returns a new sorted array and leaves the input alone', () => {
    const people = [
      { id: 1, name: 'Trần Văn Đức' },
      { id: 2, name: 'Hoàng Dũng' },
      { id: 3, name: 'Nguyễn Thị Ánh' },
    ];
    const sorted = sortByVietnameseName(people, (p) => p.name);
    expect(sorted.map((p) => p.id)).toEqual([3, 2, 1]);
    expect(people.map((p) => p.id)).toEqual([1, 2, 3]);
  });

  it('keeps the input order of identical names', () => {
    const rows = [
      { id: 1, name: 'Lê Văn Anh' },
      { id: 2, name: 'Lê Văn Anh' },
      { id: 3, name: 'Lê Văn Anh' },
    ];
    expect(sortByVietnameseName(rows, (r) => r.name).map((r) => r.id)).toEqual([1, 2, 3]);
  });
});

describe('compareVietnamese', () => {
  it('orders plain texts with Vietnamese collation', () => {
    expect(
      ['Đoàn Thanh niên', 'Hội Cựu chiến binh', 'Công an phường', 'Dân quân'].sort(compareVietnamese),
    ).toEqual(['Công an phường', 'Dân quân', 'Đoàn Thanh niên', 'Hội Cựu chiến binh']);
  });

  it('orders numbered units by number, not digit by digit', () => {
    expect(['Tổ dân phố 10', 'Tổ dân phố 2', 'Tổ dân phố 1'].sort(compareVietnamese)).toEqual([
      'Tổ dân phố 1',
      'Tổ dân phố 2',
      'Tổ dân phố 10',
    ]);
  });
});
