import { BrowserWindow, shell } from 'electron';
import { openExternalSafely } from './external';
import { guardWebContents, type AppPage } from './security';

export const WINDOW_TITLE = 'Thi đua – Khen thưởng';
/** Painted before the page loads, so a slow start shows the app's background, not a white flash. */
const BACKGROUND = '#f8f9fa';

/**
 * The one window. The page gets no Node: it is isolated and sandboxed, and reaches the data only
 * through the preload's `window.api.invoke`. It stays hidden until its first paint.
 */
export function createMainWindow(preloadPath: string, page: AppPage): BrowserWindow {
  const window = new BrowserWindow({
    width: 1280,
    height: 800,
    minWidth: 1024,
    minHeight: 640,
    title: WINDOW_TITLE,
    show: false,
    backgroundColor: BACKGROUND,
    autoHideMenuBar: false,
    webPreferences: {
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      nodeIntegrationInWorker: false,
      webviewTag: false,
      spellcheck: false,
      preload: preloadPath,
    },
  });
  guardWebContents(window.webContents, page, (url) => openExternalSafely(url, shell));
  window.once('ready-to-show', () => window.show());
  return window;
}

/** Loads the app's page; rejects when it cannot be shown (for example, the renderer was not built). */
export function loadAppPage(window: BrowserWindow, page: AppPage): Promise<void> {
  return page.devServerUrl ? window.loadURL(page.devServerUrl) : window.loadFile(page.file);
}
