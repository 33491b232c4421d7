import { afterEach, describe, expect, it } from 'vitest';
import { startCore, type Core } from '../app';
import { tempDir } from '../testing/temp';
import { latestVersion } from '../db/migrate';
import { MIGRATIONS } from '../db/migrations';
import { createMemoryLogger } from '../logging/logger';
import { createRouter, type Handlers, type RequestContext } from './router';
import { CHANNELS } from '../../../shared/api/contract';
import { AppError } from '../../../shared/errors';
import { DEFAULT_SETTINGS } from '../../../shared/schemas/settings';

const ctx: RequestContext = { dialogs: { saveFile: async () => ({ saved: false }) } };
const cleanups: (() => void)[] = [];
afterEach(() => cleanups.splice(0).forEach((c) => c()));

function core(): Core {
  const t = tempDir();
  const c = startCore({ dataDir: t.dir, appVersion: 'test' });
  cleanups.push(t.cleanup, c.close);
  return c;
}

describe('router', () => {
  it('serves every contract channel', () => {
    expect([...core().router.channels].sort()).toEqual([...CHANNELS].sort());
  });

  it('refuses an unknown channel with a code', async () => {
    expect(await core().router.invoke('settings.drop', {}, ctx)).toMatchObject({
      ok: false,
      error: { code: 'UNKNOWN_CHANNEL' },
    });
    expect(await core().router.invoke('__proto__', {}, ctx)).toMatchObject({
      ok: false,
      error: { code: 'UNKNOWN_CHANNEL' },
    });
  });

  it('refuses bad input with field messages in Vietnamese and changes nothing', async () => {
    const c = core();
    const result = await c.router.invoke(
      'settings.update',
      { ...DEFAULT_SETTINGS, wardName: '  ', unitReportDeadline: '32/12' },
      ctx,
    );
    expect(result).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    if (result.ok) throw new Error('expected a failure');
    expect(result.error.fields).toMatchObject({
      wardName: 'Vui lòng nhập tên phường.',
      unitReportDeadline: 'Hạn báo cáo của đơn vị phải có dạng ngày/tháng, ví dụ 10/12.',
    });
    expect(c.services.db.prepare('SELECT count(*) AS n FROM settings').get()).toEqual({ n: 0 });
    expect(c.services.db.prepare('SELECT count(*) AS n FROM audit_log').get()).toEqual({ n: 0 });
  });

  it('refuses unexpected keys on channels without input', async () => {
    expect(await core().router.invoke('app.info', { drop: true }, ctx)).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION' },
    });
  });

  it('normalises text before it is stored', async () => {
    const c = core();
    const input = { ...DEFAULT_SETTINGS, chairman: { name: ' Ðặng  Văn\u00a0Hùng ', title: 'Chủ tịch' } };
    const result = await c.router.invoke('settings.update', input, ctx);
    expect(result).toMatchObject({ ok: true, data: { chairman: { name: 'Đặng Văn Hùng' } } });
  });

  it('passes AppError messages through and hides unexpected errors behind a generic message', async () => {
    const log = createMemoryLogger();
    const handlers = {
      'settings.get': () => {
        throw new AppError('NOT_FOUND', 'Không tìm thấy.');
      },
      'app.info': () => {
        throw new Error('SQLITE_CORRUPT: secret detail');
      },
    } as unknown as Handlers;
    const router = createRouter(handlers, log);
    expect(await router.invoke('settings.get', {}, ctx)).toEqual({
      ok: false,
      error: { code: 'NOT_FOUND', message: 'Không tìm thấy.' },
    });
    const internal = await router.invoke('app.info', {}, ctx);
    expect(internal).toMatchObject({ ok: false, error: { code: 'INTERNAL' } });
    expect(JSON.stringify(internal)).not.toContain('secret');
    expect(log.lines.join('\n')).toContain('SQLITE_CORRUPT: secret detail');
  });

  it('reports the record counts and data location from the real database', async () => {
    const c = core();
    const result = await c.router.invoke('app.info', {}, ctx);
    expect(result).toMatchObject({
      ok: true,
      data: {
        appVersion: 'test',
        schemaVersion: latestVersion(MIGRATIONS),
        wardName: 'Phường Lê Chân',
        counts: { units: 0, people: 0 },
      },
    });
  });

  it('saves the log through the transport dialogs', async () => {
    const c = core();
    const saved: { name: string; text: string }[] = [];
    const result = await c.router.invoke(
      'app.exportLog',
      {},
      {
        dialogs: {
          saveFile: async ({ suggestedName, bytes }) => {
            saved.push({ name: suggestedName, text: Buffer.from(bytes).toString('utf8') });
            return { saved: true, fileName: suggestedName, location: '/x', sizeBytes: bytes.byteLength };
          },
        },
      },
    );
    expect(result).toMatchObject({ ok: true, data: { saved: true } });
    expect(saved[0]!.name).toMatch(/^tdkt-nhat-ky-\d{8}\.log$/);
    expect(saved[0]!.text).toContain('Opened');
  });
});
