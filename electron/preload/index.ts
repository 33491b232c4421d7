import { contextBridge, ipcRenderer } from 'electron';
import { isChannel } from '../../shared/api/contract';
import type { ApiResult } from '../../shared/api/envelope';
import { INTERNAL_MESSAGE } from '../../shared/errors';

const UNKNOWN_CHANNEL: ApiResult<never> = {
  ok: false,
  error: { code: 'UNKNOWN_CHANNEL', message: 'Yêu cầu không hợp lệ: chức năng không tồn tại.' },
};

const UNREACHABLE: ApiResult<never> = { ok: false, error: { code: 'INTERNAL', message: INTERNAL_MESSAGE } };

/**
 * The page's only door to the app: `invoke` for the contract's channels, nothing else. The page
 * never sees `ipcRenderer`, so it cannot name other channels or listen to events. It always
 * resolves with an envelope, like the harness does, so the renderer has a single error path.
 */
async function invoke(channel: unknown, input: unknown): Promise<ApiResult<unknown>> {
  if (!isChannel(channel)) return UNKNOWN_CHANNEL;
  try {
    return (await ipcRenderer.invoke(channel, input)) as ApiResult<unknown>;
  } catch {
    // Main has no handler (still starting, or shutting down) or the input could not be cloned.
    return UNREACHABLE;
  }
}

contextBridge.exposeInMainWorld('api', { invoke });
