// Full-page Giấy khen: the whole certificate drawn by the app, one page per recipient.
// Positions are designed for A4 landscape (841.89 × 595.28 pt) and scaled to other sizes.
import {
  DEFAULT_FULL_LAYOUT,
  type CertificateData,
  type FullCertificateLayout,
} from '../../../shared/domain/certificate';
import {
  pageDimensions,
  type Content,
  type DocDefinition,
  type PageDimensions,
  type TextMeasurer,
} from './doc';
import { imageDataUrl, ruleAt, textAt, type Box, type TextStyle } from './layout-nodes';
import * as t from './certificate-text';

export const RED = '#C00000';
const BLACK = '#000000';
const GOLD = '#B8860B';
const BASE = { width: 841.89, height: 595.28 };

/** The achievement's starting and smallest font sizes (before page scaling). */
export const ACHIEVEMENT_FONT = { start: 15, min: 7 };

/** Where the variable-length parts go, in points; exported so tests can check the text stays inside. */
export interface FullPageGeometry {
  page: PageDimensions;
  /** The inner frame: nothing may be drawn outside it. */
  frame: Box;
  recipient: Box;
  positionUnit: Box;
  achievement: Box;
  scale: number;
}

export function fullPageGeometry(layout: FullCertificateLayout = DEFAULT_FULL_LAYOUT): FullPageGeometry {
  const page = pageDimensions(layout.pageSize, layout.orientation);
  const sx = page.width / BASE.width;
  const sy = page.height / BASE.height;
  const top = layout.emblem ? 36 * sy : 0; // the emblem pushes everything below it down
  const innerX = 80 * sx;
  const innerW = page.width - 2 * innerX;
  return {
    page,
    frame: { x: 30 * sx, y: 30 * sy, width: page.width - 60 * sx, height: page.height - 60 * sy },
    recipient: { x: innerX, y: top + 192 * sy, width: innerW, height: 26 * sy },
    positionUnit: { x: innerX, y: top + 221 * sy, width: innerW, height: 21 * sy },
    achievement: {
      x: 100 * sx,
      y: top + 246 * sy,
      width: page.width - 200 * sx,
      height: 376 * sy - (top + 246 * sy),
    },
    scale: Math.min(sx, sy),
  };
}

/** One line of text shrunk (from `style.fontSize`) until it fits its box; wrapped lines count. */
function fitted(box: Box, text: string, style: TextStyle, min: number, measure: TextMeasurer) {
  const lineHeight = style.lineHeight ?? 1;
  const size = t.fitFontSize(
    (fontSize) => measure.height(text, { ...style, fontSize, lineHeight, width: box.width - 1 }),
    box.height,
    style.fontSize,
    min,
  );
  return textAt(box.x, box.y, box.width, text, { ...style, fontSize: size, lineHeight });
}

function border(page: PageDimensions, g: FullPageGeometry): Content {
  const o = 20 * g.scale;
  const f = g.frame;
  const corner = (cx: number, cy: number) => ({
    type: 'polyline',
    closePath: true,
    points: [
      { x: cx, y: cy - 7 * g.scale },
      { x: cx + 7 * g.scale, y: cy },
      { x: cx, y: cy + 7 * g.scale },
      { x: cx - 7 * g.scale, y: cy },
    ],
    color: RED,
  });
  return {
    canvas: [
      {
        type: 'rect',
        x: o,
        y: o,
        w: page.width - 2 * o,
        h: page.height - 2 * o,
        lineWidth: 3 * g.scale,
        lineColor: RED,
      },
      { type: 'rect', x: f.x, y: f.y, w: f.width, h: f.height, lineWidth: 1.2 * g.scale, lineColor: GOLD },
      corner(o, o),
      corner(page.width - o, o),
      corner(o, page.height - o),
      corner(page.width - o, page.height - o),
    ],
  };
}

function certificatePage(
  d: CertificateData,
  g: FullPageGeometry,
  hasEmblem: boolean,
  measure: TextMeasurer,
): Content[] {
  const { page, scale: s } = g;
  const sy = page.height / BASE.height;
  const top = hasEmblem ? 36 * sy : 0;
  const x = 60 * s;
  const w = page.width - 2 * x;
  const y = (v: number) => top + v * sy; // the upper part moves down under an emblem
  const yFixed = (v: number) => v * sy; // the bottom blocks do not
  const center = (v: number, text: string, style: TextStyle) =>
    textAt(x, y(v), w, text, { alignment: 'center', ...style, fontSize: style.fontSize * s });
  const nodes: Content[] = [];
  if (hasEmblem) {
    nodes.push({
      image: 'emblem',
      fit: [44 * s, 44 * s],
      absolutePosition: { x: page.width / 2 - 22 * s, y: 34 * sy },
    });
  }
  nodes.push(
    center(44, t.QUOC_HIEU, { fontSize: 14, bold: true }),
    center(61, t.TIEU_NGU, { fontSize: 14, bold: true }),
    ruleAt(page.width / 2 - 85 * s, page.width / 2 + 85 * s, y(80.5)),
    center(90, t.authorityLine(d.wardName), { fontSize: 16, bold: true, color: RED }),
    center(114, 'TẶNG', { fontSize: 16, bold: true, color: BLACK }),
    center(134, 'GIẤY KHEN', { fontSize: 42, bold: true, color: RED }),
    fitted(
      g.recipient,
      t.recipientLine(d),
      { fontSize: 20 * s, bold: true, alignment: 'center' },
      10 * s,
      measure,
    ),
  );
  const position = t.positionUnitLine(d);
  if (position)
    nodes.push(fitted(g.positionUnit, position, { fontSize: 15 * s, alignment: 'center' }, 8 * s, measure));
  nodes.push(
    fitted(
      g.achievement,
      t.achievementText(d),
      { fontSize: ACHIEVEMENT_FONT.start * s, alignment: 'center', italics: true, lineHeight: 1.15 },
      ACHIEVEMENT_FONT.min * s,
      measure,
    ),
  );
  // Bottom left: the decision and the register number; bottom right: date, title, blank, name.
  const leftX = 80 * (page.width / BASE.width);
  const colW = page.width / 2 - leftX - 20 * s;
  const rightX = page.width / 2 + 40 * s;
  const rightW = page.width - rightX - 60 * s;
  nodes.push(textAt(leftX, yFixed(498), colW, t.decisionLine(d), { fontSize: 12 * s, italics: true }));
  const register = t.registerLine(d);
  if (register) nodes.push(textAt(leftX, yFixed(516), colW, register, { fontSize: 12 * s, italics: true }));
  const titles = t.signerTitleLines(d);
  nodes.push(
    textAt(rightX, yFixed(384), rightW, t.placeDateLine(d), {
      fontSize: 13 * s,
      italics: true,
      alignment: 'center',
    }),
    textAt(rightX, yFixed(402), rightW, titles.join('\n'), {
      fontSize: 14 * s,
      bold: true,
      alignment: 'center',
    }),
  );
  // 38 mm (108 pt) between the title's last line and the name, for the signature and the seal.
  const titleBottom = 402 + titles.length * 16.1;
  nodes.push(
    textAt(rightX, yFixed(titleBottom + 108), rightW, t.signerName(d), {
      fontSize: 15 * s,
      bold: true,
      alignment: 'center',
    }),
  );
  return nodes;
}

/**
 * One page per certificate, in list order. Pure given `measure` (from render.ts), which sizes the
 * recipient line, the position line and the achievement so they fit their boxes.
 */
export function buildCertificatePages(
  data: readonly CertificateData[],
  layout: FullCertificateLayout = DEFAULT_FULL_LAYOUT,
  measure: TextMeasurer,
): DocDefinition {
  if (data.length === 0) throw new Error('Không có giấy khen nào để in.');
  const g = fullPageGeometry(layout);
  const hasEmblem = layout.emblem !== null;
  return {
    pageSize: g.page,
    pageMargins: [0, 0, 0, 0],
    info: {
      title: data.length === 1 ? `Giấy khen - ${t.upperVi(data[0]!.name)}` : `Giấy khen (${data.length})`,
      subject: t.decisionLine(data[0]!),
    },
    ...(layout.emblem ? { images: { emblem: imageDataUrl(layout.emblem) } } : {}),
    background: () => border(g.page, g),
    content: data.map((d, i) => ({
      stack: certificatePage(d, g, hasEmblem, measure),
      ...(i > 0 ? { pageBreak: 'before' } : {}),
    })),
  };
}
