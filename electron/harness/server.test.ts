import { afterEach, describe, expect, it } from 'vitest';
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import { startCore } from '../core/app';
import { tempDir } from '../core/testing/temp';
import { createHarnessServer } from './server';
import { HARNESS_TOKEN_HEADER, HARNESS_TOKEN_META } from '../../shared/api/envelope';
import { CONTENT_SECURITY_POLICY } from '../core/security/csp';

const TOKEN = 'a'.repeat(48);
const cleanups: (() => void)[] = [];
afterEach(() => cleanups.splice(0).forEach((c) => c()));

async function start() {
  const data = tempDir();
  const renderer = tempDir();
  fs.writeFileSync(
    path.join(renderer.dir, 'index.html'),
    '<html><head><title>x</title></head><body></body></html>',
  );
  fs.writeFileSync(path.join(renderer.dir, 'app.js'), 'console.log(1)');
  fs.writeFileSync(path.join(data.dir, 'secret.txt'), 'secret');
  const core = startCore({ dataDir: data.dir, appVersion: 'test' });
  const server = createHarnessServer({
    router: core.router,
    rendererDir: renderer.dir,
    token: TOKEN,
    log: core.services.log,
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const port = (server.address() as AddressInfo).port;
  cleanups.push(
    () => server.close(),
    () => server.closeAllConnections(),
    core.close,
    data.cleanup,
    renderer.cleanup,
  );
  return { port, core };
}

function request(
  port: number,
  opts: { method?: string; path: string; headers?: Record<string, string>; body?: string },
) {
  return new Promise<{ status: number; headers: http.IncomingHttpHeaders; body: string }>(
    (resolve, reject) => {
      const req = http.request(
        {
          host: '127.0.0.1',
          port,
          method: opts.method ?? 'GET',
          path: opts.path,
          headers: { host: `127.0.0.1:${port}`, ...opts.headers },
        },
        (res) => {
          let body = '';
          res.setEncoding('utf8');
          res.on('data', (c: string) => (body += c));
          res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
        },
      );
      req.on('error', reject);
      req.end(opts.body);
    },
  );
}

describe('harness server', () => {
  it('serves the page with the run token and the CSP', async () => {
    const { port } = await start();
    const res = await request(port, { path: '/' });
    expect(res.status).toBe(200);
    expect(res.body).toContain(`<meta name="${HARNESS_TOKEN_META}" content="${TOKEN}" />`);
    expect(res.headers['content-security-policy']).toBe(CONTENT_SECURITY_POLICY);
  });

  it('answers the API with the token and refuses it without', async () => {
    const { port } = await start();
    const ok = await request(port, {
      method: 'POST',
      path: '/api/settings.get',
      headers: { [HARNESS_TOKEN_HEADER]: TOKEN },
      body: '{}',
    });
    expect(JSON.parse(ok.body)).toMatchObject({ ok: true, data: { wardName: 'Phường Lê Chân' } });
    const refused = await request(port, { method: 'POST', path: '/api/settings.get', body: '{}' });
    expect(refused.status).toBe(401);
    expect(JSON.parse(refused.body)).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
  });

  it('refuses a foreign Host (DNS rebinding) and a foreign Origin', async () => {
    const { port, core } = await start();
    const host = await request(port, { path: '/', headers: { host: `evil.example:${port}` } });
    expect(host.status).toBe(403);
    const origin = await request(port, {
      method: 'POST',
      path: '/api/settings.update',
      headers: { [HARNESS_TOKEN_HEADER]: TOKEN, origin: 'http://evil.example' },
      body: '{}',
    });
    expect(origin.status).toBe(403);
    expect(core.services.db.prepare('SELECT count(*) AS n FROM audit_log').get()).toEqual({ n: 0 });
  });

  it('does not serve files outside the built renderer', async () => {
    const { port } = await start();
    expect((await request(port, { path: '/app.js' })).status).toBe(200);
    expect((await request(port, { path: '/../secret.txt' })).status).toBe(404);
    expect((await request(port, { path: '/%2e%2e/%2e%2e/etc/passwd' })).status).toBe(404);
  });

  it('refuses a body that is not JSON with a Vietnamese message', async () => {
    const { port } = await start();
    const res = await request(port, {
      method: 'POST',
      path: '/api/settings.update',
      headers: { [HARNESS_TOKEN_HEADER]: TOKEN },
      body: '{oops',
    });
    expect(res.status).toBe(400);
    expect(JSON.parse(res.body)).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', message: 'Dữ liệu gửi lên không đọc được.' },
    });
  });

  it('turns a saved file into a one-off download link', async () => {
    const { port } = await start();
    const res = await request(port, {
      method: 'POST',
      path: '/api/app.exportLog',
      headers: { [HARNESS_TOKEN_HEADER]: TOKEN },
      body: '{}',
    });
    const envelope = JSON.parse(res.body);
    expect(envelope).toMatchObject({ ok: true, data: { saved: true } });
    expect(envelope.downloads).toHaveLength(1);
    const file = await request(port, { path: envelope.downloads[0].url });
    expect(file.status).toBe(200);
    expect(file.headers['content-disposition']).toContain('attachment');
    expect(file.body).toContain('Opened');
    expect((await request(port, { path: '/downloads/' + '0'.repeat(32) })).status).toBe(404);
  });
});
