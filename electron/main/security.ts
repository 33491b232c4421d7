import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { App, Session, WebContents } from 'electron';
import { CONTENT_SECURITY_POLICY } from '../core/security/csp';

/** Where the app's own page lives: the built file, or electron-vite's dev server in development. */
export interface AppPage {
  file: string;
  devServerUrl?: string | undefined;
}

/**
 * True when `url` is the app's own page: the built index.html (any #route or ?query) or, in
 * development, a page of the dev server's origin. Parsed, never compared by substring.
 */
export function isAppPageUrl(url: string, page: AppPage): boolean {
  let target: URL;
  try {
    target = new URL(url);
  } catch {
    return false;
  }
  if (page.devServerUrl) {
    try {
      const dev = new URL(page.devServerUrl);
      if (dev.origin !== 'null' && target.origin === dev.origin) return true;
    } catch {
      // A broken dev URL trusts nothing.
    }
  }
  if (target.protocol !== 'file:' || target.host !== '') return false;
  const own = pathToFileURL(path.resolve(page.file));
  // Windows paths are case-insensitive; Chromium may spell the drive letter differently.
  const same = (a: string, b: string) =>
    process.platform === 'win32' ? a.toLowerCase() === b.toLowerCase() : a === b;
  return same(target.pathname, own.pathname);
}

/** Any permission prompt (camera, microphone, notifications, geolocation...) is refused: the app needs none. */
export function hardenSession(session: Session): void {
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
  // The page's meta tag covers file://; the header also covers the dev server and any response
  // the meta tag would come too late for. Existing CSP headers are replaced, not merged.
  session.webRequest.onHeadersReceived((details, callback) => {
    const headers: Record<string, string | string[]> = {};
    for (const [name, value] of Object.entries(details.responseHeaders ?? {})) {
      if (name.toLowerCase() !== 'content-security-policy') headers[name] = value;
    }
    headers['Content-Security-Policy'] = [CONTENT_SECURITY_POLICY];
    callback({ responseHeaders: headers });
  });
}

type Navigable = Pick<WebContents, 'on' | 'setWindowOpenHandler'>;

const guarded = new WeakSet<object>();

/**
 * Keeps a web page inside the app: navigation and redirects away from our page are stopped,
 * `window.open` never creates a window (http(s) links go to the browser instead) and `<webview>`
 * is refused. Safe to call twice on the same contents.
 */
export function guardWebContents(
  contents: Navigable,
  page: AppPage,
  openExternal: (url: string) => boolean,
): void {
  if (guarded.has(contents)) return;
  guarded.add(contents);
  const stayHome = (event: { url: string; preventDefault(): void }) => {
    if (!isAppPageUrl(event.url, page)) event.preventDefault();
  };
  contents.on('will-navigate', stayHome);
  contents.on('will-redirect', stayHome);
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(({ url }) => {
    openExternal(url);
    return { action: 'deny' };
  });
}

/**
 * App-wide hardening, before any window exists: every renderer sandboxed, and every web contents
 * (including any a later feature creates) guarded like the main window.
 */
export function hardenApp(
  app: Pick<App, 'enableSandbox' | 'on'>,
  page: AppPage,
  openExternal: (url: string) => boolean,
): void {
  app.enableSandbox();
  app.on('web-contents-created', (_event, contents) => guardWebContents(contents, page, openExternal));
}
