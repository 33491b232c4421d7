// U+00D0/U+00F0 (Icelandic eth) come from old TCVN3/VNI conversions; they look like Đ/đ
// but collate and search as other letters, so they are replaced on input.
const LOOK_ALIKES = /[\u00D0\u00F0]/g;

function fixCharacters(s: string): string {
  return s.normalize('NFC').replace(LOOK_ALIKES, (c) => (c === '\u00D0' ? '\u0110' : '\u0111'));
}

/** Canonical form for stored single-line text: NFC, Ð→Đ, trimmed, every whitespace run (NBSP, tabs, newlines) one space. */
export function normalizeText(s: string): string {
  return fixCharacters(s).replace(/\s+/g, ' ').trim();
}

/**
 * Canonical form for long texts (achievements): like normalizeText within each line, keeping line
 * breaks but at most one blank line in a row. Lines are trimmed at both ends: indentation pasted
 * from Word is noise on a certificate.
 */
export function normalizeMultiline(s: string): string {
  return fixCharacters(s)
    .replace(/\r\n?|[\u2028\u2029\v\f]/g, '\n')
    .split('\n')
    .map((line) => line.replace(/\s+/g, ' ').trim())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/** True for null, undefined, and strings holding only whitespace (NBSP included). */
export function isBlank(s: string | null | undefined): boolean {
  return s === null || s === undefined || normalizeText(s) === '';
}
