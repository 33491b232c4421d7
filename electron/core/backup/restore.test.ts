import Database from 'better-sqlite3';
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { tempDir } from '../testing/temp';
import { personInput, unitInput } from '../testing/core';
import { openDatabase } from '../db/connection';
import { migrate } from '../db/migrate';
import { MIGRATIONS } from '../db/migrations';
import type { Migration } from '../db/types';
import type { Core } from '../app';
import { backupFileName } from './layout';
import { backupNames, call, movableClock, openCore, refused, snapshot, upload } from './testing/fixtures';

let data: ReturnType<typeof tempDir>;
let files: ReturnType<typeof tempDir>;
let core: Core;
const clock = movableClock('2026-11-26T09:00:00.000Z');

beforeEach(async () => {
  data = tempDir();
  files = tempDir();
  clock.set('2026-11-26T09:00:00.000Z');
  core = openCore(data.dir, clock);
  const unit = await call(core, 'units.create', unitInput('Trường THCS Lê Chân'));
  await call(core, 'people.create', personInput('Nguyễn Văn An', { unitId: unit.id }));
});
afterEach(() => {
  core.close();
  data.cleanup();
  files.cleanup();
});

/** A verified backup of the current data, copied out as the user would carry it on a USB stick. */
async function backupNow(name = 'sao-luu.sqlite'): Promise<string> {
  const made = await call(core, 'backup.create', {});
  const file = path.join(files.dir, name);
  fs.copyFileSync(path.join(data.dir, 'backups', made.name), file);
  return file;
}

const peopleNames = async () => (await call(core, 'people.list', {})).rows.map((p) => p.fullName).sort();

/** A restore that must be refused: same message code, nothing changed, no copy made. */
async function expectRefused(file: string, code: string, message: RegExp) {
  const before = snapshot(core);
  const backupsBefore = backupNames(data.dir);
  const inspect = await refused(core, 'backup.inspect', { file: upload(file) });
  const error = await refused(core, 'backup.restore', { file: upload(file) });
  expect(inspect).toEqual(error);
  expect(error.code).toBe(code);
  expect(error.message).toMatch(message);
  expect(error.message).toContain('Dữ liệu hiện tại không bị thay đổi');
  expect(snapshot(core)).toBe(before);
  expect(backupNames(data.dir)).toEqual(backupsBefore);
  expect(fs.readdirSync(data.dir).filter((n) => n.includes('restore-incoming'))).toEqual([]);
}

describe('restore from a backup file', () => {
  it('brings back the backed-up state, keeping a copy of the data it replaced, and says what it restored', async () => {
    const file = await backupNow();
    clock.set('2026-11-27T10:00:00.000Z');
    await call(core, 'people.create', personInput('Trần Thị Bình'));
    const settings = await call(core, 'settings.get', {});
    await call(core, 'settings.update', {
      ...settings,
      chairman: { name: 'Phạm Văn Chủ', title: 'Chủ tịch' },
      officerName: 'Lê Văn Cán',
    });
    expect(await peopleNames()).toEqual(['Nguyễn Văn An', 'Trần Thị Bình']);

    const inspection = await call(core, 'backup.inspect', { file: upload(file) });
    expect(inspection).toMatchObject({
      fileName: 'sao-luu.sqlite',
      schemaVersion: MIGRATIONS.length,
      needsUpgrade: false,
      date: { at: '2026-11-26T09:00:00.000Z', source: 'last-change' },
      counts: { units: 1, people: 1, households: 0, decisions: 0 },
    });

    const report = await call(core, 'backup.restore', { file: upload(file) });
    expect(report).toMatchObject({
      fileName: 'sao-luu.sqlite',
      date: { at: '2026-11-26T09:00:00.000Z', source: 'last-change' },
      counts: { units: 1, people: 1, households: 0, decisions: 0 },
      schemaVersion: { backup: MIGRATIONS.length, now: MIGRATIONS.length },
      previousData: { name: backupFileName(clock.now(), 'prerestore'), reason: 'prerestore' },
    });
    // The same router now serves the restored data.
    expect(await peopleNames()).toEqual(['Nguyễn Văn An']);
    expect((await call(core, 'settings.get', {})).officerName).toBe('');

    // The replaced data: a verified copy, and the live files themselves moved aside.
    const previous = new Database(path.join(data.dir, 'backups', report.previousData!.name), {
      readonly: true,
    });
    expect(previous.prepare('SELECT count(*) AS n FROM people').get()).toEqual({ n: 2 });
    previous.close();
    const replaced = fs.readdirSync(path.join(data.dir, 'backups')).filter((n) => n.startsWith('replaced-'));
    expect(replaced).toHaveLength(1);
    expect(fs.readdirSync(path.join(data.dir, 'backups', replaced[0]!))).toContain('tdkt.sqlite');

    // The restore itself is in the history of the restored data.
    const [latest] = (await call(core, 'audit.list', {})).rows;
    expect(latest).toMatchObject({ entity: 'database', action: 'restore', entityLabel: 'Toàn bộ dữ liệu' });
    expect(latest!.note).toContain('sao-luu.sqlite');
    expect(latest!.note).toContain(report.previousData!.name);
  });

  it('restores one of the stored backups by name, and a restore can be undone from its prerestore copy', async () => {
    const first = await call(core, 'backup.create', {});
    clock.set('2026-11-27T10:00:00.000Z');
    await call(core, 'people.create', personInput('Trần Thị Bình'));
    const report = await call(core, 'backup.restoreStored', { name: first.name });
    expect(await peopleNames()).toEqual(['Nguyễn Văn An']);
    clock.set('2026-11-27T10:05:00.000Z');
    await call(core, 'backup.restoreStored', { name: report.previousData!.name });
    expect(await peopleNames()).toEqual(['Nguyễn Văn An', 'Trần Thị Bình']);
    expect(
      (await refused(core, 'backup.restoreStored', { name: 'tdkt-20200101-000000-auto.sqlite' })).code,
    ).toBe('NOT_FOUND');
  });

  it('upgrades a backup from an older version after restoring it, with a copy taken before the upgrade', async () => {
    const old = path.join(files.dir, 'cu.sqlite');
    const db = openDatabase(old);
    migrate(db, MIGRATIONS.slice(0, 3));
    db.prepare(
      `INSERT INTO units (name, kind, search_text, created_at, updated_at) VALUES ('Tổ dân phố 1', 'residential_group', 'to dan pho 1', ?, ?)`,
    ).run('2025-01-02T03:04:05.000Z', '2025-01-02T03:04:05.000Z');
    db.close();
    const report = await call(core, 'backup.restore', { file: upload(old) });
    expect(report.schemaVersion).toEqual({ backup: 3, now: MIGRATIONS.length });
    expect(report.date).toEqual({ at: '2025-01-02T03:04:05.000Z', source: 'last-change' });
    expect((await call(core, 'units.list', {})).map((u) => u.name)).toEqual(['Tổ dân phố 1']);
    expect(backupNames(data.dir).some((n) => n.endsWith('-premigrate.sqlite'))).toBe(true);
  });

  it('dates a backup without any recorded change by the time in its file name', async () => {
    const empty = tempDir();
    const other = openCore(empty.dir, clock);
    other.close();
    const named = path.join(files.dir, 'tdkt-phuong-le-chan-20261120-153000.sqlite');
    fs.copyFileSync(path.join(empty.dir, 'tdkt.sqlite'), named);
    empty.cleanup();
    const inspection = await call(core, 'backup.inspect', { file: upload(named) });
    expect(inspection.date).toEqual({
      at: new Date(2026, 10, 20, 15, 30, 0).toISOString(),
      source: 'file-name',
    });
  });

  it('refuses a backup from a newer version of the app and changes nothing', async () => {
    const file = await backupNow();
    const db = new Database(file);
    db.pragma(`user_version = ${MIGRATIONS.length + 1}`);
    db.close();
    await expectRefused(file, 'DB_TOO_NEW', /phiên bản mới hơn.*Hãy cập nhật ứng dụng/);
  });

  it('refuses a truncated file and changes nothing', async () => {
    const file = await backupNow();
    const bytes = fs.readFileSync(file);
    fs.writeFileSync(file, bytes.subarray(0, Math.floor(bytes.length / 2)));
    await expectRefused(file, 'VALIDATION', /không đầy đủ \(bị cắt cụt/);
    // Even cut at a page boundary, where the size alone looks plausible.
    fs.writeFileSync(file, bytes.subarray(0, 4096 * 3));
    await expectRefused(file, 'VALIDATION', /không đầy đủ|bị hỏng/);
  });

  it('refuses a backup damaged inside and changes nothing', async () => {
    const file = await backupNow();
    const bytes = fs.readFileSync(file);
    bytes.fill(0x5a, 4096 * 20, 4096 * 24);
    fs.writeFileSync(file, bytes);
    await expectRefused(file, 'VALIDATION', /bị hỏng/);
  });

  it('refuses a file that is not SQLite, and an empty one, and changes nothing', async () => {
    const text = path.join(files.dir, 'danh-sach.sqlite');
    fs.writeFileSync(text, 'Họ và tên,Năm sinh\nNguyễn Văn An,1980\n'.repeat(200));
    await expectRefused(
      text,
      'VALIDATION',
      /không phải là tệp sao lưu của ứng dụng \(không phải cơ sở dữ liệu SQLite\)/,
    );
    const error = await refused(core, 'backup.restore', { file: { fileName: 'x.sqlite', base64: '' } });
    expect(error).toMatchObject({
      code: 'VALIDATION',
      message: expect.stringContaining('Tệp sao lưu trống'),
    });
  });

  it('refuses a SQLite database of another program and changes nothing', async () => {
    const foreign = path.join(files.dir, 'khac.sqlite');
    const db = new Database(foreign);
    db.exec(
      "CREATE TABLE contacts (id INTEGER PRIMARY KEY, name TEXT); INSERT INTO contacts (name) VALUES ('An');",
    );
    db.pragma('user_version = 2');
    db.close();
    await expectRefused(
      foreign,
      'VALIDATION',
      /là cơ sở dữ liệu SQLite nhưng không phải dữ liệu của ứng dụng/,
    );
  });

  it('accepts a backup still in WAL mode (a copy of the live file) without leaving -wal files behind', async () => {
    core.close();
    const live = path.join(files.dir, 'ban-chep.sqlite');
    fs.copyFileSync(path.join(data.dir, 'tdkt.sqlite'), live);
    core = openCore(data.dir, clock);
    expect(fs.readFileSync(live)[18]).toBe(2);
    await call(core, 'people.create', personInput('Trần Thị Bình'));
    await call(core, 'backup.restore', { file: upload(live) });
    expect(await peopleNames()).toEqual(['Nguyễn Văn An']);
    expect(fs.readdirSync(data.dir).filter((n) => n.includes('incoming'))).toEqual([]);
  });

  it('puts the previous data back when the restored file cannot be opened, keeping that file aside', async () => {
    // An app one version ahead, whose next step fails on the backup's data (a bug in a migration).
    const failing: Migration = {
      version: MIGRATIONS.length + 1,
      name: 'fails-on-boom',
      up(db) {
        if (db.prepare("SELECT 1 FROM units WHERE name = 'boom'").get()) throw new Error('migration bug');
      },
    };
    core.close();
    const next = tempDir();
    core = openCore(next.dir, clock, [...MIGRATIONS, failing]);
    await call(core, 'people.create', personInput('Lê Thị Cúc'));
    await call(core, 'units.create', unitInput('boom'));
    const made = await call(core, 'backup.create', {});
    const file = path.join(next.dir, 'backups', made.name);
    await call(core, 'units.delete', { id: 1 });
    const staleFile = path.join(files.dir, 'cu.sqlite');
    // The backup was made by this (newer) app; rewind its version so the failing step runs on it.
    fs.copyFileSync(file, staleFile);
    const stale = new Database(staleFile);
    stale.pragma(`user_version = ${MIGRATIONS.length}`);
    stale.close();
    const before = snapshot(core);

    const error = await refused(core, 'backup.restore', { file: upload(staleFile) });
    expect(error).toMatchObject({ code: 'INTERNAL', message: expect.stringContaining('đã trả lại dữ liệu') });
    expect(core.mode).toBe('ready');
    expect(snapshot(core)).toBe(before);
    const damaged = fs.readdirSync(path.join(next.dir, 'damaged'));
    expect(damaged).toEqual([expect.stringMatching(/-restore$/)]);
    core.close();
    next.cleanup();
    core = openCore(data.dir, clock);
  });
});
