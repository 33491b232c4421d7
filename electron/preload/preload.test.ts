import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { contextBridge, ipcRenderer } from '../main/testing/fake-electron';

vi.mock('electron', () => import('../main/testing/fake-electron'));

type Bridge = { invoke(channel: unknown, input?: unknown): Promise<unknown> };
let exposed: Record<string, unknown>;
let api: Bridge;

beforeAll(async () => {
  await import('./index');
  expect(contextBridge.exposeInMainWorld).toHaveBeenCalledOnce();
  const [key, value] = contextBridge.exposeInMainWorld.mock.calls[0]!;
  exposed = { [key as string]: value };
  api = value as Bridge;
});

beforeEach(() => ipcRenderer.invoke.mockReset());

describe('preload', () => {
  it('exposes only window.api.invoke: no ipcRenderer, no events', () => {
    expect(Object.keys(exposed)).toEqual(['api']);
    expect(Object.keys(api)).toEqual(['invoke']);
    expect(typeof api.invoke).toBe('function');
  });

  it('forwards a contract channel with its input', async () => {
    ipcRenderer.invoke.mockResolvedValueOnce({ ok: true, data: { wardName: 'Phường Lê Chân' } });
    const input = { wardName: 'Phường Lê Chân' };
    await expect(api.invoke('settings.update', input)).resolves.toEqual({
      ok: true,
      data: { wardName: 'Phường Lê Chân' },
    });
    expect(ipcRenderer.invoke).toHaveBeenCalledExactlyOnceWith('settings.update', input);
  });

  it.each([['fs.readFile'], ['__proto__'], ['constructor'], ['toString'], [''], [42], [undefined]])(
    'refuses %j without touching IPC',
    async (channel) => {
      await expect(api.invoke(channel, {})).resolves.toEqual({
        ok: false,
        error: { code: 'UNKNOWN_CHANNEL', message: 'Yêu cầu không hợp lệ: chức năng không tồn tại.' },
      });
      expect(ipcRenderer.invoke).not.toHaveBeenCalled();
    },
  );

  it('answers with an envelope when the main process cannot be reached', async () => {
    ipcRenderer.invoke.mockRejectedValueOnce(new Error("No handler registered for 'app.info'"));
    await expect(api.invoke('app.info', {})).resolves.toMatchObject({
      ok: false,
      error: { code: 'INTERNAL' },
    });
  });
});
