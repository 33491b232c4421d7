import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { timingSafeEqual } from 'node:crypto';
import type { Router } from '../core/api/router';
import type { Logger } from '../core/logging/logger';
import { CONTENT_SECURITY_POLICY } from '../core/security/csp';
import {
  HARNESS_TOKEN_HEADER,
  HARNESS_TOKEN_META,
  type HarnessDownload,
  type HarnessEnvelope,
} from '../../shared/api/envelope';
import { DownloadStore, createDownloadDialogs } from './downloads';
import { MAX_RESTORE_FILE_BYTES } from '../../shared/domain/backup';
import { contentTypeOf, injectToken, resolveStaticFile } from './static-files';

export interface HarnessOptions {
  router: Router;
  rendererDir: string;
  token: string;
  log: Logger;
}

/**
 * Requests carry JSON; Excel files and backups to restore come as base64. A backup may be up to
 * MAX_RESTORE_FILE_BYTES (200 MB), about 267 MB once in base64, hence the limit.
 */
const MAX_BODY_BYTES = Math.ceil(MAX_RESTORE_FILE_BYTES / 3) * 4 + 1024 * 1024;

/**
 * The browser harness: the built renderer and the same API router as Electron, on 127.0.0.1 only.
 * Requests naming another Host or Origin are refused (DNS rebinding, other sites), and the API
 * needs the per-run token the served page carries.
 */
export function createHarnessServer(options: HarnessOptions): http.Server {
  const downloads = new DownloadStore();
  const rendererDir = path.resolve(options.rendererDir);
  const server = http.createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      options.log.error('harness: request failed', error);
      if (!res.headersSent) send(res, 500, 'text/plain; charset=utf-8', 'Lỗi máy chủ thử nghiệm.');
      else res.end();
    });
  });

  const ownOrigin = () => {
    const address = server.address();
    return typeof address === 'object' && address ? `127.0.0.1:${address.port}` : '';
  };

  async function handle(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    const own = ownOrigin();
    if (req.headers.host !== own)
      return send(res, 403, 'text/plain; charset=utf-8', 'Địa chỉ không được phép.');
    const origin = req.headers.origin;
    if (origin !== undefined && origin !== `http://${own}`) {
      return send(res, 403, 'text/plain; charset=utf-8', 'Nguồn yêu cầu không được phép.');
    }
    const url = new URL(req.url ?? '/', `http://${own}`);
    if (url.pathname.startsWith('/api/'))
      return handleApi(req, res, decodeURIComponent(url.pathname.slice(5)));
    if (req.method !== 'GET' && req.method !== 'HEAD')
      return send(res, 405, 'text/plain; charset=utf-8', 'Không hỗ trợ.');
    if (url.pathname.startsWith('/downloads/'))
      return handleDownload(res, url.pathname.slice('/downloads/'.length));
    return handleStatic(res, url.pathname);
  }

  async function handleApi(
    req: http.IncomingMessage,
    res: http.ServerResponse,
    channel: string,
  ): Promise<void> {
    if (req.method !== 'POST') return send(res, 405, 'text/plain; charset=utf-8', 'Chỉ nhận POST.');
    if (!tokenMatches(req.headers[HARNESS_TOKEN_HEADER], options.token)) {
      return sendJson(res, 401, {
        ok: false,
        error: { code: 'FORBIDDEN', message: 'Thiếu hoặc sai mã truy cập của phiên thử nghiệm.' },
      });
    }
    let input: unknown;
    try {
      const body = await readBody(req);
      input = body.length === 0 ? {} : JSON.parse(body.toString('utf8'));
    } catch (error) {
      const message =
        error instanceof BodyTooLarge ? 'Dữ liệu gửi lên quá lớn.' : 'Dữ liệu gửi lên không đọc được.';
      return sendJson(res, 400, { ok: false, error: { code: 'VALIDATION', message } });
    }
    const pending: HarnessDownload[] = [];
    const dialogs = createDownloadDialogs(downloads, pending);
    let result;
    try {
      result = await options.router.invoke(channel, input, { dialogs });
    } finally {
      dialogs.finish();
    }
    const envelope: HarnessEnvelope<unknown> =
      pending.length > 0 ? { ...result, downloads: pending } : result;
    return sendJson(res, 200, envelope);
  }

  function handleDownload(res: http.ServerResponse, id: string): void {
    const file = /^[0-9a-f]{32}$/.test(id) ? downloads.take(id) : undefined;
    if (!file) return send(res, 404, 'text/plain; charset=utf-8', 'Tệp tải xuống không còn.');
    res.writeHead(200, {
      'content-type': contentTypeOf(file.name),
      'content-disposition': `attachment; filename="${asciiName(file.name)}"; filename*=UTF-8''${encodeURIComponent(file.name)}`,
      'content-length': file.bytes.byteLength,
      'cache-control': 'no-store',
    });
    res.end(Buffer.from(file.bytes));
  }

  function handleStatic(res: http.ServerResponse, pathname: string): void {
    const file =
      pathname === '/' ? path.join(rendererDir, 'index.html') : resolveStaticFile(rendererDir, pathname);
    if (!file || !fs.existsSync(file)) return send(res, 404, 'text/plain; charset=utf-8', 'Không tìm thấy.');
    const headers = {
      'content-type': contentTypeOf(file),
      'content-security-policy': CONTENT_SECURITY_POLICY,
      'x-content-type-options': 'nosniff',
      'cache-control': 'no-store',
    };
    if (file.endsWith('index.html')) {
      const html = injectToken(fs.readFileSync(file, 'utf8'), HARNESS_TOKEN_META, options.token);
      res.writeHead(200, headers);
      res.end(html);
      return;
    }
    res.writeHead(200, headers);
    fs.createReadStream(file).pipe(res);
  }

  return server;
}

class BodyTooLarge extends Error {}

function readBody(req: http.IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY_BYTES) {
        reject(new BodyTooLarge());
        req.destroy();
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

function tokenMatches(header: string | string[] | undefined, token: string): boolean {
  if (typeof header !== 'string') return false;
  const a = Buffer.from(header);
  const b = Buffer.from(token);
  return a.length === b.length && timingSafeEqual(a, b);
}

function asciiName(name: string): string {
  return (
    name
      .normalize('NFD')
      .replace(/[^\x20-\x7e]/g, '')
      .replace(/["\\]/g, '_') || 'tep'
  );
}

function send(res: http.ServerResponse, status: number, type: string, body: string): void {
  res.writeHead(status, { 'content-type': type, 'cache-control': 'no-store' });
  res.end(body);
}

function sendJson(res: http.ServerResponse, status: number, body: unknown): void {
  send(res, status, 'application/json; charset=utf-8', JSON.stringify(body));
}
