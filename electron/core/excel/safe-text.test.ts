import { describe, expect, it } from 'vitest';
import { safeText } from './safe-text';

describe('safeText', () => {
  it('puts an apostrophe before text that a spreadsheet could read as a formula', () => {
    expect(safeText('=HYPERLINK("http://x","Bấm")')).toBe('\'=HYPERLINK("http://x","Bấm")');
    expect(safeText('+84 912 345 678')).toBe("'+84 912 345 678");
    expect(safeText('-1')).toBe("'-1");
    expect(safeText('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(safeText('\t=1')).toBe("'\t=1");
    expect(safeText('\r=1')).toBe("'\r=1");
  });

  it('leaves ordinary text alone, including those characters further in', () => {
    expect(safeText('Nguyễn Thị Ánh')).toBe('Nguyễn Thị Ánh');
    expect(safeText('Tổ dân phố 2 - Lê Chân')).toBe('Tổ dân phố 2 - Lê Chân');
    expect(safeText("'đã có nháy")).toBe("'đã có nháy");
    expect(safeText('')).toBe('');
  });
});
