import Database from 'better-sqlite3';
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { tempDir } from '../testing/temp';
import { seedDataFolder } from '../seed/folder';
import type { Core } from '../app';
import { CHANNELS, contract } from '../../../shared/api/contract';
import { CHANNELS_IN_RECOVERY } from '../../../shared/api/recovery';
import {
  backupNames,
  call,
  contextWith,
  DAY,
  HOUR,
  movableClock,
  openCore,
  refused,
  upload,
} from './testing/fixtures';

let data: ReturnType<typeof tempDir>;
let core: Core | undefined;
const clock = movableClock('2026-11-20T08:00:00.000Z');
const SEED_AT = '2026-11-19T08:00:00.000Z';

beforeEach(() => {
  data = tempDir();
  clock.set('2026-11-20T08:00:00.000Z');
});
afterEach(() => {
  core?.close();
  core = undefined;
  data.cleanup();
});

const dbFile = () => path.join(data.dir, 'tdkt.sqlite');

/** A seeded ward, opened once (which makes the day's automatic backup), then closed. */
function seededWithBackup(): { people: number; units: number } {
  const seeded = seedDataFolder({ dataDir: data.dir, size: 'small', at: SEED_AT });
  const first = openCore(data.dir, clock);
  first.close();
  return { people: seeded.counts.people, units: seeded.counts.units };
}

/** Overwrites pages in the middle of the file with garbage, as a failing disk or a torn write would. */
function corruptMiddlePages(file: string): Buffer {
  const bytes = fs.readFileSync(file);
  const pageSize = bytes.readUInt16BE(16);
  const pages = bytes.length / pageSize;
  let seed = 7;
  for (let i = Math.floor(pages / 2); i < Math.floor(pages / 2) + 8; i += 1) {
    for (let b = 0; b < pageSize; b += 1) {
      seed = (seed * 1103515245 + 12345) & 0x7fffffff;
      bytes[i * pageSize + b] = seed & 0xff;
    }
  }
  fs.writeFileSync(file, bytes);
  return bytes;
}

describe('a damaged database at start-up', () => {
  it('is moved aside, the core starts in recovery offering the newest backup with its age, and restoreLatest brings the data back', async () => {
    const counts = seededWithBackup();
    const [backup] = backupNames(data.dir);
    expect(backup).toBe('tdkt-' + backup!.slice(5, 20) + '-auto.sqlite');
    const damagedBytes = corruptMiddlePages(dbFile());
    clock.advance(2 * DAY + 3 * HOUR);

    core = openCore(data.dir, clock);
    expect(core.mode).toBe('recovery');
    expect(fs.existsSync(dbFile())).toBe(false);
    const status = await call(core, 'recovery.status', {});
    if (status.state !== 'recovery') throw new Error('expected recovery');
    expect(status).toMatchObject({
      problem: 'damaged',
      detectedAt: clock.now().toISOString(),
      message: expect.stringContaining('Tệp dữ liệu bị hỏng'),
      latestBackup: {
        name: backup,
        reason: 'auto',
        ageMs: 2 * DAY + 3 * HOUR,
        ageText: '2 ngày trước',
        counts: { people: counts.people, units: counts.units },
        date: { at: SEED_AT, source: 'last-change' },
      },
    });
    // Moved, never deleted: the same bytes, in <data>/damaged/<time>/.
    expect(path.dirname(status.movedTo!)).toBe(path.join(data.dir, 'damaged'));
    expect(fs.readFileSync(path.join(status.movedTo!, 'tdkt.sqlite')).equals(damagedBytes)).toBe(true);

    // Nothing else answers until the data is recovered; the page learns why from the code.
    expect((await refused(core, 'app.info', {})).code).toBe('RECOVERY_REQUIRED');
    expect((await refused(core, 'people.list', {})).code).toBe('RECOVERY_REQUIRED');
    expect(() => core!.services).toThrow(/khôi phục/);

    const report = await call(core, 'recovery.restoreLatest', {});
    expect(report).toMatchObject({ fileName: backup, previousData: null, counts: { people: counts.people } });
    expect(core.mode).toBe('ready');
    expect((await call(core, 'app.info', {})).counts).toMatchObject({
      people: counts.people,
      units: counts.units,
    });
    expect(await call(core, 'recovery.status', {})).toEqual({ state: 'ready' });
  });

  it('answers RECOVERY_REQUIRED on every channel but the recovery ones', async () => {
    seededWithBackup();
    corruptMiddlePages(dbFile());
    core = openCore(data.dir, clock);
    const ctx = contextWith(data.dir);
    let checked = 0;
    for (const channel of CHANNELS) {
      // Input is validated first, as always; channels that need input are asked with what passes.
      if (!contract[channel].input.safeParse({}).success) continue;
      // It would end the recovery: checked in the first test.
      if (channel === 'recovery.restoreLatest') continue;
      const result = await core.router.invoke(channel, {}, ctx);
      const blocked = !result.ok && result.error.code === 'RECOVERY_REQUIRED';
      expect({ channel, blocked }).toEqual({
        channel,
        blocked: !(CHANNELS_IN_RECOVERY as readonly string[]).includes(channel),
      });
      checked += 1;
    }
    expect(checked).toBeGreaterThan(10);
    expect((await refused(core, 'people.get', { id: 1 })).code).toBe('RECOVERY_REQUIRED');
    expect((await refused(core, 'trash.restore', { kind: 'people', id: 1 })).code).toBe('RECOVERY_REQUIRED');
    expect((await call(core, 'backup.list', {})).backups).toHaveLength(1);
  });

  it('skips a damaged backup and offers the newest good one', async () => {
    seededWithBackup();
    clock.advance(DAY + HOUR);
    openCore(data.dir, clock).close();
    const [older, newer] = backupNames(data.dir);
    corruptMiddlePages(path.join(data.dir, 'backups', newer!));
    corruptMiddlePages(dbFile());
    core = openCore(data.dir, clock);
    const status = await call(core, 'recovery.status', {});
    expect(status.state === 'recovery' && status.latestBackup?.name).toBe(older);
    expect(status.state === 'recovery' && status.backups.map((b) => b.name)).toEqual([newer, older]);
  });

  it('with no good backup, offers none and still restores from a file the user brings', async () => {
    seededWithBackup();
    const usb = tempDir();
    const carried = path.join(usb.dir, 'tu-usb.sqlite');
    fs.copyFileSync(path.join(data.dir, 'backups', backupNames(data.dir)[0]!), carried);
    fs.rmSync(path.join(data.dir, 'backups'), { recursive: true });
    corruptMiddlePages(dbFile());
    core = openCore(data.dir, clock);
    const status = await call(core, 'recovery.status', {});
    expect(status).toMatchObject({ state: 'recovery', latestBackup: null, backups: [] });
    expect((await refused(core, 'recovery.restoreLatest', {})).code).toBe('NOT_FOUND');
    const report = await call(core, 'backup.restore', { file: upload(carried) });
    usb.cleanup();
    expect(report.counts.people).toBeGreaterThan(0);
    expect(core.mode).toBe('ready');
  });

  it('reports a missing database when backups exist, and starts empty only when confirmed', async () => {
    seededWithBackup();
    fs.rmSync(dbFile());
    core = openCore(data.dir, clock);
    expect(await call(core, 'recovery.status', {})).toMatchObject({
      state: 'recovery',
      problem: 'missing',
      movedTo: null,
    });
    const unconfirmed = await core.router.invoke('recovery.startEmpty', { confirm: false }, contextWith());
    expect(unconfirmed).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    expect(core.mode).toBe('recovery');
    expect(await call(core, 'recovery.startEmpty', { confirm: true })).toEqual({ state: 'ready' });
    expect((await call(core, 'people.list', {})).total).toBe(0);
    const [entry] = (await call(core, 'audit.list', {})).rows;
    expect(entry).toMatchObject({ entity: 'database', action: 'other' });
    expect((await refused(core, 'recovery.startEmpty', { confirm: true })).code).toBe('CONFLICT');
  });

  it('still refuses to start on a database from a newer app, leaving it untouched', async () => {
    seededWithBackup();
    const db = new Database(dbFile());
    db.pragma('user_version = 999');
    db.close();
    const before = fs.readFileSync(dbFile());
    expect(() => openCore(data.dir, clock)).toThrow(/phiên bản mới hơn/);
    expect(fs.readFileSync(dbFile()).equals(before)).toBe(true);
    expect(fs.existsSync(path.join(data.dir, 'damaged'))).toBe(false);
  });
});
