import fs from 'node:fs';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import { parseArgs } from 'node:util';
import { startCore } from '../core/app';
import { AppError } from '../../shared/errors';
import { createHarnessServer } from './server';
import { ensureRendererBuilt } from './renderer-build';

const projectRoot = path.resolve(__dirname, '..', '..');

/** `npm run harness -- --data <dir> [--port <n>]`: the whole app in a browser, for tests and offline machines. */
function main(): void {
  const { values } = parseArgs({
    options: { data: { type: 'string' }, port: { type: 'string' } },
    allowPositionals: false,
  });
  const dataDir = path.resolve(
    values.data ?? process.env.TDKT_DATA_DIR ?? path.join(projectRoot, '.tdkt-data'),
  );
  const port = Number(values.port ?? 5180);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    console.error(`Cổng không hợp lệ: ${values.port}`);
    process.exit(2);
  }

  ensureRendererBuilt(projectRoot, (line) => console.error(line));
  const version = (
    JSON.parse(fs.readFileSync(path.join(projectRoot, 'package.json'), 'utf8')) as { version: string }
  ).version;
  let core;
  try {
    core = startCore({ dataDir, appVersion: version });
  } catch (error) {
    console.error(error instanceof AppError ? error.message : `Không khởi động được: ${String(error)}`);
    process.exit(1);
  }
  const server = createHarnessServer({
    router: core.router,
    rendererDir: path.join(projectRoot, 'out', 'renderer'),
    token: randomBytes(24).toString('hex'),
    log: core.log,
  });
  server.listen(port, '127.0.0.1', () => {
    const address = server.address();
    const actual = typeof address === 'object' && address ? address.port : port;
    console.error(`Dữ liệu: ${dataDir}`);
    if (core.mode === 'recovery') console.error('Dữ liệu cần khôi phục: mở trang để xem hướng dẫn.');
    console.log(`Harness ready: http://127.0.0.1:${actual}/`);
  });
  server.on('error', (error) => {
    console.error(`Không mở được cổng ${port}: ${error.message}`);
    core.close();
    process.exit(1);
  });
  const stop = () => {
    server.close();
    server.closeAllConnections();
    core.close();
    process.exit(0);
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main();
