import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { startCore, type Core } from '../core/app';
import { tempDir } from '../core/testing/temp';
import type { FileDialogs } from '../core/files/dialogs';
import { CHANNELS } from '../../shared/api/contract';
import { FORBIDDEN_RESULT, isTrustedSenderUrl, registerApi } from './ipc';
import type { AppPage } from './security';

const page: AppPage = { file: path.resolve('/opt/tdkt/out/renderer/index.html') };
const PAGE_URL = pathToFileURL(page.file).href;

type Handler = (event: unknown, input: unknown) => Promise<unknown>;

let core: Core;
let cleanup: () => void;
let handlers: Map<string, Handler[]>;
let dialogs: FileDialogs & { saveFile: ReturnType<typeof vi.fn> };

/** An invoke event as Electron builds it: the frame that sent it, with its URL and parent. */
const from = (url: string, parent: object | null = null) => ({ senderFrame: { url, parent } });

function register() {
  const ipcMain = {
    handle: vi.fn((channel: string, handler: Handler) => {
      handlers.set(channel, [...(handlers.get(channel) ?? []), handler]);
    }),
  };
  registerApi(ipcMain, core.router, dialogs, (url) => isTrustedSenderUrl(url, page));
  return ipcMain;
}

const call = (channel: string, event: unknown, input: unknown = {}) =>
  handlers.get(channel)![0]!(event, input);

beforeEach(() => {
  const temp = tempDir();
  cleanup = temp.cleanup;
  core = startCore({ dataDir: temp.dir, appVersion: 'test' });
  handlers = new Map();
  dialogs = { saveFile: vi.fn(async () => ({ saved: false as const })) };
});

afterEach(() => {
  core.close();
  cleanup();
});

describe('registerApi', () => {
  it('registers every contract channel exactly once, and nothing else', () => {
    const ipcMain = register();
    expect(ipcMain.handle).toHaveBeenCalledTimes(CHANNELS.length);
    expect([...handlers.keys()].sort()).toEqual([...CHANNELS].sort());
    for (const channel of CHANNELS) expect(handlers.get(channel)).toHaveLength(1);
  });

  it('answers the app page through the router', async () => {
    register();
    const result = await call('app.info', from(`${PAGE_URL}#/tong-quan`));
    expect(result).toMatchObject({ ok: true, data: { appVersion: 'test' } });
  });

  it('passes the native dialogs to handlers that save files', async () => {
    register();
    expect(await call('app.exportLog', from(PAGE_URL))).toEqual({ ok: true, data: { saved: false } });
    expect(dialogs.saveFile).toHaveBeenCalledOnce();
  });

  it('returns validation errors as envelopes, not exceptions', async () => {
    register();
    const result = await call('settings.update', from(PAGE_URL), { wardName: 42 });
    expect(result).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
  });

  it.each([
    ['a foreign web page', from('https://evil.example/')],
    ['another local file', from(pathToFileURL('/tmp/evil.html').href)],
    ['a frame inside our page', from(PAGE_URL, { url: PAGE_URL })],
    ['a sender whose frame is gone', { senderFrame: null }],
  ])('refuses %s with FORBIDDEN, without reaching the router', async (_name, event) => {
    register();
    const invoke = vi.spyOn(core.router, 'invoke');
    expect(await call('settings.get', event)).toEqual({
      ok: false,
      error: { code: 'FORBIDDEN', message: expect.stringContaining('từ chối') },
    });
    expect(FORBIDDEN_RESULT.ok).toBe(false);
    expect(invoke).not.toHaveBeenCalled();
  });
});

describe('isTrustedSenderUrl', () => {
  it('trusts our own page, and the dev server only when one is configured', () => {
    expect(isTrustedSenderUrl(`${PAGE_URL}#/cai-dat`, page)).toBe(true);
    expect(isTrustedSenderUrl('http://localhost:5173/', page)).toBe(false);
    expect(
      isTrustedSenderUrl('http://localhost:5173/', { ...page, devServerUrl: 'http://localhost:5173' }),
    ).toBe(true);
  });

  it('trusts nothing else', () => {
    for (const url of [
      'https://evil.example/',
      'file:///tmp/index.html',
      'devtools://devtools/',
      'about:blank',
      '',
    ]) {
      expect(isTrustedSenderUrl(url, page)).toBe(false);
    }
  });
});
