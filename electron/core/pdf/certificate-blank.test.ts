import { describe, expect, it } from 'vitest';
import { blankFieldBox, buildBlankPages, buildCalibrationPage } from './certificate-blank';
import { createTextMeasurer, renderPdf } from './render';
import { linesOf, pdfPages, pdfText, pdfWords } from './pdf-inspect';
import { FIXTURES } from './test-fixtures';
import { BLANK_FIELDS, DEFAULT_BLANK_LAYOUT, blankLayoutSchema } from '../../../shared/domain/certificate';

const WARD = { wardName: 'Phường Lê Chân' };
const shifted = { ...DEFAULT_BLANK_LAYOUT, offset: { xMm: 3, yMm: -2 } };

describe('Giấy khen on pre-printed blanks', () => {
  it('prints only the variable fields, one page per certificate, each word inside its shifted box', async () => {
    const pdf = await renderPdf(buildBlankPages(FIXTURES, shifted, createTextMeasurer()), WARD);
    expect(pdfPages(pdf)).toBe(3);
    const first = linesOf(pdfText(pdf)[0]!);
    expect(first).toContain('NGUYỄN VĂN A');
    expect(first).toContain('Lê Chân, ngày 05 tháng 7 năm 2026');
    expect(first).not.toContain('GIẤY KHEN');
    const boxes = BLANK_FIELDS.map((f) => blankFieldBox(shifted, f));
    for (const w of pdfWords(pdf)) {
      const ok = boxes.some(
        (b) =>
          w.xMin >= b.x - 0.5 &&
          w.xMax <= b.x + b.width + 0.5 &&
          w.yMin >= b.y - 0.5 &&
          w.yMax <= b.y + b.height + 0.5,
      );
      expect(ok, `${w.text} on page ${w.page}`).toBe(true);
    }
  });

  it('calibration page shows the grid labels and the named field boxes', async () => {
    const pdf = await renderPdf(buildCalibrationPage(shifted), WARD);
    const words = pdfWords(pdf).map((w) => w.text);
    for (const label of ['10', '50', '100', '200', '280', '190']) expect(words).toContain(label);
    const text = pdfText(pdf)[0]!;
    for (const name of ['Họ tên', 'Thành tích', 'Số sổ vàng', 'Người ký']) expect(text).toContain(name);
    expect(text).toContain('độ lệch máy in: ngang 3 mm, dọc -2 mm');
  });

  it('settings schema accepts the defaults and refuses negative positions', () => {
    expect(blankLayoutSchema.parse(DEFAULT_BLANK_LAYOUT)).toEqual(DEFAULT_BLANK_LAYOUT);
    const bad = structuredClone(DEFAULT_BLANK_LAYOUT);
    bad.fields.name.xMm = -1;
    expect(blankLayoutSchema.safeParse(bad).success).toBe(false);
  });
});
