import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { tempDir } from '../electron/core/testing/temp';

const script = path.resolve(__dirname, 'start-electron.mjs');
const projectDir = path.resolve(__dirname, '..');
let cleanup = () => {};
afterEach(() => cleanup());

/** Runs `npm start`'s launcher with Electron's dist folder pointed at `distDir`. */
function start(distDir: string, args: string[] = []) {
  const env = { ...process.env, ELECTRON_OVERRIDE_DIST_PATH: distDir };
  return spawnSync(process.execPath, [script, ...args], { env, encoding: 'utf8', timeout: 10_000 });
}

describe('scripts/start-electron.mjs', () => {
  it('says in one line, Vietnamese then English, that Electron is missing, and exits 1 without downloading', () => {
    const temp = tempDir();
    cleanup = temp.cleanup;
    const run = start(temp.dir);
    expect(run.status).toBe(1);
    expect(run.stdout).toBe('');
    const lines = run.stderr.trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(
      /^Không tìm thấy Electron .*npm run harness.* \/ Electron binary not available: run `npm run harness`\.$/,
    );
  });

  it.skipIf(process.platform === 'win32' || !fs.existsSync(path.join(projectDir, 'out/main/index.js')))(
    'runs Electron on the project folder with the given arguments and exits with its code',
    () => {
      const temp = tempDir();
      cleanup = temp.cleanup;
      const fake = path.join(temp.dir, 'electron');
      fs.writeFileSync(fake, '#!/bin/sh\necho "ran: $@"\nexit 3\n', { mode: 0o755 });
      const run = start(temp.dir, ['--inspect']);
      expect(run.stdout.trim()).toBe(`ran: ${projectDir} --inspect`);
      expect(run.status).toBe(3);
    },
  );
});
