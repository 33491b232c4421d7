// Pre-printed blanks (phôi): only the variable fields, each at the user's position in mm from the
// sheet's top-left, all moved by the printer offset. The calibration page shows where they land.
import {
  BLANK_FIELDS,
  BLANK_FIELD_LABELS,
  type BlankCertificateLayout,
  type BlankField,
  type BlankFieldPosition,
  type CertificateData,
} from '../../../shared/domain/certificate';
import { mm, pageDimensions, type Content, type DocDefinition, type TextMeasurer } from './doc';
import { textAt, type Box } from './layout-nodes';
import * as t from './certificate-text';

/** A field's box in points on the sheet, the printer offset applied. */
export function blankFieldBox(layout: BlankCertificateLayout, field: BlankField): Box {
  const p: BlankFieldPosition = layout.fields[field];
  return {
    x: mm(p.xMm + layout.offset.xMm),
    y: mm(p.yMm + layout.offset.yMm),
    width: mm(p.widthMm),
    height: mm(p.heightMm),
  };
}

function fieldText(d: CertificateData, field: BlankField): string | null {
  switch (field) {
    case 'name':
      return d.recipientKind === 'individual' ? t.recipientName(d) : t.recipientLine(d);
    case 'positionUnit':
      return d.positionUnit ? t.positionUnitLine(d)!.replace(/^Chức vụ, đơn vị: /, '') : null;
    case 'achievement':
      return t.achievementText(d);
    case 'decision':
      return t.decisionLine(d);
    case 'registerNumber':
      return d.registerNumber === null ? null : String(d.registerNumber);
    case 'placeDate':
      return t.placeDateLine(d);
    case 'signerName':
      return t.signerName(d);
  }
}

const FIELD_STYLE: Record<BlankField, { bold?: boolean; italics?: boolean }> = {
  name: { bold: true },
  positionUnit: {},
  achievement: { italics: true },
  decision: { italics: true },
  registerNumber: {},
  placeDate: { italics: true },
  signerName: { bold: true },
};

/** One page per certificate with only its fields, each shrunk to fit its box, in list order. */
export function buildBlankPages(
  data: readonly CertificateData[],
  layout: BlankCertificateLayout,
  measure: TextMeasurer,
): DocDefinition {
  if (data.length === 0) throw new Error('Không có giấy khen nào để in.');
  const page = (d: CertificateData): Content[] =>
    BLANK_FIELDS.flatMap((field) => {
      const text = fieldText(d, field);
      if (text === null) return [];
      const box = blankFieldBox(layout, field);
      const style = { ...FIELD_STYLE[field], alignment: 'center' as const, lineHeight: 1.1 };
      const size = t.fitFontSize(
        (fontSize) => measure.height(text, { ...style, fontSize, width: box.width - 1 }),
        box.height,
        layout.fields[field].fontSize,
        6,
      );
      return [textAt(box.x, box.y, box.width, text, { ...style, fontSize: size })];
    });
  return {
    pageSize: pageDimensions(layout.pageSize, layout.orientation),
    pageMargins: [0, 0, 0, 0],
    info: { title: `Giấy khen in trên phôi (${data.length})` },
    content: data.map((d, i) => ({ stack: page(d), ...(i > 0 ? { pageBreak: 'before' } : {}) })),
  };
}

/** The grid label at every 10 mm, e.g. "50". */
const gridLabel = (v: number): string => String(v);

/**
 * A test page: a millimetre grid (light every 5 mm, darker and labelled every 10 mm) drawn from the
 * sheet's corner without the offset, and each field's box (with the offset) outlined and named.
 */
export function buildCalibrationPage(layout: BlankCertificateLayout): DocDefinition {
  const size = pageDimensions(layout.pageSize, layout.orientation);
  const wMm = Math.floor(size.width / mm(1));
  const hMm = Math.floor(size.height / mm(1));
  const lines: Content[] = [];
  const labels: Content[] = [];
  for (let v = 5; v < wMm; v += 5) {
    const major = v % 10 === 0;
    lines.push({
      type: 'line',
      x1: mm(v),
      y1: 0,
      x2: mm(v),
      y2: size.height,
      lineWidth: major ? 0.5 : 0.25,
      lineColor: major ? '#9a9a9a' : '#d6d6d6',
    });
    if (major)
      labels.push(
        textAt(mm(v) - 10, mm(1), 20, gridLabel(v), { fontSize: 6, alignment: 'center', color: '#555555' }),
      );
  }
  for (let v = 5; v < hMm; v += 5) {
    const major = v % 10 === 0;
    lines.push({
      type: 'line',
      x1: 0,
      y1: mm(v),
      x2: size.width,
      y2: mm(v),
      lineWidth: major ? 0.5 : 0.25,
      lineColor: major ? '#9a9a9a' : '#d6d6d6',
    });
    if (major) labels.push(textAt(mm(1), mm(v) - 3, 20, gridLabel(v), { fontSize: 6, color: '#555555' }));
  }
  const boxes: Content[] = BLANK_FIELDS.map((field) => {
    const b = blankFieldBox(layout, field);
    return { type: 'rect', x: b.x, y: b.y, w: b.width, h: b.height, lineWidth: 1, lineColor: '#C00000' };
  });
  const names: Content[] = BLANK_FIELDS.map((field) => {
    const b = blankFieldBox(layout, field);
    return textAt(b.x + 2, b.y + 1, b.width - 4, BLANK_FIELD_LABELS[field], {
      fontSize: 8,
      color: '#C00000',
      bold: true,
    });
  });
  const { xMm, yMm } = layout.offset;
  return {
    pageSize: size,
    pageMargins: [0, 0, 0, 0],
    info: { title: 'Trang căn chỉnh phôi giấy khen' },
    content: [
      { absolutePosition: { x: 0, y: 0 }, canvas: [...lines, ...boxes] },
      ...labels,
      ...names,
      textAt(
        mm(30),
        size.height - mm(12),
        mm(200),
        `Trang căn chỉnh - độ lệch máy in: ngang ${xMm} mm, dọc ${yMm} mm`,
        { fontSize: 9 },
      ),
    ],
  };
}
