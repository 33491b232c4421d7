import Database from 'better-sqlite3';
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { tempDir } from '../testing/temp';
import { personInput } from '../testing/core';
import { openDatabase } from '../db/connection';
import { migrate } from '../db/migrate';
import { MIGRATIONS } from '../db/migrations';
import { startCore, type Core } from '../app';
import {
  backupNames,
  call,
  contextWith,
  DAY,
  HOUR,
  movableClock,
  openCore,
  refused,
} from './testing/fixtures';
import { parseBackupFileName } from './layout';

let data: ReturnType<typeof tempDir>;
const cores: Core[] = [];
const clock = movableClock('2026-01-01T01:00:00.000Z');

beforeEach(() => {
  data = tempDir();
  clock.set('2026-01-01T01:00:00.000Z');
});
afterEach(() => {
  cores.splice(0).forEach((c) => c.close());
  data.cleanup();
});

/** Opens the core, as the app does at each start. */
function start(): Core {
  const core = openCore(data.dir, clock);
  cores.push(core);
  return core;
}
function restart(): Core {
  cores.splice(0).forEach((c) => c.close());
  return start();
}
const autos = () => backupNames(data.dir).filter((n) => n.endsWith('-auto.sqlite'));

describe('automatic backups at start-up', () => {
  it('are made when the newest is a day old, not when it is fresh, and not for a brand-new empty file', async () => {
    const core = start();
    expect(backupNames(data.dir)).toEqual([]);
    await call(core, 'people.create', personInput('Nguyễn Văn An'));
    clock.advance(HOUR);
    restart();
    expect(autos()).toHaveLength(1);
    clock.advance(DAY - 1000);
    restart();
    expect(autos()).toHaveLength(1);
    clock.advance(1000);
    const third = restart();
    expect(autos()).toHaveLength(2);
    const overview = await call(third, 'backup.list', {});
    expect(overview.lastAutoAt).toBe(clock.now().toISOString());
    expect(overview.lastFailure).toBeNull();
    expect(overview.retention).toEqual({ daily: 7, weekly: 4, monthly: 12 });
  });

  it('are also checked while the app stays open', async () => {
    const first = start();
    await call(first, 'people.create', personInput('Nguyễn Văn An'));
    restart();
    expect(autos()).toHaveLength(1);
    const running = startCore({ dataDir: data.dir, appVersion: 'test', clock, autoBackupCheckMs: 10 });
    cores.push(running);
    clock.advance(DAY);
    await new Promise((r) => setTimeout(r, 60));
    expect(autos()).toHaveLength(2);
  });

  it('never stop the app from starting: a failure is logged and shown in backup.list', async () => {
    const first = start();
    await call(first, 'people.create', personInput('Nguyễn Văn An'));
    first.close();
    cores.length = 0;
    fs.writeFileSync(path.join(data.dir, 'backups'), 'a file where the folder should be');
    const core = start();
    expect(core.mode).toBe('ready');
    const overview = await call(core, 'backup.list', {});
    expect(overview.lastFailure).toEqual({
      at: clock.now().toISOString(),
      message: expect.stringContaining('Không tạo được bản sao lưu tự động'),
    });
    expect(fs.readFileSync(path.join(data.dir, 'tdkt.log'), 'utf8')).toContain('Automatic backup failed');
  });
});

describe('backups before a migration', () => {
  function olderDatabase(): void {
    const db = openDatabase(path.join(data.dir, 'tdkt.sqlite'));
    migrate(db, MIGRATIONS.slice(0, 3));
    db.prepare(
      `INSERT INTO units (name, kind, search_text, created_at, updated_at) VALUES ('Tổ dân phố 1', 'residential_group', '', ?, ?)`,
    ).run('2025-12-01T00:00:00.000Z', '2025-12-01T00:00:00.000Z');
    db.close();
  }

  it('copy the data as it was, in its old version, before upgrading it', () => {
    olderDatabase();
    const core = start();
    const premigrate = backupNames(data.dir).filter((n) => n.endsWith('-premigrate.sqlite'));
    expect(premigrate).toHaveLength(1);
    const copy = new Database(path.join(data.dir, 'backups', premigrate[0]!), { readonly: true });
    expect(copy.pragma('user_version', { simple: true })).toBe(3);
    expect(copy.prepare('SELECT name FROM units').all()).toEqual([{ name: 'Tổ dân phố 1' }]);
    copy.close();
    expect(core.services.db.pragma('user_version', { simple: true })).toBe(MIGRATIONS.length);
  });

  it('block the upgrade when the copy cannot be made, leaving the file as it was', () => {
    olderDatabase();
    fs.writeFileSync(path.join(data.dir, 'backups'), 'a file where the folder should be');
    expect(() => start()).toThrow(/Không tạo được bản sao lưu trước khi nâng cấp/);
    const db = new Database(path.join(data.dir, 'tdkt.sqlite'), { readonly: true });
    expect(db.pragma('user_version', { simple: true })).toBe(3);
    db.close();
  });
});

describe('rotation of the backups folder, over a simulated year', () => {
  it('keeps exactly the newest of the last 7 days, 4 weeks and 12 months, pruning only after each new backup', async () => {
    const core = start();
    await call(core, 'people.create', personInput('Nguyễn Văn An'));
    // One backup a day at 08:00 local time, 1 January to 31 December.
    for (let d = 1; d <= 365; d += 1) {
      clock.set(new Date(2026, 0, d, 8, 0, 0).toISOString());
      await call(core, 'backup.create', {});
    }
    const kept = backupNames(data.dir).map((n) => {
      const at = parseBackupFileName(n)!.at;
      return `${at.getMonth() + 1}-${at.getDate()}`;
    });
    expect(kept).toEqual([
      '1-31',
      '2-28',
      '3-31',
      '4-30',
      '5-31',
      '6-30',
      '7-31',
      '8-31',
      '9-30',
      '10-31',
      '11-30',
      '12-13',
      '12-20',
      '12-25',
      '12-26',
      '12-27',
      '12-28',
      '12-29',
      '12-30',
      '12-31',
    ]);
  }, 60_000);

  it('keeps the backup just made when several are made within one second', async () => {
    const core = start();
    const made = [];
    for (let i = 0; i < 3; i += 1) made.push(await call(core, 'backup.create', {}));
    expect(made.map((b) => b.name)).toEqual([
      expect.stringMatching(/-manual\.sqlite$/),
      expect.stringMatching(/-manual-2\.sqlite$/),
      expect.stringMatching(/-manual-3\.sqlite$/),
    ]);
    expect(backupNames(data.dir)).toEqual([made[2]!.name]);
  });

  it('follows the retention in the settings, refusing counts out of range in Vietnamese', async () => {
    const core = start();
    for (let d = 1; d <= 5; d += 1) {
      clock.set(new Date(2026, 2, d, 8).toISOString());
      await call(core, 'backup.create', {});
    }
    const settings = await call(core, 'settings.get', {});
    const bad = await refused(core, 'settings.update', {
      ...settings,
      backupRetention: { daily: 0, weekly: 4, monthly: 12 },
    });
    expect(bad.fields?.['backupRetention.daily']).toBe('Số bản sao lưu giữ theo ngày phải từ 1 đến 60.');
    await call(core, 'settings.update', {
      ...settings,
      chairman: { name: 'Phạm Văn Chủ', title: 'Chủ tịch' },
      backupRetention: { daily: 2, weekly: 0, monthly: 0 },
    });
    clock.set(new Date(2026, 2, 6, 8).toISOString());
    await call(core, 'backup.create', {});
    expect(backupNames(data.dir)).toHaveLength(2);
  });
});

describe('"Sao lưu ngay" to a folder the user picks', () => {
  it('writes one verified file named after the ward and the time, and says where and how big', async () => {
    const core = start();
    await call(core, 'people.create', personInput('Nguyễn Văn An'));
    const usb = tempDir();
    clock.set(new Date(2026, 10, 26, 16, 5, 9).toISOString());
    const outcome = await call(core, 'backup.saveToFolder', {}, contextWith(usb.dir));
    const expectedName = 'tdkt-phuong-le-chan-20261126-160509.sqlite';
    expect(outcome).toEqual({
      saved: true,
      fileName: expectedName,
      location: path.join(usb.dir, expectedName),
      sizeBytes: fs.statSync(path.join(usb.dir, expectedName)).size,
      createdAt: clock.now().toISOString(),
    });
    expect(fs.readdirSync(usb.dir)).toEqual([expectedName]);
    // A second one the same second does not overwrite the first.
    const again = await call(core, 'backup.saveToFolder', {}, contextWith(usb.dir));
    expect(again.saved && again.fileName).toBe('tdkt-phuong-le-chan-20261126-160509-2.sqlite');
    const copy = new Database(path.join(usb.dir, expectedName), { readonly: true });
    expect(copy.prepare('SELECT full_name FROM people').all()).toEqual([{ full_name: 'Nguyễn Văn An' }]);
    expect(copy.pragma('journal_mode', { simple: true })).toBe('delete');
    copy.close();
    usb.cleanup();
  });

  it('does nothing when the folder dialog is cancelled, and explains a folder it cannot write', async () => {
    const core = start();
    expect(await call(core, 'backup.saveToFolder', {}, contextWith(null))).toEqual({ saved: false });
    const gone = path.join(data.dir, 'usb-da-rut-ra');
    const error = await refused(core, 'backup.saveToFolder', {}, contextWith(path.join(gone, 'sub', 'x\0')));
    expect(error.code).toBe('INTERNAL');
    expect(error.message).toMatch(/Không ghi được bản sao lưu vào thư mục/);
  });
});
