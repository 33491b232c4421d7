// The one module that loads fonts and turns a document definition into PDF bytes. Builders stay
// pure: they get a TextMeasurer (made here, from the same font files) when they must measure.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve, sep } from 'node:path';
import pdfmake from 'pdfmake';
import PdfKitDocument from 'pdfmake/js/PDFDocument';
import type { DocDefinition, TextMeasurer } from './doc';
import { normalizeDoc } from './normalize';

export const FONT_FAMILY = 'Tinos';
const FACES = {
  normal: 'Tinos-Regular.ttf',
  bold: 'Tinos-Bold.ttf',
  italics: 'Tinos-Italic.ttf',
  bolditalics: 'Tinos-BoldItalic.ttf',
} as const;
type Face = keyof typeof FACES;
type FontBytes = Record<Face, Buffer>;

/**
 * resources/fonts found by walking up from this file: works from the sources (tests, harness) and
 * from the bundle in out/main. A packaged app passes its app.asar.unpacked/resources/fonts instead.
 */
export function defaultFontsDir(): string {
  for (let dir = __dirname; ; dir = dirname(dir)) {
    for (const base of [dir.replace(/app\.asar(?=$|[\\/])/, 'app.asar.unpacked'), dir]) {
      const candidate = join(base, 'resources', 'fonts');
      if (existsSync(join(candidate, FACES.normal))) return candidate;
    }
    if (dirname(dir) === dir) break;
  }
  return resolve('resources', 'fonts');
}

const fontCache = new Map<string, FontBytes>();

/** Reads the four Tinos faces once per folder; throws with the missing path if one is absent. */
function loadFonts(fontsDir: string): FontBytes {
  const dir = resolve(fontsDir);
  let fonts = fontCache.get(dir);
  if (!fonts) {
    fonts = {
      normal: readFileSync(join(dir, FACES.normal)),
      bold: readFileSync(join(dir, FACES.bold)),
      italics: readFileSync(join(dir, FACES.italics)),
      bolditalics: readFileSync(join(dir, FACES.bolditalics)),
    };
    fontCache.set(dir, fonts);
  }
  return fonts;
}

const inside = (root: string, path: string): boolean => {
  const r = resolve(root);
  const p = resolve(path);
  return p === r || p.startsWith(r + sep);
};

export interface RenderOptions {
  /** Defaults to defaultFontsDir(). */
  fontsDir?: string;
  /** The only other folder a document may read images from (settings' emblem folder). */
  imagesDir?: string;
  /** "Phường Lê Chân": the author is "UBND Phường Lê Chân". */
  wardName: string;
}

/** Renders a document definition to PDF bytes with the embedded Tinos fonts and no remote or stray local access. */
export async function renderPdf(doc: DocDefinition, opts: RenderOptions): Promise<Buffer> {
  const fontsDir = resolve(opts.fontsDir ?? defaultFontsDir());
  // pdfmake 0.3 takes fonts as file names; its virtual file system keeps the bytes read once.
  const fonts = loadFonts(fontsDir);
  const names = {} as Record<Face, string>;
  for (const face of Object.keys(FACES) as Face[]) {
    names[face] = `tinos/${face}.ttf`;
    pdfmake.virtualfs.writeFileSync(names[face], fonts[face]);
  }
  pdfmake.setFonts({ [FONT_FAMILY]: names });
  pdfmake.setUrlAccessPolicy(() => false);
  pdfmake.setLocalAccessPolicy(
    (path) => inside(fontsDir, path) || (opts.imagesDir !== undefined && inside(opts.imagesDir, path)),
  );
  const normalized = normalizeDoc(doc);
  const definition = {
    ...normalized,
    defaultStyle: { font: FONT_FAMILY, ...normalized.defaultStyle },
    info: {
      ...normalized.info,
      author: `UBND ${opts.wardName}`.normalize('NFC'),
      creator: 'Thi đua – Khen thưởng',
      producer: 'Thi đua – Khen thưởng',
    },
  };
  return pdfmake.createPdf(definition).getBuffer();
}

/**
 * Measures with pdfkit (bundled in pdfmake) on the same font files: pdfkit and pdfmake share the
 * font metrics and the line-breaking library, so the line count matches; the height is lines ×
 * pdfmake's line height (ascender − descender, no line gap, × lineHeight).
 */
export function createTextMeasurer(fontsDir: string = defaultFontsDir()): TextMeasurer {
  const fonts = loadFonts(fontsDir);
  const doc = new PdfKitDocument({}, {}, {}, {}, { autoFirstPage: false });
  return {
    height(text, { fontSize, width, bold = false, italics = false, lineHeight = 1 }) {
      const face: Face = bold ? (italics ? 'bolditalics' : 'bold') : italics ? 'italics' : 'normal';
      doc.font(fonts[face]).fontSize(fontSize);
      const pdfkitLine = doc.currentLineHeight(true);
      const lines = Math.round(doc.heightOfString(text.normalize('NFC'), { width, lineGap: 0 }) / pdfkitLine);
      return lines * doc._font.lineHeight(fontSize) * lineHeight;
    },
  };
}
