import Database from 'better-sqlite3';
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tempDir } from '../testing/temp';
import { unitInput } from '../testing/core';
import { MIGRATIONS } from '../db/migrations';
import { checkIntegrity } from '../db/repos/maintenance';
import { INTENT_FILE_NAME } from './swap-intent';
import { call, FAILS_ON_BOOM, movableClock, openCore } from './testing/fixtures';

const ROOT = path.resolve(__dirname, '../../..');
const TSX = path.join(ROOT, 'node_modules', '.bin', 'tsx');
const WORKER = path.join(__dirname, 'testing', 'swap-worker.ts');
/** Same as testing/swap-worker.ts (not imported: importing it would run it). */
const WAL_MARKER = 'Chỉ có trong tệp WAL';
const OLD_UNIT = 'Dữ liệu cũ';
const RESTORED_UNIT = 'Dữ liệu khôi phục';
const PLUS = [...MIGRATIONS, FAILS_ON_BOOM(MIGRATIONS.length + 1)];
const clock = movableClock('2026-11-26T09:00:00.000Z');

let root: { dir: string; cleanup(): void };
let oldTemplate: string;
let goodBackup: string;
let boomBackup: string;

/** A folder with one unit, and (with `backupTo`) a verified backup of it copied there. */
async function makeData(dir: string, unit: string, migrations: typeof MIGRATIONS, backupTo?: string) {
  const core = openCore(dir, clock, migrations);
  try {
    await call(core, 'units.create', unitInput(unit));
    if (backupTo) {
      const made = await call(core, 'backup.create', {});
      fs.copyFileSync(path.join(dir, 'backups', made.name), backupTo);
    }
  } finally {
    core.close();
  }
}

beforeAll(async () => {
  root = tempDir('tdkt-swap-crash-');
  oldTemplate = path.join(root.dir, 'old');
  goodBackup = path.join(root.dir, 'khoi-phuc.sqlite');
  boomBackup = path.join(root.dir, 'boom.sqlite');
  await makeData(oldTemplate, OLD_UNIT, PLUS);
  // Backups from the current app (one version behind PLUS): each restore also upgrades.
  await makeData(path.join(root.dir, 'good'), RESTORED_UNIT, MIGRATIONS, goodBackup);
  await makeData(path.join(root.dir, 'boom'), 'boom', MIGRATIONS, boomBackup);
});
afterAll(() => root.cleanup());

/** Runs the worker on a fresh copy of the old data until it kills itself at `step` (or finishes). */
async function crashAt(lane: string, backup: string, step: string): Promise<string[]> {
  fs.rmSync(lane, { recursive: true, force: true });
  fs.cpSync(oldTemplate, lane, { recursive: true });
  const child = spawn(TSX, [WORKER, lane, backup, step], { stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  let err = '';
  child.stdout.setEncoding('utf8').on('data', (c: string) => (out += c));
  child.stderr.setEncoding('utf8').on('data', (c: string) => (err += c));
  await new Promise((resolve) => child.on('close', resolve));
  const lines = out.split('\n').filter(Boolean);
  expect(lines, err).toContain('main-only-marker 0');
  if (step === 'none')
    expect(
      lines.some((l) => l.startsWith('done ')),
      err,
    ).toBe(true);
  else expect(lines, err).toContain(`killed ${step}`);
  return lines;
}

/** The people in a set of database files kept aside, opened from a copy (SQLite replays its -wal). */
function peopleInSet(folder: string): string[] {
  const copy = fs.mkdtempSync(path.join(root.dir, 'set-'));
  for (const name of fs.readdirSync(folder)) fs.copyFileSync(path.join(folder, name), path.join(copy, name));
  const db = new Database(path.join(copy, 'tdkt.sqlite'));
  try {
    return (db.prepare('SELECT full_name AS n FROM people').all() as { n: string }[]).map((r) => r.n);
  } finally {
    db.close();
  }
}

/** The next start: ready, with the old data (and its -wal row) or the restored data, never a mix. */
async function expectAfterRestart(lane: string, expected: 'old' | 'restored', interrupted: boolean) {
  const core = openCore(lane, clock, PLUS);
  try {
    expect(core.mode).toBe('ready');
    expect(fs.existsSync(path.join(lane, INTENT_FILE_NAME))).toBe(false);
    expect(checkIntegrity(core.services.db, 'full')).toEqual([]);
    const units = (await call(core, 'units.list', {})).map((u) => u.name);
    const people = (await call(core, 'people.list', {})).rows.map((p) => p.fullName);
    if (expected === 'old') {
      expect(units).toEqual([OLD_UNIT]);
      expect(people).toEqual([WAL_MARKER]);
    } else {
      expect(units).toEqual([RESTORED_UNIT]);
      expect(people).toEqual([]);
      // The replaced files, -wal included, are kept whole: they still hold the marker.
      const sets = fs.readdirSync(path.join(lane, 'backups')).filter((n) => n.startsWith('replaced-'));
      expect(sets).toHaveLength(1);
      const set = path.join(lane, 'backups', sets[0]!);
      expect(fs.readdirSync(set).sort()).toEqual(['tdkt.sqlite', 'tdkt.sqlite-shm', 'tdkt.sqlite-wal']);
      expect(peopleInSet(set)).toEqual([WAL_MARKER]);
    }
    if (interrupted) {
      const notes = (await call(core, 'audit.list', {})).rows.map((r) => r.note ?? '');
      expect(notes.some((n) => n.includes('bị gián đoạn'))).toBe(true);
    }
    expect(fs.readdirSync(lane).filter((n) => n.includes('restore-incoming'))).toEqual([]);
  } finally {
    core.close();
  }
}

const FORWARD_STEPS = [
  'intent-written',
  'moved tdkt.sqlite',
  'moved tdkt.sqlite-wal',
  'moved tdkt.sqlite-shm',
  'set-aside',
  'installed',
  'opened',
  'none',
];
const ROLLBACK_STEPS = [
  'rollback-marked',
  'new-moved-aside',
  'returned tdkt.sqlite',
  'returned tdkt.sqlite-wal',
  'none',
];

describe('a restore killed in the middle of its file swap', () => {
  it('is finished at the next start when the checked file had come in whole, at every step', async () => {
    const lanes = [0, 1].map((i) => path.join(root.dir, `forward-${i}`));
    await Promise.all(
      lanes.map(async (lane, i) => {
        for (const step of FORWARD_STEPS.filter((_, k) => k % 2 === i)) {
          await crashAt(lane, goodBackup, step);
          await expectAfterRestart(lane, 'restored', step !== 'none');
        }
      }),
    );
  }, 120_000);

  it('is undone at the next start when it was being undone (the restored file would not open), at every step', async () => {
    const lanes = [0, 1].map((i) => path.join(root.dir, `rollback-${i}`));
    await Promise.all(
      lanes.map(async (lane, i) => {
        for (const step of ROLLBACK_STEPS.filter((_, k) => k % 2 === i)) {
          const lines = await crashAt(lane, boomBackup, step);
          if (step === 'none') expect(lines.at(-1)).toContain('đã trả lại dữ liệu');
          await expectAfterRestart(lane, 'old', step !== 'none');
          // The file that failed to open is kept for whoever investigates.
          expect(fs.readdirSync(path.join(lane, 'damaged'))).toEqual([expect.stringMatching(/-restore$/)]);
        }
      }),
    );
  }, 120_000);

  it('is undone when the incoming file is no longer the one that was checked, which is kept in damaged/', async () => {
    const lane = path.join(root.dir, 'altered');
    await crashAt(lane, goodBackup, 'moved tdkt.sqlite-wal');
    const incoming = path.join(lane, 'tdkt-restore-incoming.partial');
    const bytes = fs.readFileSync(incoming);
    bytes[bytes.length - 100] = (bytes[bytes.length - 100]! + 1) % 256;
    fs.writeFileSync(incoming, bytes);
    await expectAfterRestart(lane, 'old', true);
    const kept = fs.readdirSync(path.join(lane, 'damaged'));
    expect(kept).toEqual([expect.stringMatching(/-restore-incoming$/)]);
    expect(fs.readFileSync(path.join(lane, 'damaged', kept[0]!, 'tdkt-restore-incoming.partial'))).toEqual(
      bytes,
    );
  }, 60_000);
});
