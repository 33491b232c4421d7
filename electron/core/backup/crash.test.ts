import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tempDir } from '../testing/temp';
import { DB_FILE_NAME, openDatabase } from '../db/connection';
import { latestVersion, migrate } from '../db/migrate';
import { MIGRATIONS } from '../db/migrations';
import { checkIntegrity } from '../db/repos/maintenance';
import { seedDataFolder } from '../seed/folder';
import { checkBackupFile } from './check-file';
import { listLocalBackups } from './local-backups';
import { makeLocalBackup } from './policy';
import { dataLayout, PARTIAL_SUFFIX } from './layout';
import { createMemoryLogger } from '../logging/logger';
import { systemClock } from '../clock';

const ROOT = path.resolve(__dirname, '../../..');
const TSX = path.join(ROOT, 'node_modules', '.bin', 'tsx');
const WORKER = path.join(__dirname, 'testing', 'crash-worker.ts');
const BATCH = 5000;
/** Two workers at a time: spawning tsx (about 0.4 s) dominates, and the machines have two cores. */
const LANES = 2;
const IMPORT_KILLS_PER_LANE = 27;
const BACKUP_KILLS = 10;

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Still running: a zombie (killed, waiting to be reaped by init) holds no file any more. */
const alive = (pid: number) => {
  try {
    return !/^\d+ \(.*\) Z/.test(fs.readFileSync(`/proc/${pid}/stat`, 'utf8'));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return false;
    // No /proc (not Linux): ask the kernel whether the pid exists.
    try {
      process.kill(pid, 0);
      return true;
    } catch {
      return false;
    }
  }
};

/**
 * Starts the worker on `dataDir` in its own process group: tsx runs the script in a child process,
 * so the kill goes to the whole group, and `kill()` resolves once the process that held the
 * database is gone.
 */
function startWorker(dataDir: string, mode: 'import' | 'backup') {
  const child = spawn(TSX, [WORKER, dataDir, mode], { stdio: ['ignore', 'pipe', 'pipe'], detached: true });
  let workerPid = 0;
  const out = {
    lines: [] as string[],
    stderr: '',
    ready: () =>
      new Promise<void>((resolve, reject) => {
        const check = () => {
          const line = out.lines.find((l) => l.startsWith('ready '));
          if (line) {
            workerPid = Number(line.split(' ')[1]);
            resolve();
          } else if (child.exitCode !== null || child.signalCode !== null)
            reject(new Error(`worker ended: ${out.stderr}`));
          else setTimeout(check, 2);
        };
        check();
      }),
    kill: async () => {
      process.kill(-child.pid!, 'SIGKILL');
      while (alive(workerPid) || (child.exitCode === null && child.signalCode === null)) await sleep(2);
    },
  };
  let partial = '';
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
    const parts = (partial + chunk).split('\n');
    partial = parts.pop() ?? '';
    out.lines.push(...parts);
  });
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => (out.stderr += chunk));
  return out;
}
const lastNumber = (lines: string[], word: string) =>
  Math.max(0, ...lines.filter((l) => l.startsWith(`${word} `)).map((l) => Number(l.split(' ')[1])));

let template: { dir: string; cleanup(): void };
const stats = {
  kills: 0,
  midTransaction: 0,
  outcomes: new Map<number, number>(),
  backupKills: 0,
  partialsLeft: 0,
};

beforeAll(() => {
  template = tempDir('tdkt-crash-template-');
  const db = openDatabase(path.join(template.dir, DB_FILE_NAME));
  migrate(db, MIGRATIONS);
  db.close();
});
afterAll(() => {
  template.cleanup();
  console.log(
    `crash test: ${stats.kills} kills during imports (${stats.midTransaction} inside a transaction); ` +
      `transactions found committed per kill: ${[...stats.outcomes]
        .sort()
        .map(([k, n]) => `${k}→${n}×`)
        .join(', ')}; ` +
      `${stats.backupKills} kills during backups, ${stats.partialsLeft} left a .partial file, none a bad backup`,
  );
});

/** One round: a fresh migrated database, the worker importing, SIGKILL at a random moment, then the checks. */
async function importRound(lane: string): Promise<void> {
  fs.rmSync(lane, { recursive: true, force: true });
  fs.mkdirSync(lane);
  fs.copyFileSync(path.join(template.dir, DB_FILE_NAME), path.join(lane, DB_FILE_NAME));
  const out = startWorker(lane, 'import');
  await out.ready();
  // 5-600 ms: inside the first transaction (about 270 ms here), at its commit, or inside the next.
  await sleep(5 + Math.random() * 595);
  await out.kill();
  const begun = lastNumber(out.lines, 'begin');
  const committed = lastNumber(out.lines, 'commit');

  const db = openDatabase(path.join(lane, DB_FILE_NAME));
  try {
    expect(checkIntegrity(db, 'full')).toEqual([]);
    const people = (db.prepare('SELECT count(*) AS n FROM people').get() as { n: number }).n;
    const rounds = (
      db.prepare("SELECT count(*) AS n FROM audit_log WHERE action = 'import'").get() as { n: number }
    ).n;
    // All of a transaction or none of it: whole batches only, each with its audit row.
    expect(people).toBe(rounds * BATCH);
    // Durable once committed; nothing from a transaction that had not begun.
    expect(rounds).toBeGreaterThanOrEqual(committed);
    expect(rounds).toBeLessThanOrEqual(begun);
    stats.kills += 1;
    if (begun > committed) stats.midTransaction += 1;
    stats.outcomes.set(rounds, (stats.outcomes.get(rounds) ?? 0) + 1);
  } finally {
    db.close();
  }
}

describe('crash safety (SIGKILL of a child process writing the database)', () => {
  it('leaves an intact file holding every committed import whole and no part of an interrupted one', async () => {
    const root = tempDir('tdkt-crash-');
    try {
      await Promise.all(
        Array.from({ length: LANES }, async (_, i) => {
          const lane = path.join(root.dir, `lane-${i}`);
          for (let k = 0; k < IMPORT_KILLS_PER_LANE; k += 1) await importRound(lane);
        }),
      );
    } finally {
      root.cleanup();
    }
    expect(stats.kills).toBeGreaterThanOrEqual(50);
    expect(stats.midTransaction).toBeGreaterThan(0);
  }, 180_000);

  it('never leaves a damaged file under a backup name, only .partial files, which the next backup removes', async () => {
    const data = tempDir('tdkt-crash-backup-');
    try {
      seedDataFolder({ dataDir: data.dir, size: 'small', at: '2026-11-26T09:00:00.000Z' });
      const layout = dataLayout(data.dir, path.join(data.dir, DB_FILE_NAME));
      for (let k = 0; k < BACKUP_KILLS; k += 1) {
        const out = startWorker(data.dir, 'backup');
        await out.ready();
        await sleep(5 + Math.random() * 195);
        await out.kill();
        stats.backupKills += 1;
        for (const b of listLocalBackups(layout.backupDir)) {
          expect(() =>
            checkBackupFile(path.join(layout.backupDir, b.name), {
              shownName: b.name,
              latestVersion: latestVersion(MIGRATIONS),
              privateCopy: false,
            }),
          ).not.toThrow();
        }
        if (fs.readdirSync(layout.backupDir).some((n) => n.endsWith(PARTIAL_SUFFIX))) stats.partialsLeft += 1;
      }
      const db = openDatabase(layout.databaseFile);
      const ctx = {
        layout,
        clock: systemClock,
        log: createMemoryLogger(),
        latestVersion: latestVersion(MIGRATIONS),
      };
      makeLocalBackup(db, 'manual', { daily: 60, weekly: 0, monthly: 0 }, ctx);
      db.close();
      expect(fs.readdirSync(layout.backupDir).filter((n) => n.endsWith(PARTIAL_SUFFIX))).toEqual([]);
    } finally {
      data.cleanup();
    }
  }, 120_000);
});
