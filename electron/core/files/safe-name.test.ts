import { describe, expect, it } from 'vitest';
import { extensionOf, safeFileName } from './safe-name';

describe('safeFileName', () => {
  it('keeps only the last part of a path, whichever separator the browser used', () => {
    expect(safeFileName('C:\\fakepath\\Biên bản.pdf')).toBe('Biên bản.pdf');
    expect(safeFileName('../../etc/passwd')).toBe('passwd');
  });

  it('drops characters Windows refuses, control characters and edge dots, and collapses spaces', () => {
    expect(safeFileName(' Tờ  trình: "khen"?\u0007.docx. ')).toBe('Tờ trình khen.docx');
    expect(safeFileName('...')).toBe('tep');
  });

  it('renames device names, composes NFD text, and keeps the extension when shortening', () => {
    expect(safeFileName('CON.pdf')).toBe('_CON.pdf');
    expect(safeFileName('Hu\u031bng.png')).toBe('Hưng.png');
    const long = safeFileName(`${'a'.repeat(300)}.pdf`);
    expect(long).toHaveLength(150);
    expect(long.endsWith('.pdf')).toBe(true);
  });

  it('reads the extension in lower case', () => {
    expect(extensionOf('ANH.JPG')).toBe('jpg');
    expect(extensionOf('.hidden')).toBe('');
  });
});
