// Small helpers for absolutely positioned pdfmake nodes (coordinates in points from the top-left).
import type { ContentNode } from './doc';

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface TextStyle {
  fontSize: number;
  bold?: boolean;
  italics?: boolean;
  color?: string;
  alignment?: 'left' | 'center' | 'right' | 'justify';
  lineHeight?: number;
}

/** Text wrapped to `width` with its top-left at (x, y); a fixed-width column does the wrapping. */
export function textAt(x: number, y: number, width: number, text: string, style: TextStyle): ContentNode {
  return { absolutePosition: { x, y }, columns: [{ width, text, ...style }] };
}

/** A horizontal line from x1 to x2 at y. */
export const ruleAt = (
  x1: number,
  x2: number,
  y: number,
  lineWidth = 0.8,
  color = '#000000',
): ContentNode => ({
  absolutePosition: { x: 0, y: 0 },
  canvas: [{ type: 'line', x1, y1: y, x2, y2: y, lineWidth, lineColor: color }],
});

/** "data:image/png;base64,…" from PNG or JPEG bytes; throws on anything else. */
export function imageDataUrl(bytes: Uint8Array): string {
  const b = Buffer.from(bytes);
  const mime =
    b[0] === 0x89 && b[1] === 0x50 && b[2] === 0x4e && b[3] === 0x47
      ? 'image/png'
      : b[0] === 0xff && b[1] === 0xd8
        ? 'image/jpeg'
        : null;
  if (!mime) throw new Error('Ảnh phải là PNG hoặc JPEG.');
  return `data:${mime};base64,${b.toString('base64')}`;
}

/** A pdfmake table layout with no lines and no padding: tables used only to place columns side by side. */
export const NO_BORDERS = {
  hLineWidth: () => 0,
  vLineWidth: () => 0,
  paddingLeft: () => 0,
  paddingRight: () => 0,
  paddingTop: () => 0,
  paddingBottom: () => 0,
};
