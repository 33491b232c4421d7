/**
 * The page's Content-Security-Policy, sent by Electron and by the harness and repeated in
 * renderer/index.html (a test keeps them equal). Styles allow inline because Mantine writes its
 * CSS variables into a <style> tag; scripts, connections and everything else stay on our own origin.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-src 'none'",
  "worker-src 'self' blob:",
].join('; ');
