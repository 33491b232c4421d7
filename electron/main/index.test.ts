import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { tempDir } from '../core/testing/temp';
import { CHANNELS } from '../../shared/api/contract';
import type * as CoreApp from '../core/app';
import type * as FakeElectron from './testing/fake-electron';

type Fake = typeof FakeElectron;
type FakeCore = { startCore: ReturnType<typeof vi.fn>; closed: ReturnType<typeof vi.fn> };

/**
 * Fresh modules for each launch, as a new Electron process would have: index.ts, the fake
 * 'electron' and the real core on a temp folder (wrapped so a test can see it closed or make it
 * fail) all come from the same module registry, so AppError is the same class everywhere.
 */
function mockModules(): void {
  vi.resetModules();
  vi.doMock('electron', () => import('./testing/fake-electron'));
  vi.doMock('../core/app', async (importOriginal) => {
    const real = await importOriginal<typeof CoreApp>();
    const closed = vi.fn();
    return {
      closed,
      startCore: vi.fn((options: Parameters<typeof real.startCore>[0]) => {
        const core = real.startCore(options);
        return {
          ...core,
          close: () => {
            closed();
            core.close();
          },
        };
      }),
    };
  });
}

let launched: Fake | undefined;
let dataDir: string;
let cleanup: () => void;
const savedEnv = { ...process.env };

beforeEach(() => {
  launched = undefined;
  ({ dir: dataDir, cleanup } = tempDir());
  process.env.TDKT_DATA_DIR = dataDir;
  delete process.env.ELECTRON_RENDERER_URL;
  // failStart also prints the technical error for developers; keep test output readable.
  vi.spyOn(console, 'error').mockImplementation(() => {});
});

afterEach(async () => {
  // Close the core a test left open (the app would on 'will-quit') before removing its folder.
  launched?.app.emit('will-quit');
  process.env = { ...savedEnv };
  vi.restoreAllMocks();
  cleanup();
});

/**
 * Loads the shell afresh, as Electron would run out/main/index.js, after `prepare` has set up
 * the fakes; resolves once start-up has finished or failed.
 */
async function launch(prepare: (fake: Fake, core: FakeCore) => void = () => {}) {
  mockModules();
  const fake = await import('./testing/fake-electron');
  launched = fake;
  const core = (await import('../core/app')) as unknown as FakeCore;
  prepare(fake, core);
  const { started } = await import('./index');
  await started;
  return { ...fake, core };
}

describe('single-instance lock', () => {
  it('quits at once, with no window and no database, when another copy holds the lock', async () => {
    const { app, FakeBrowserWindow, ipcMain, core } = await launch((fake) => {
      fake.app.gotLock = false;
    });
    expect(app.requestSingleInstanceLock).toHaveBeenCalledOnce();
    expect(app.quit).toHaveBeenCalled();
    expect(FakeBrowserWindow.created).toHaveLength(0);
    expect(app.whenReady).not.toHaveBeenCalled();
    expect(core.startCore).not.toHaveBeenCalled();
    expect(ipcMain.handle).not.toHaveBeenCalled();
  });

  it('brings the existing window back when a second copy is started', async () => {
    const { app, FakeBrowserWindow } = await launch();
    expect(FakeBrowserWindow.created).toHaveLength(1);
    const window = FakeBrowserWindow.created[0]!;
    window.minimized = true;
    app.emit('second-instance', {}, ['tdkt'], process.cwd());
    expect(window.restore).toHaveBeenCalledOnce();
    expect(window.focus).toHaveBeenCalledOnce();
    expect(FakeBrowserWindow.created).toHaveLength(1);
  });
});

describe('start-up', () => {
  it('opens the database in the data folder, registers the API, hardens, then shows one window', async () => {
    const { app, FakeBrowserWindow, ipcMain, session, Menu, dialog } = await launch();
    expect(fs.existsSync(path.join(dataDir, 'tdkt.sqlite'))).toBe(true);
    expect(app.enableSandbox).toHaveBeenCalledOnce();
    expect(session.defaultSession.setPermissionRequestHandler).toHaveBeenCalledOnce();
    expect(session.defaultSession.webRequest.onHeadersReceived).toHaveBeenCalledOnce();
    expect(ipcMain.handle.mock.calls.map(([channel]) => channel).sort()).toEqual([...CHANNELS].sort());
    expect(Menu.setApplicationMenu).toHaveBeenCalledOnce();
    const [window] = FakeBrowserWindow.created;
    const preload = (window!.options.webPreferences as { preload: string }).preload;
    expect(preload.endsWith(path.join('preload', 'index.js'))).toBe(true);
    expect(window!.loadFile).toHaveBeenCalledOnce();
    expect(window!.loadFile.mock.calls[0]![0].endsWith(path.join('renderer', 'index.html'))).toBe(true);
    expect(dialog.showErrorBox).not.toHaveBeenCalled();
  });

  it('keeps the data in <userData>/data unless TDKT_DATA_DIR says otherwise', async () => {
    delete process.env.TDKT_DATA_DIR;
    await launch((fake) => {
      fake.app.userData = dataDir;
    });
    expect(fs.existsSync(path.join(dataDir, 'data', 'tdkt.sqlite'))).toBe(true);
  });

  it('closes the database when the app quits, and quits when the window is closed', async () => {
    const { app, core } = await launch();
    app.emit('window-all-closed');
    expect(app.quit).toHaveBeenCalled();
    app.emit('will-quit');
    expect(core.closed).toHaveBeenCalledOnce();
  });

  it('loads the dev server only in a development build', async () => {
    process.env.ELECTRON_RENDERER_URL = 'http://localhost:5173/';
    const dev = await launch();
    expect(dev.FakeBrowserWindow.created[0]!.loadURL).toHaveBeenCalledWith('http://localhost:5173/');
    dev.app.emit('will-quit');

    const packaged = await launch((fake) => {
      fake.app.isPackaged = true;
    });
    expect(packaged.FakeBrowserWindow.created[0]!.loadURL).not.toHaveBeenCalled();
    expect(packaged.FakeBrowserWindow.created[0]!.loadFile).toHaveBeenCalledOnce();
  });
});

describe('start-up errors', () => {
  it('opens the window in recovery, without an error box, when the data file is not a database', async () => {
    fs.writeFileSync(path.join(dataDir, 'tdkt.sqlite'), 'đây không phải SQLite'.repeat(100));
    const { dialog, FakeBrowserWindow, ipcMain, app } = await launch();
    expect(dialog.showErrorBox).not.toHaveBeenCalled();
    expect(app.quit).not.toHaveBeenCalled();
    expect(FakeBrowserWindow.created).toHaveLength(1);
    // The page finds out through the API, which stays registered: recovery.status answers, others refuse.
    const handler = (channel: string) =>
      ipcMain.handle.mock.calls.find(([c]) => c === channel)![1] as (
        e: unknown,
        input: unknown,
      ) => Promise<unknown>;
    // The sender is the app's own page (index.ts loads ../renderer/index.html beside this folder).
    const event = {
      senderFrame: { parent: null, url: pathToFileURL(path.join(__dirname, '../renderer/index.html')).href },
    };
    expect(await handler('recovery.status')(event, {})).toMatchObject({
      ok: true,
      data: { state: 'recovery', problem: 'damaged' },
    });
    expect(await handler('app.info')(event, {})).toMatchObject({
      ok: false,
      error: { code: 'RECOVERY_REQUIRED' },
    });
    // The unreadable file was moved aside, never deleted.
    const [moved] = fs.readdirSync(path.join(dataDir, 'damaged'));
    expect(fs.readFileSync(path.join(dataDir, 'damaged', moved!, 'tdkt.sqlite'), 'utf8')).toContain(
      'không phải SQLite',
    );
  });

  it('refuses a database written by a newer app, in Vietnamese, without a window', async () => {
    const db = new Database(path.join(dataDir, 'tdkt.sqlite'));
    db.pragma('user_version = 999');
    db.close();
    const { dialog, FakeBrowserWindow } = await launch();
    expect(dialog.showErrorBox.mock.calls[0]![0]).toBe('Không mở được dữ liệu');
    expect(dialog.showErrorBox.mock.calls[0]![1]).toContain('phiên bản mới hơn');
    expect(FakeBrowserWindow.created).toHaveLength(0);
  });

  it('shows a generic Vietnamese message with the log location for an unexpected failure', async () => {
    const { dialog, FakeBrowserWindow, app } = await launch((_fake, core) => {
      core.startCore.mockImplementationOnce(() => {
        throw new TypeError('Cannot read properties of undefined');
      });
    });
    const [title, message] = dialog.showErrorBox.mock.calls[0]!;
    expect(title).toBe('Không mở được dữ liệu');
    expect(message).toContain('lỗi không mong muốn');
    expect(message).toContain(path.join(dataDir, 'tdkt.log'));
    expect(message).not.toContain('Cannot read');
    expect(FakeBrowserWindow.created).toHaveLength(0);
    expect(app.quit).toHaveBeenCalled();
  });

  it('explains, instead of showing a blank window, when the page cannot be loaded', async () => {
    const { dialog, app, FakeBrowserWindow } = await launch((fake) => {
      fake.FakeBrowserWindow.loadFailure = Object.assign(new Error('ERR_FILE_NOT_FOUND'), {
        code: 'ERR_FILE_NOT_FOUND',
      });
    });
    expect(dialog.showErrorBox.mock.calls[0]![0]).toBe('Không mở được giao diện');
    expect(FakeBrowserWindow.created[0]!.destroy).toHaveBeenCalledOnce();
    expect(app.quit).toHaveBeenCalled();
  });
});
