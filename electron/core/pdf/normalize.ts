import type { Content, DocDefinition } from './doc';

// NFD text renders wrongly in pdfkit ("Hưng" drawn like "Hủng") and extracts split, so every
// string reaches layout in NFC. Buffers and typed arrays are left alone.
function nfc<T>(value: T): T {
  if (typeof value === 'string') return value.normalize('NFC') as T;
  if (Array.isArray(value)) return value.map(nfc) as T;
  if (value !== null && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) out[k] = nfc(v);
    return out as T;
  }
  return value;
}

/** A copy of `doc` with every string NFC-normalised, the background function's output included. */
export function normalizeDoc(doc: DocDefinition): DocDefinition {
  const { background, ...rest } = doc;
  const out = nfc(rest) as DocDefinition;
  if (typeof background === 'function') {
    out.background = (page, size): Content | null => nfc(background(page, size));
  } else if (background !== undefined) {
    out.background = nfc(background);
  }
  return out;
}
