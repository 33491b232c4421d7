#!/usr/bin/env node
// `npm start`, after `npm run build`: runs the Electron binary on this folder.
//
// Electron 42 downloads its binary lazily: `require('electron')` (its index.js) fetches it when
// node_modules/electron/path.txt or dist/<path.txt> is missing, and throws a long error where
// there is no network. So this script never requires it; it reads the same files index.js reads
// and, when the binary is not there, says so in one line and points to the browser harness.
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const projectDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const electronDir = path.join(projectDir, 'node_modules', 'electron');

const MISSING =
  'Không tìm thấy Electron trên máy này (chưa tải được). Chạy `npm run harness` để dùng ứng dụng trong trình duyệt. / ' +
  'Electron binary not available: run `npm run harness`.';
const NOT_BUILT =
  'Chưa build ứng dụng: chạy `npm run build` (hoặc `npm start`). / App not built: run `npm run build` first.';

/** Mirrors node_modules/electron/index.js (getElectronPath) without its download fallback. */
function findElectronBinary() {
  let relative;
  try {
    relative = readFileSync(path.join(electronDir, 'path.txt'), 'utf8').trim();
  } catch {
    relative = undefined;
  }
  const override = process.env.ELECTRON_OVERRIDE_DIST_PATH;
  if (override) return path.join(override, relative || 'electron');
  if (!relative) return undefined;
  return path.join(electronDir, 'dist', relative);
}

const binary = findElectronBinary();
if (!binary || !existsSync(binary)) {
  console.error(MISSING);
  process.exit(1);
}
if (!existsSync(path.join(projectDir, 'out', 'main', 'index.js'))) {
  console.error(NOT_BUILT);
  process.exit(1);
}

// Set by some editors' terminals; it would make Electron run as plain Node and ignore the app.
const env = { ...process.env };
delete env.ELECTRON_RUN_AS_NODE;
const child = spawn(binary, [projectDir, ...process.argv.slice(2)], {
  stdio: 'inherit',
  env,
  windowsHide: false,
});
child.on('error', (error) => {
  console.error(`${MISSING} (${error.message})`);
  process.exit(1);
});
child.on('close', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
// Ctrl+C in the terminal should close the app, not orphan it.
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => {
    if (child.exitCode === null) child.kill(signal);
  });
}
