import { afterEach, describe, expect, it } from 'vitest';
import path from 'node:path';
import { openDatabase, openMemoryDatabase } from './connection';
import { migrate, schemaVersion } from './migrate';
import { MIGRATIONS } from './migrations';
import type { Migration } from './types';
import { AppError } from '../../../shared/errors';
import { tempDir } from '../testing/temp';

const cleanups: (() => void)[] = [];
afterEach(() => cleanups.splice(0).forEach((c) => c()));

function tempDbFile() {
  const t = tempDir();
  cleanups.push(t.cleanup);
  return path.join(t.dir, 'tdkt.sqlite');
}

describe('migrations', () => {
  it('migrates a file from zero to the newest version with WAL and foreign keys on', () => {
    const file = tempDbFile();
    const db = openDatabase(file);
    expect(migrate(db, MIGRATIONS)).toEqual({ from: 0, to: MIGRATIONS.length });
    expect(schemaVersion(db)).toBe(MIGRATIONS.length);
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    db.close();

    const again = openDatabase(file);
    expect(migrate(again, MIGRATIONS)).toEqual({ from: MIGRATIONS.length, to: MIGRATIONS.length });
    again.close();
  });

  it('refuses a database written by a newer app and leaves it untouched', () => {
    const file = tempDbFile();
    const db = openDatabase(file);
    migrate(db, MIGRATIONS);
    db.pragma(`user_version = ${MIGRATIONS.length + 5}`);
    db.close();

    const newer = openDatabase(file);
    let thrown: unknown;
    try {
      migrate(newer, MIGRATIONS);
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(AppError);
    expect((thrown as AppError).code).toBe('DB_TOO_NEW');
    expect((thrown as AppError).message).toContain('phiên bản mới hơn');
    expect(schemaVersion(newer)).toBe(MIGRATIONS.length + 5);
    newer.close();
  });

  it('rolls a failing step back completely and keeps the previous version', () => {
    const db = openMemoryDatabase();
    const steps: Migration[] = [
      { version: 1, name: 'one', up: (d) => d.exec('CREATE TABLE a (x INTEGER) STRICT') },
      {
        version: 2,
        name: 'two',
        up: (d) => {
          d.exec('CREATE TABLE b (y INTEGER) STRICT');
          d.exec('INSERT INTO a VALUES (1)');
          throw new Error('boom');
        },
      },
    ];
    expect(() => migrate(db, steps)).toThrow('boom');
    expect(schemaVersion(db)).toBe(1);
    expect(db.prepare("SELECT count(*) AS n FROM sqlite_master WHERE name = 'b'").get()).toEqual({ n: 0 });
    expect(db.prepare('SELECT count(*) AS n FROM a').get()).toEqual({ n: 0 });
  });

  it('refuses a file that is not a database with a Vietnamese message', async () => {
    const file = tempDbFile();
    (await import('node:fs')).writeFileSync(file, 'đây không phải SQLite '.repeat(200));
    expect(() => openDatabase(file)).toThrow(/Tệp dữ liệu không đọc được/);
  });
});
