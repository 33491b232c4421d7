import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { type FakeBrowserWindow, resetFakeElectron, shell } from './testing/fake-electron';
import { createMainWindow, loadAppPage } from './window';

vi.mock('electron', () => import('./testing/fake-electron'));

const page = { file: path.resolve('/opt/tdkt/out/renderer/index.html') };
const open = (page: { file: string; devServerUrl?: string }) =>
  createMainWindow('/opt/tdkt/out/preload/index.js', page) as unknown as FakeBrowserWindow;

beforeEach(resetFakeElectron);

describe('createMainWindow', () => {
  it('isolates and sandboxes the page, with no Node, webviews or spellchecker', () => {
    const window = open(page);
    expect(window.options.webPreferences).toStrictEqual({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      nodeIntegrationInWorker: false,
      webviewTag: false,
      spellcheck: false,
      preload: '/opt/tdkt/out/preload/index.js',
    });
  });

  it('opens a 1280×800 window titled in Vietnamese, hidden until its first paint', () => {
    const window = open(page);
    expect(window.options).toMatchObject({
      width: 1280,
      height: 800,
      title: 'Thi đua – Khen thưởng',
      show: false,
      backgroundColor: expect.stringMatching(/^#[0-9a-f]{6}$/i),
    });
    expect(window.options.minWidth).toBeGreaterThan(0);
    expect(window.options.minHeight).toBeGreaterThan(0);
    expect(window.show).not.toHaveBeenCalled();
    window.emit('ready-to-show');
    expect(window.show).toHaveBeenCalledOnce();
  });

  it('prevents navigation and redirects to a foreign URL, and allows its own page', () => {
    const { webContents } = open(page);
    expect(webContents.attempt('will-navigate', 'https://evil.example/')).toBe(true);
    expect(webContents.attempt('will-navigate', 'file:///etc/passwd')).toBe(true);
    expect(webContents.attempt('will-redirect', 'http://127.0.0.1:9999/')).toBe(true);
    expect(webContents.attempt('will-navigate', `${pathToFileURL(page.file).href}#/ca-nhan`)).toBe(false);
  });

  it('denies window.open; an http(s) link goes to the browser, anything else nowhere', () => {
    const { webContents } = open(page);
    expect(webContents.openHandler!({ url: 'https://chinhphu.vn/' })).toEqual({ action: 'deny' });
    expect(webContents.openHandler!({ url: 'file:///C:/Windows/System32/cmd.exe' })).toEqual({
      action: 'deny',
    });
    expect(webContents.openHandler!({ url: 'javascript:alert(1)' })).toEqual({ action: 'deny' });
    expect(shell.openExternal).toHaveBeenCalledExactlyOnceWith('https://chinhphu.vn/');
  });

  it('refuses to attach a <webview>', () => {
    expect(open(page).webContents.attempt('will-attach-webview', 'https://evil.example/')).toBe(true);
  });
});

describe('loadAppPage', () => {
  it('loads the built file when there is no dev server', async () => {
    const window = open(page);
    await loadAppPage(window as never, page);
    expect(window.loadFile).toHaveBeenCalledExactlyOnceWith(page.file);
    expect(window.loadURL).not.toHaveBeenCalled();
  });

  it('loads the dev server when there is one', async () => {
    const dev = { ...page, devServerUrl: 'http://localhost:5173/' };
    const window = open(dev);
    await loadAppPage(window as never, dev);
    expect(window.loadURL).toHaveBeenCalledExactlyOnceWith('http://localhost:5173/');
    expect(window.loadFile).not.toHaveBeenCalled();
  });
});
