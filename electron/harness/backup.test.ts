import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { startCore, type Core } from '../core/app';
import { tempDir } from '../core/testing/temp';
import { createMemoryLogger } from '../core/logging/logger';
import { createHarnessServer } from './server';
import { DOWNLOAD_LOCATION } from './downloads';
import { HARNESS_TOKEN_HEADER, type HarnessEnvelope } from '../../shared/api/envelope';

const TOKEN = 'b'.repeat(48);
const cleanups: (() => void)[] = [];
afterEach(() =>
  cleanups
    .splice(0)
    .reverse()
    .forEach((c) => c()),
);

async function harness(prepare: (dataDir: string) => void = () => {}) {
  const data = tempDir();
  const renderer = tempDir();
  fs.writeFileSync(path.join(renderer.dir, 'index.html'), '<html><head></head><body></body></html>');
  prepare(data.dir);
  const core: Core = startCore({ dataDir: data.dir, appVersion: 'test', autoBackupCheckMs: 0 });
  const server = createHarnessServer({
    router: core.router,
    rendererDir: renderer.dir,
    token: TOKEN,
    log: createMemoryLogger(),
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  cleanups.push(
    data.cleanup,
    renderer.cleanup,
    core.close,
    () => server.closeAllConnections(),
    () => server.close(),
  );
  const api = async <T>(channel: string, input: unknown = {}) => {
    const response = await fetch(`${base}/api/${channel}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', [HARNESS_TOKEN_HEADER]: TOKEN },
      body: JSON.stringify(input),
    });
    return (await response.json()) as HarnessEnvelope<T>;
  };
  return { base, api, core, dataDir: data.dir };
}

const stagingFolders = () => fs.readdirSync(os.tmpdir()).filter((n) => n.startsWith('tdkt-harness-folder-'));

describe('backups through the browser harness', () => {
  it('turns "Sao lưu ngay" into a download of a verified file, and restores it when sent back', async () => {
    const h = await harness();
    const before = stagingFolders();
    await h.api('units.create', {
      name: 'Tổ dân phố 1',
      shortName: '',
      kind: 'residential_group',
      parentId: null,
      contactPerson: '',
      phone: '',
      address: '',
      activeFrom: null,
      note: '',
    });
    const saved = await h.api<{ saved: boolean; fileName: string; location: string; sizeBytes: number }>(
      'backup.saveToFolder',
    );
    expect(saved.ok).toBe(true);
    if (!saved.ok) return;
    expect(saved.data.location).toBe(`${DOWNLOAD_LOCATION} (${saved.data.fileName})`);
    expect(saved.downloads).toEqual([
      { url: expect.stringMatching(/^\/downloads\/[0-9a-f]{32}$/), name: saved.data.fileName },
    ]);
    expect(stagingFolders()).toEqual(before);

    const file = Buffer.from(await (await fetch(`${h.base}${saved.downloads![0]!.url}`)).arrayBuffer());
    expect(file.length).toBe(saved.data.sizeBytes);
    expect(file.subarray(0, 16).toString('latin1')).toBe('SQLite format 3\0');

    await h.api('units.create', {
      name: 'Tổ dân phố 2',
      shortName: '',
      kind: 'residential_group',
      parentId: null,
      contactPerson: '',
      phone: '',
      address: '',
      activeFrom: null,
      note: '',
    });
    const restored = await h.api<{ counts: { units: number } }>('backup.restore', {
      file: { fileName: saved.data.fileName, base64: file.toString('base64') },
    });
    expect(restored).toMatchObject({ ok: true, data: { counts: { units: 1 } } });
    const units = await h.api<{ name: string }[]>('units.list', {});
    expect(units.ok && units.data.map((u) => u.name)).toEqual(['Tổ dân phố 1']);
  });

  it('keeps serving a core in recovery: the page is told, and the recovery channels answer', async () => {
    const h = await harness((dir) =>
      fs.writeFileSync(path.join(dir, 'tdkt.sqlite'), 'không phải SQLite'.repeat(300)),
    );
    expect(h.core.mode).toBe('recovery');
    expect(await h.api('app.info')).toMatchObject({ ok: false, error: { code: 'RECOVERY_REQUIRED' } });
    expect(await h.api('recovery.status')).toMatchObject({
      ok: true,
      data: { state: 'recovery', problem: 'damaged', latestBackup: null },
    });
    expect(await h.api('recovery.startEmpty', { confirm: true })).toMatchObject({
      ok: true,
      data: { state: 'ready' },
    });
    expect(await h.api('app.info')).toMatchObject({ ok: true, data: { counts: { people: 0 } } });
  });
});
