import type { Shell } from 'electron';

const WEB_PROTOCOLS = new Set(['http:', 'https:']);

/**
 * Hands a web address to the user's browser and says whether it did. The URL is parsed (never
 * matched by substring) and only http(s) with a host is passed on: `file:`, `javascript:`, custom
 * schemes (which can launch other programs) and anything malformed are refused.
 */
export function openExternalSafely(url: unknown, shell: Pick<Shell, 'openExternal'>): boolean {
  if (typeof url !== 'string') return false;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  if (!WEB_PROTOCOLS.has(parsed.protocol) || parsed.hostname === '') return false;
  // The URL parser repairs `https:evil`, `https:/evil` and `http:\\evil` into real addresses. A
  // link the app itself wrote is never in that shape, so such input is refused, not guessed at.
  if (!url.toLowerCase().startsWith(`${parsed.protocol}//`)) return false;
  // `https://trusted.example@evil.example` shows one host and opens another.
  if (parsed.username !== '' || parsed.password !== '') return false;
  // Pass the normalised form, so the browser opens exactly what was checked.
  void Promise.resolve(shell.openExternal(parsed.href)).catch(() => {
    // No browser, or the OS refused: nothing the page could do about it.
  });
  return true;
}
