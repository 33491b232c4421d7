import fs from 'node:fs';
import path from 'node:path';
import { EventEmitter } from 'node:events';
import { pathToFileURL } from 'node:url';
import { describe, expect, it, vi } from 'vitest';
import type { Session } from 'electron';
import { CONTENT_SECURITY_POLICY } from '../core/security/csp';
import { guardWebContents, hardenApp, hardenSession, isAppPageUrl, type AppPage } from './security';
import { FakeWebContents } from './testing/fake-electron';

const page: AppPage = { file: path.resolve('/opt/tdkt/out/renderer/index.html') };
const pageUrl = pathToFileURL(page.file).href;

/** A session that records the handlers the app installs. */
function fakeSession() {
  const handlers: {
    request?: (
      wc: unknown,
      permission: string,
      callback: (granted: boolean) => void,
      details: unknown,
    ) => void;
    check?: (wc: unknown, permission: string, origin: string, details: unknown) => boolean;
    headers?: (
      details: { responseHeaders?: Record<string, string[]> },
      callback: (r: unknown) => void,
    ) => void;
  } = {};
  const session = {
    setPermissionRequestHandler: (h: typeof handlers.request) => (handlers.request = h),
    setPermissionCheckHandler: (h: typeof handlers.check) => (handlers.check = h),
    webRequest: { onHeadersReceived: (h: typeof handlers.headers) => (handlers.headers = h) },
  };
  return { session: session as unknown as Session, handlers };
}

describe('isAppPageUrl', () => {
  it('accepts the built page, with any route or query', () => {
    expect(isAppPageUrl(pageUrl, page)).toBe(true);
    expect(isAppPageUrl(`${pageUrl}#/cai-dat`, page)).toBe(true);
    expect(isAppPageUrl(`${pageUrl}?x=1`, page)).toBe(true);
  });

  it('refuses other files, other hosts, other schemes and garbage', () => {
    expect(isAppPageUrl(pathToFileURL('/etc/passwd').href, page)).toBe(false);
    expect(isAppPageUrl(pathToFileURL('/opt/tdkt/out/renderer/other.html').href, page)).toBe(false);
    expect(isAppPageUrl('file://evil-host/opt/tdkt/out/renderer/index.html', page)).toBe(false);
    expect(isAppPageUrl('https://evil.example/opt/tdkt/out/renderer/index.html', page)).toBe(false);
    expect(isAppPageUrl('javascript:alert(1)', page)).toBe(false);
    expect(isAppPageUrl('not a url', page)).toBe(false);
  });

  it('accepts the dev server only when one is configured, and only its origin', () => {
    const dev: AppPage = { ...page, devServerUrl: 'http://localhost:5173/' };
    expect(isAppPageUrl('http://localhost:5173/#/don-vi', dev)).toBe(true);
    expect(isAppPageUrl('http://localhost:5173/#/don-vi', page)).toBe(false);
    expect(isAppPageUrl('http://localhost:5174/', dev)).toBe(false);
    expect(isAppPageUrl('http://localhost:5173.evil.example/', dev)).toBe(false);
    expect(isAppPageUrl('https://localhost:5173/', dev)).toBe(false);
  });
});

describe('hardenSession', () => {
  it('denies every permission request and check', () => {
    const { session, handlers } = fakeSession();
    hardenSession(session);
    for (const permission of [
      'media',
      'notifications',
      'geolocation',
      'clipboard-read',
      'openExternal',
      'unknown',
    ]) {
      const callback = vi.fn();
      handlers.request!({}, permission, callback, {});
      expect(callback).toHaveBeenCalledExactlyOnceWith(false);
      expect(handlers.check!({}, permission, 'file://', {})).toBe(false);
    }
  });

  it('sends our Content-Security-Policy with every response, replacing any other', () => {
    const { session, handlers } = fakeSession();
    hardenSession(session);
    const callback = vi.fn();
    handlers.headers!(
      { responseHeaders: { 'content-security-policy': ['default-src *'], 'Content-Type': ['text/html'] } },
      callback,
    );
    expect(callback).toHaveBeenCalledExactlyOnceWith({
      responseHeaders: {
        'Content-Type': ['text/html'],
        'Content-Security-Policy': [CONTENT_SECURITY_POLICY],
      },
    });
  });

  it('uses the same policy as the meta tag in renderer/index.html', () => {
    const html = fs.readFileSync(path.resolve(__dirname, '../../renderer/index.html'), 'utf8');
    const meta = /<meta\s+http-equiv="Content-Security-Policy"\s+content="([^"]*)"/i.exec(html);
    expect(meta?.[1]).toBe(CONTENT_SECURITY_POLICY);
  });
});

describe('guardWebContents', () => {
  const guard = (openExternal: (url: string) => boolean = () => false) => {
    const contents = new FakeWebContents();
    guardWebContents(contents as never, page, openExternal);
    return contents;
  };

  it('stops navigation and redirects away from the app page, and allows the page itself', () => {
    const contents = guard();
    expect(contents.attempt('will-navigate', 'https://evil.example/')).toBe(true);
    expect(contents.attempt('will-navigate', pathToFileURL('/etc/passwd').href)).toBe(true);
    expect(contents.attempt('will-redirect', 'https://evil.example/')).toBe(true);
    expect(contents.attempt('will-navigate', `${pageUrl}#/khen-thuong`)).toBe(false);
  });

  it('denies window.open, sending the address to the external opener instead', () => {
    const openExternal = vi.fn(() => true);
    const contents = guard(openExternal);
    expect(contents.openHandler!({ url: 'https://thuvienphapluat.vn/' })).toEqual({ action: 'deny' });
    expect(contents.openHandler!({ url: pageUrl })).toEqual({ action: 'deny' });
    expect(openExternal).toHaveBeenCalledWith('https://thuvienphapluat.vn/');
  });

  it('refuses to attach a <webview>', () => {
    expect(guard().attempt('will-attach-webview', 'https://evil.example/')).toBe(true);
  });

  it('guards a web contents once, however often it is called', () => {
    const contents = guard();
    guardWebContents(contents as never, page, () => false);
    expect(contents.listenerCount('will-navigate')).toBe(1);
  });
});

describe('hardenApp', () => {
  it('sandboxes every renderer and guards every web contents the app creates', () => {
    const app = Object.assign(new EventEmitter(), { enableSandbox: vi.fn() });
    hardenApp(app as never, page, () => false);
    expect(app.enableSandbox).toHaveBeenCalledOnce();
    const contents = new FakeWebContents();
    app.emit('web-contents-created', {}, contents);
    expect(contents.attempt('will-navigate', 'https://evil.example/')).toBe(true);
  });
});
