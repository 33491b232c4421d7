/**
 * A stand-in for the `electron` module in shell tests (no Electron binary exists where they run).
 * Use: `vi.mock('electron', () => import('./testing/fake-electron'))`, then import the fakes from
 * this file to drive and inspect them; both names resolve to the same module instance.
 */
import { EventEmitter } from 'node:events';
import { vi } from 'vitest';

export class FakeWebContents extends EventEmitter {
  openHandler?: (details: { url: string }) => { action: 'allow' | 'deny' };
  setWindowOpenHandler(handler: (details: { url: string }) => { action: 'allow' | 'deny' }) {
    this.openHandler = handler;
  }
  /** Emits a navigation-like event and says whether a listener prevented it. */
  attempt(event: 'will-navigate' | 'will-redirect' | 'will-attach-webview', url: string): boolean {
    const e = { url, preventDefault: vi.fn() };
    this.emit(event, e, url);
    return e.preventDefault.mock.calls.length > 0;
  }
}

export class FakeBrowserWindow extends EventEmitter {
  static created: FakeBrowserWindow[] = [];
  /** When set, loading the page fails with it (as when the renderer was never built). */
  static loadFailure: Error | undefined;
  webContents = new FakeWebContents();
  minimized = false;
  destroyed = false;
  show = vi.fn();
  focus = vi.fn();
  restore = vi.fn(() => {
    this.minimized = false;
  });
  destroy = vi.fn(() => {
    this.destroyed = true;
    this.emit('closed');
  });
  isMinimized = () => this.minimized;
  isDestroyed = () => this.destroyed;
  loadFile = vi.fn(async (_file: string) => {
    if (FakeBrowserWindow.loadFailure) throw FakeBrowserWindow.loadFailure;
  });
  loadURL = vi.fn(async (_url: string) => {
    if (FakeBrowserWindow.loadFailure) throw FakeBrowserWindow.loadFailure;
  });
  constructor(readonly options: Record<string, unknown>) {
    super();
    FakeBrowserWindow.created.push(this);
  }
}

class FakeApp extends EventEmitter {
  isPackaged = false;
  gotLock = true;
  userData = '/tmp/tdkt-fake-user-data';
  requestSingleInstanceLock = vi.fn(() => this.gotLock);
  quit = vi.fn();
  enableSandbox = vi.fn();
  setAppUserModelId = vi.fn();
  whenReady = vi.fn(async () => undefined);
  getVersion = vi.fn(() => '0.1.0-test');
  getPath = vi.fn((name: string) => (name === 'documents' ? '/tmp/tdkt-fake-documents' : this.userData));
}

export const app = new FakeApp();
export const BrowserWindow = FakeBrowserWindow;
export const dialog = {
  showErrorBox: vi.fn(),
  showSaveDialog: vi.fn(async (..._args: unknown[]) => ({ canceled: true, filePath: '' })),
  showOpenDialog: vi.fn(async (..._args: unknown[]) => ({ canceled: true, filePaths: [] as string[] })),
  showMessageBox: vi.fn(async (..._args: unknown[]) => ({ response: 0, checkboxChecked: false })),
};
export const ipcMain = { handle: vi.fn() };
export const session = {
  defaultSession: {
    setPermissionRequestHandler: vi.fn(),
    setPermissionCheckHandler: vi.fn(),
    webRequest: { onHeadersReceived: vi.fn() },
  },
};
export const shell = {
  openExternal: vi.fn(async (_url: string) => undefined),
  openPath: vi.fn(async (_path: string) => ''),
};
export const Menu = {
  buildFromTemplate: vi.fn((template: unknown[]) => ({ template })),
  setApplicationMenu: vi.fn(),
};
export const contextBridge = { exposeInMainWorld: vi.fn() };
export const ipcRenderer = { invoke: vi.fn() };

/** Fresh fakes for the next test: no app listeners, default app state, no windows, cleared calls. */
export function resetFakeElectron(): void {
  app.removeAllListeners();
  app.isPackaged = false;
  app.gotLock = true;
  app.userData = '/tmp/tdkt-fake-user-data';
  FakeBrowserWindow.created.length = 0;
  FakeBrowserWindow.loadFailure = undefined;
  vi.clearAllMocks();
}
