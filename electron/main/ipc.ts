import type { IpcMain, IpcMainInvokeEvent } from 'electron';
import type { Router } from '../core/api/router';
import type { FileDialogs } from '../core/files/dialogs';
import type { ApiResult } from '../../shared/api/envelope';
import { isAppPageUrl, type AppPage } from './security';

export const FORBIDDEN_RESULT: ApiResult<never> = {
  ok: false,
  error: { code: 'FORBIDDEN', message: 'Yêu cầu bị từ chối: không đến từ giao diện của ứng dụng.' },
};

/**
 * Only the app's own page may call the API: not a page it was navigated to by mistake, nor a
 * frame inside it. A pure function of the sender's URL, so it is tested without Electron.
 */
export function isTrustedSenderUrl(url: string, page: AppPage): boolean {
  return isAppPageUrl(url, page);
}

/**
 * Registers one `ipcMain.handle` per contract channel. Each handler checks who is asking, then
 * passes the raw input to the router, which validates it and always answers with an envelope.
 */
export function registerApi(
  ipcMain: Pick<IpcMain, 'handle'>,
  router: Router,
  dialogs: FileDialogs,
  isTrustedSender: (url: string) => boolean,
): void {
  for (const channel of router.channels) {
    ipcMain.handle(channel, async (event: IpcMainInvokeEvent, input: unknown) => {
      const frame = event.senderFrame;
      // A sub-frame has a parent; our page has none (the CSP forbids frames), so refuse it outright.
      if (!frame || frame.parent !== null || !isTrustedSender(frame.url)) return FORBIDDEN_RESULT;
      return router.invoke(channel, input, { dialogs });
    });
  }
}
