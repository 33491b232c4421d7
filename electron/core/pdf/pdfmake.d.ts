// The part of pdfmake 0.3 (server build) and of its pdfkit document that this folder uses.
// pdfmake ships no types; keep this to what render.ts calls.

declare module 'pdfmake' {
  interface FontFaces {
    normal: string;
    bold: string;
    italics: string;
    bolditalics: string;
  }
  interface OutputDocument {
    getBuffer(): Promise<Buffer>;
  }
  interface PdfMake {
    virtualfs: { writeFileSync(name: string, content: Buffer): void };
    setFonts(fonts: Record<string, FontFaces>): void;
    setUrlAccessPolicy(callback: (url: string) => boolean): void;
    setLocalAccessPolicy(callback: (path: string) => boolean): void;
    createPdf(doc: object): OutputDocument;
  }
  const pdfmake: PdfMake;
  export = pdfmake;
}

declare module 'pdfmake/js/PDFDocument' {
  interface PdfKitFont {
    lineHeight(size: number, includeGap?: boolean): number;
  }
  class PDFDocument {
    constructor(
      fonts: Record<string, never>,
      images: object,
      patterns: object,
      attachments: object,
      options: object,
    );
    font(src: Buffer): this;
    fontSize(size: number): this;
    heightOfString(text: string, options: { width: number; lineGap?: number }): number;
    currentLineHeight(includeGap?: boolean): number;
    readonly _font: PdfKitFont;
  }
  export default PDFDocument;
}
