import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const projectRoot = path.resolve(__dirname, '..');

export interface RunningHarness {
  url: string;
  dataDir: string;
  stop(): Promise<void>;
}

/** Starts `npm run harness`'s entry on a data folder and waits for its one ready line. */
export async function startHarness(dataDir: string): Promise<RunningHarness> {
  const child = spawn(
    path.join(projectRoot, 'node_modules', '.bin', 'tsx'),
    ['electron/harness/cli.ts', '--data', dataDir, '--port', '0'],
    // The office computer runs the window and the core on one clock: the harness takes the browser's
    // time zone (playwright.config.ts), so "today" is the same day on both sides.
    { cwd: projectRoot, stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, TZ: 'Asia/Ho_Chi_Minh' } },
  );
  let stderr = '';
  child.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const url = await new Promise<string>((resolve, reject) => {
    let stdout = '';
    const timer = setTimeout(() => reject(new Error(`harness did not start:\n${stderr}`)), 60_000);
    child.stdout!.on('data', (chunk: Buffer) => {
      stdout += chunk.toString();
      const match = /^Harness ready: (http:\/\/127\.0\.0\.1:\d+\/)$/m.exec(stdout);
      if (match) {
        clearTimeout(timer);
        resolve(match[1]!);
      }
    });
    child.on('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`harness exited with ${code}:\n${stderr}`));
    });
  });
  return { url, dataDir, stop: () => stopChild(child) };
}

function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    child.once('exit', () => resolve());
    child.kill('SIGTERM');
  });
}

export function freshDataDir(): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), 'tdkt-e2e-'));
}
