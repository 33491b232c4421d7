import fs from 'node:fs';
import path from 'node:path';
import { startCore, type Core } from '../../app';
import type { Clock } from '../../clock';
import type { RequestContext } from '../../api/router';
import type { Migration } from '../../db/types';
import type { Channel, InputOf, ResultOf } from '../../../../shared/api/contract';
import type { ApiError } from '../../../../shared/errors';

/** A clock the test moves by hand. */
export function movableClock(iso: string): Clock & { set(iso: string): void; advance(ms: number): void } {
  let now = new Date(iso);
  return {
    now: () => new Date(now),
    set: (next) => {
      now = new Date(next);
    },
    advance: (ms) => {
      now = new Date(now.getTime() + ms);
    },
  };
}

export const HOUR = 60 * 60 * 1000;
export const DAY = 24 * HOUR;

/** Request context whose folder picker answers `folder` (null: cancelled) and whose saves are refused. */
export function contextWith(folder: string | null = null): RequestContext {
  return {
    dialogs: {
      saveFile: () => Promise.reject(new Error('no save dialog in this test')),
      chooseDirectory: async () => folder,
      describeLocation: (file) => file,
    },
  };
}

/** A core on `dataDir` with no background timer. */
export function openCore(dataDir: string, clock: Clock, migrations?: readonly Migration[]): Core {
  return startCore({
    dataDir,
    appVersion: 'test',
    clock,
    autoBackupCheckMs: 0,
    ...(migrations ? { migrations } : {}),
  });
}

/** Invokes a channel through the router and returns its data, or throws with the error code. */
export async function call<C extends Channel>(
  core: Core,
  channel: C,
  input: InputOf<C>,
  ctx: RequestContext = contextWith(),
): Promise<ResultOf<C>> {
  const result = await core.router.invoke(channel, input, ctx);
  if (!result.ok) throw new Error(`${channel} failed: ${result.error.code} ${result.error.message}`);
  return result.data as ResultOf<C>;
}

/** Invokes a channel that must fail; returns the error. */
export async function refused<C extends Channel>(
  core: Core,
  channel: C,
  input: InputOf<C>,
  ctx: RequestContext = contextWith(),
): Promise<ApiError> {
  const result = await core.router.invoke(channel, input, ctx);
  if (result.ok) throw new Error(`${channel} was expected to fail`);
  return result.error;
}

/** A file as the page sends it. */
export function upload(file: string, fileName = path.basename(file)) {
  return { fileName, base64: fs.readFileSync(file).toString('base64') };
}

/** Everything the user could see of the data, to prove a refused restore changed nothing. */
export function snapshot(core: Core): string {
  const db = core.services.db;
  const rows = (sql: string) => db.prepare(sql).all();
  return JSON.stringify({
    units: rows('SELECT * FROM units ORDER BY id'),
    people: rows('SELECT * FROM people ORDER BY id'),
    audit: rows('SELECT id, action, entity FROM audit_log ORDER BY id'),
    settings: rows('SELECT * FROM settings ORDER BY key'),
  });
}

/** The backups folder listing (our files only). */
export function backupNames(dataDir: string): string[] {
  const dir = path.join(dataDir, 'backups');
  return fs.existsSync(dir)
    ? fs
        .readdirSync(dir)
        .filter((n) => n.endsWith('.sqlite'))
        .sort()
    : [];
}

/** An app one version ahead whose next step fails on data holding a unit named `boom` (a migration bug). */
export const FAILS_ON_BOOM = (version: number): Migration => ({
  version,
  name: 'fails-on-boom',
  up(db) {
    if (db.prepare("SELECT 1 FROM units WHERE name = 'boom'").get()) throw new Error('migration bug');
  },
});
