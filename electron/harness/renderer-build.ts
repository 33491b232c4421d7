import fs from 'node:fs';
import path from 'node:path';
import { spawnSync } from 'node:child_process';

/** Newest modification time of any file below the given folders (0 when none). */
export function newestMtime(dirs: string[]): number {
  let newest = 0;
  const walk = (dir: string) => {
    if (!fs.existsSync(dir)) return;
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      if (entry.name === 'node_modules') continue;
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else newest = Math.max(newest, fs.statSync(full).mtimeMs);
    }
  };
  dirs.forEach(walk);
  return newest;
}

/** True when the built page is missing or older than the sources it is built from. */
export function rendererIsStale(projectRoot: string): boolean {
  const built = path.join(projectRoot, 'out', 'renderer', 'index.html');
  if (!fs.existsSync(built)) return true;
  const sources = newestMtime([path.join(projectRoot, 'renderer'), path.join(projectRoot, 'shared')]);
  return sources > fs.statSync(built).mtimeMs;
}

/** Builds the app (electron-vite: main, preload, renderer) so `npm ci && npm run harness` suffices. */
export function ensureRendererBuilt(projectRoot: string, say: (line: string) => void): void {
  if (!rendererIsStale(projectRoot)) return;
  say('Đang dựng giao diện (renderer)… / Building the renderer…');
  const bin = path.join(
    projectRoot,
    'node_modules',
    '.bin',
    process.platform === 'win32' ? 'electron-vite.cmd' : 'electron-vite',
  );
  const result = spawnSync(bin, ['build'], {
    cwd: projectRoot,
    stdio: ['ignore', 'inherit', 'inherit'],
    shell: process.platform === 'win32',
  });
  if (result.status !== 0) throw new Error('Không dựng được giao diện (electron-vite build thất bại).');
}
