/** The small subset of a pdfmake document definition that our builders produce. */

/** Anything pdfmake accepts as content; left open since pdfmake's node kinds are many. */
export type Content = string | ContentNode | Content[];
export interface ContentNode {
  [key: string]: unknown;
}

export interface PageDimensions {
  width: number;
  height: number;
}

export interface DocDefinition {
  pageSize: PageDimensions;
  pageMargins: [number, number, number, number];
  content: Content[];
  /** Drawn under each page's content (the border, the emblem). */
  background?: Content | ((currentPage: number, pageSize: PageDimensions) => Content | null);
  images?: Record<string, string>;
  info?: { title?: string; subject?: string };
  defaultStyle?: { font?: string; fontSize?: number; lineHeight?: number; color?: string };
}

/** Points per millimetre (1 pt = 1/72 inch). */
export const PT_PER_MM = 72 / 25.4;
export const mm = (v: number): number => v * PT_PER_MM;

const A_SIZES_MM: Record<'A3' | 'A4' | 'A5', [number, number]> = {
  A3: [297, 420],
  A4: [210, 297],
  A5: [148, 210],
};

/** Page dimensions in points, width and height swapped for landscape. */
export function pageDimensions(
  size: 'A3' | 'A4' | 'A5',
  orientation: 'landscape' | 'portrait',
): PageDimensions {
  const [w, h] = A_SIZES_MM[size];
  return orientation === 'landscape' ? { width: mm(h), height: mm(w) } : { width: mm(w), height: mm(h) };
}

/** Measures wrapped text as pdfmake will lay it out: height in points at a given size and width. */
export interface TextMeasurer {
  height(
    text: string,
    opts: { fontSize: number; width: number; bold?: boolean; italics?: boolean; lineHeight?: number },
  ): number;
}
