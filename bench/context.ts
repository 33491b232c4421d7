import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { startCore, type Core } from '../electron/core/app';
import { DB_FILE_NAME } from '../electron/core/db/connection';
import type { RequestContext } from '../electron/core/api/router';
import type { SaveFileRequest } from '../electron/core/files/dialogs';
import type { Channel, InputOf, ResultOf } from '../shared/api/contract';

export const APP_VERSION = (
  JSON.parse(fs.readFileSync(path.join(__dirname, '..', 'package.json'), 'utf8')) as { version: string }
).version;

/** A save dialog that keeps the bytes in memory instead of writing a file. */
export function capturingContext(): RequestContext & { saved: SaveFileRequest[] } {
  const saved: SaveFileRequest[] = [];
  return {
    saved,
    dialogs: {
      async saveFile(request) {
        saved.push(request);
        return {
          saved: true,
          fileName: request.suggestedName,
          location: '(bench)',
          sizeBytes: request.bytes.length,
        };
      },
    },
  };
}

/** The app as the shell runs it, on a data folder; `call` unwraps the envelope or throws its message. */
export interface AppUnderTest {
  core: Core;
  ctx: ReturnType<typeof capturingContext>;
  call<C extends Channel>(channel: C, input: InputOf<C>): Promise<ResultOf<C>>;
}

export function openApp(dataDir: string): AppUnderTest {
  const core = startCore({ dataDir, appVersion: APP_VERSION });
  const ctx = capturingContext();
  return {
    core,
    ctx,
    async call(channel, input) {
      const r = await core.router.invoke(channel, input, ctx);
      if (!r.ok) throw new Error(`${channel}: ${r.error.code} ${r.error.message}`);
      return r.data as ResultOf<typeof channel>;
    },
  };
}

/** A plain better-sqlite3 connection to the same file, for the baselines (no app code involved). */
export function openRaw(dataDir: string, readonly = true): Database.Database {
  return new Database(path.join(dataDir, DB_FILE_NAME), { readonly });
}
