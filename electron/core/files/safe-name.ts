import { normalizeText } from '../../../shared/rules/text';

// Names Windows refuses for a file whatever its extension.
const RESERVED = /^(con|prn|aux|nul|com[1-9]|lpt[1-9])$/i;
const MAX_LENGTH = 150;

/**
 * A file name safe to store, show and write on Windows or Linux: only the last path part of what the
 * browser sent (some send "C:\fakepath\x.pdf"), NFC, no control or reserved characters, no leading or
 * trailing dots or spaces, not a device name, at most 150 characters with the extension kept.
 * `fallback` (without extension) is used when nothing is left.
 */
export function safeFileName(raw: string, fallback = 'tep'): string {
  const last = raw.split(/[\\/]/).pop() ?? '';
  const cleaned = normalizeText(
    last
      // eslint-disable-next-line no-control-regex
      .replace(/[\u0000-\u001f\u007f<>:"|?*]/g, ' ')
      .normalize('NFC'),
  ).replace(/^[.\s]+|[.\s]+$/g, '');
  const dot = cleaned.lastIndexOf('.');
  let stem = dot > 0 ? cleaned.slice(0, dot).trim() : cleaned;
  const ext = dot > 0 ? cleaned.slice(dot + 1).trim() : '';
  if (stem === '' || RESERVED.test(stem)) stem = stem === '' ? fallback : `_${stem}`;
  const suffix = ext === '' ? '' : `.${ext.slice(0, 10)}`;
  return `${[...stem]
    .slice(0, MAX_LENGTH - suffix.length)
    .join('')
    .trim()}${suffix}`;
}

/** The lower-case extension of a name, without the dot; '' when there is none. */
export function extensionOf(name: string): string {
  const dot = name.lastIndexOf('.');
  return dot > 0 ? name.slice(dot + 1).toLowerCase() : '';
}
