import { describe, expect, it } from 'vitest';
import { renderPdf } from './render';
import { pdfFonts, pdfInfo, pdfText } from './pdf-inspect';
import type { DocDefinition } from './doc';

const VOWELS = ['a', 'ă', 'â', 'e', 'ê', 'i', 'o', 'ô', 'ơ', 'u', 'ư', 'y'];
const TONES = ['', '\u0301', '\u0300', '\u0309', '\u0303', '\u0323']; // ngang, sắc, huyền, hỏi, ngã, nặng

/** Every vowel with every tone, lower then upper case, built in NFD so rendering must normalise. */
const nfdLines = (): string[] => {
  const lower = VOWELS.map((v) => TONES.map((t) => v.normalize('NFD') + t).join(' '));
  const upper = VOWELS.map((v) => TONES.map((t) => v.toUpperCase().normalize('NFD') + t).join(' '));
  return [...lower, ...upper, 'đ Đ đường Đức'];
};

const doc = (lines: string[]): DocDefinition => ({
  pageSize: { width: 595.28, height: 841.89 },
  pageMargins: [40, 40, 40, 40],
  info: { title: 'Kiểm tra dấu' },
  content: lines.map((text, i) => ({ text, bold: i % 2 === 1, italics: i % 3 === 1 })),
});

describe('renderPdf', () => {
  it('extracts every Vietnamese vowel with every tone, both cases, and đ/Đ back exactly in NFC', async () => {
    const input = nfdLines();
    const pdf = await renderPdf(doc(input), { wardName: 'Phường Lê Chân' });
    // pdftotext drops the narrow spaces between single letters, so lines are compared without spaces.
    const squash = (l: string) => l.replace(/\s+/g, '');
    const lines = pdfText(pdf)[0]!
      .split('\n')
      .filter((l) => l.trim() !== '')
      .map(squash);
    expect(lines).toEqual(input.map((l) => squash(l.normalize('NFC'))));
    expect(lines.join('')).toBe(lines.join('').normalize('NFC'));
  });

  it('embeds only Tinos and writes the title, author and creator', async () => {
    const pdf = await renderPdf(doc(['Chữ thường', 'Chữ đậm']), { wardName: 'Phường Lê Chân' });
    const fonts = pdfFonts(pdf);
    expect(fonts.length).toBeGreaterThan(0);
    for (const f of fonts) {
      expect(f.name).toMatch(/\+Tinos/);
      expect(f.embedded).toBe(true);
    }
    const info = pdfInfo(pdf);
    expect(info).toMatch(/^Title:\s+Kiểm tra dấu$/m);
    expect(info).toMatch(/^Author:\s+UBND Phường Lê Chân$/m);
    expect(info).toMatch(/^Creator:\s+Thi đua – Khen thưởng$/m);
  });

  it('refuses remote images', async () => {
    const d = doc(['x']);
    d.content.push({ image: 'https://example.invalid/a.png', width: 10 });
    await expect(renderPdf(d, { wardName: 'Phường Lê Chân' })).rejects.toThrow();
  });

  it('refuses local files outside the fonts and images folders', async () => {
    const d = doc(['x']);
    d.content.push({ image: '/etc/hostname', width: 10 });
    await expect(renderPdf(d, { wardName: 'Phường Lê Chân' })).rejects.toThrow(/access policy|denied/i);
  });
});
