import path from 'node:path';
import { app, dialog, ipcMain, session, shell, type BrowserWindow } from 'electron';
import { startCore, type Core } from '../core/app';
import { LOG_FILE_NAME } from '../core/logging/logger';
import { AppError } from '../../shared/errors';
import { createElectronDialogs } from './dialogs';
import { resolveFontsDir } from './fonts';
import { openExternalSafely } from './external';
import { isTrustedSenderUrl, registerApi } from './ipc';
import { installMenu } from './menu';
import { hardenApp, hardenSession, type AppPage } from './security';
import { createMainWindow, loadAppPage } from './window';

/** Same as electron-builder's appId, so Windows groups the taskbar button with the shortcut. */
export const APP_ID = 'vn.gov.lechan.tdkt';
export const STARTUP_ERROR_TITLE = 'Không mở được dữ liệu';

/** `<userData>/data`, unless TDKT_DATA_DIR points elsewhere (tests, or a second data set). */
export function resolveDataDir(env: NodeJS.ProcessEnv, userDataPath: string): string {
  return env.TDKT_DATA_DIR?.trim() || path.join(userDataPath, 'data');
}

/** What the user reads when the data cannot be opened: the AppError's own words, or a generic text. */
export function startupErrorMessage(error: unknown, dataDir: string): string {
  const logFile = path.join(dataDir, LOG_FILE_NAME);
  if (error instanceof AppError) {
    return `${error.message}\n\nChi tiết kỹ thuật được ghi trong nhật ký: ${logFile}`;
  }
  return (
    'Ứng dụng gặp lỗi không mong muốn khi khởi động và phải đóng lại.\n\n' +
    `Chi tiết kỹ thuật được ghi trong nhật ký: ${logFile}\nHãy gửi tệp này cho người hỗ trợ.`
  );
}

/** Shows the reason and quits: the user never faces a blank window. */
function failStart(title: string, error: unknown, dataDir: string): void {
  console.error(error);
  dialog.showErrorBox(title, startupErrorMessage(error, dataDir));
  app.quit();
}

async function main(): Promise<void> {
  // A second copy would open the same database file: it hands over to the first and leaves.
  if (!app.requestSingleInstanceLock()) {
    app.quit();
    return;
  }
  let window: BrowserWindow | null = null;
  app.on('second-instance', () => {
    if (!window || window.isDestroyed()) return;
    if (window.isMinimized()) window.restore();
    window.show();
    window.focus();
  });
  // Also on macOS: this is a one-window office tool, not a document app that lives in the dock.
  app.on('window-all-closed', () => app.quit());

  const page: AppPage = {
    file: path.join(__dirname, '../renderer/index.html'),
    // Only a development run may load its page from a server.
    devServerUrl: app.isPackaged ? undefined : process.env.ELECTRON_RENDERER_URL,
  };
  hardenApp(app, page, (url) => openExternalSafely(url, shell));
  if (process.platform === 'win32') app.setAppUserModelId(APP_ID);

  await app.whenReady();
  hardenSession(session.defaultSession);

  const dataDir = resolveDataDir(process.env, app.getPath('userData'));
  let core: Core;
  try {
    core = startCore({
      dataDir,
      appVersion: app.getVersion(),
      fontsDir: resolveFontsDir(app.isPackaged, process.resourcesPath),
    });
  } catch (error) {
    failStart(STARTUP_ERROR_TITLE, error, dataDir);
    return;
  }
  app.on('will-quit', () => core.close());

  registerApi(
    ipcMain,
    core.router,
    createElectronDialogs(() => window),
    (url) => isTrustedSenderUrl(url, page),
  );
  installMenu({ isPackaged: app.isPackaged, appVersion: app.getVersion(), dataDir, getWindow: () => window });

  window = createMainWindow(path.join(__dirname, '../preload/index.js'), page);
  window.on('closed', () => {
    window = null;
  });
  try {
    await loadAppPage(window, page);
  } catch (error) {
    // ERR_ABORTED only means the page moved on before it finished loading: it is showing.
    if ((error as { code?: unknown }).code === 'ERR_ABORTED') return;
    window.destroy();
    failStart('Không mở được giao diện', error, dataDir);
  }
}

/** Settles when start-up has finished or failed; tests wait on it. */
export const started: Promise<void> = main().catch((error: unknown) => {
  failStart(STARTUP_ERROR_TITLE, error, resolveDataDir(process.env, safeUserData()));
});

function safeUserData(): string {
  try {
    return app.getPath('userData');
  } catch {
    return '.';
  }
}
