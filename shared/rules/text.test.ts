import { describe, it, expect } from 'vitest';
import { isBlank, normalizeMultiline, normalizeText } from './text';

describe('normalizeText', () => {
  it('composes NFD input to NFC so PDFs render and search matches', () => {
    const nfd = 'Nguyễn Văn Hưng'.normalize('NFD');
    expect(nfd).not.toBe('Nguyễn Văn Hưng');
    expect(normalizeText(nfd)).toBe('Nguyễn Văn Hưng'.normalize('NFC'));
  });

  it('replaces the look-alike Ð/ð (U+00D0/U+00F0) with Đ/đ (U+0110/U+0111)', () => {
    expect(normalizeText('\u00D0ặng \u00F0ức')).toBe('\u0110ặng \u0111ức');
  });

  it('trims and collapses spaces, tabs, newlines and NBSP to one space', () => {
    expect(normalizeText('  Trần\u00A0\u00A0Văn\t\tAn \r\n Bình  ')).toBe('Trần Văn An Bình');
  });

  it('returns an empty string for whitespace only', () => {
    expect(normalizeText(' \u00A0\t\n')).toBe('');
  });
});

describe('normalizeMultiline', () => {
  it('keeps single line breaks while collapsing spaces inside lines', () => {
    expect(normalizeMultiline('Hoàn  thành\txuất sắc   \nnhiệm vụ năm 2026')).toBe(
      'Hoàn thành xuất sắc\nnhiệm vụ năm 2026',
    );
  });

  it('keeps at most one blank line, also when the blank lines hold spaces', () => {
    expect(normalizeMultiline('Đoạn một\n\n \n\t\n\nĐoạn hai')).toBe('Đoạn một\n\nĐoạn hai');
  });

  it('turns Windows and old Mac line endings into \\n', () => {
    expect(normalizeMultiline('Dòng 1\r\nDòng 2\rDòng 3')).toBe('Dòng 1\nDòng 2\nDòng 3');
  });

  it('drops leading and trailing blank lines and NBSP at line ends', () => {
    expect(normalizeMultiline('\n\n  Thành tích\u00A0\n\n\n')).toBe('Thành tích');
  });

  it('applies NFC and the Ð look-alike mapping', () => {
    expect(normalizeMultiline('\u00D0oàn phường'.normalize('NFD'))).toBe('Đoàn phường');
  });
});

describe('isBlank', () => {
  it('treats null, undefined, empty and whitespace-only (NBSP included) as blank', () => {
    expect(isBlank(null)).toBe(true);
    expect(isBlank(undefined)).toBe(true);
    expect(isBlank('')).toBe(true);
    expect(isBlank(' \u00A0\t\n')).toBe(true);
  });

  it('treats any visible character as not blank', () => {
    expect(isBlank(' a ')).toBe(false);
    expect(isBlank('0')).toBe(false);
  });
});
