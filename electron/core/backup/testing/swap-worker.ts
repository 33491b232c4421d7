/**
 * The process swap-crash.test.ts kills in the middle of a restore. `tsx swap-worker.ts <data dir>
 * <backup file> <step>`: opens the core (with the test's failing migration, see FAILS_ON_BOOM), writes
 * a marker person that lives only in the -wal (a second connection stays open, so closing the core
 * does not checkpoint it: the -wal and -shm are then moved with the file), then restores `<backup
 * file>` and SIGKILLs itself when the swap reaches `<step>` (`none`: never). Reports on stdout:
 * `main-only-marker N` (the marker in a copy of the main file alone: 0), `killed <step>`, `done <json>`.
 */
import Database from 'better-sqlite3';
import fs from 'node:fs';
import path from 'node:path';
import { startCore } from '../../app';
import { MIGRATIONS } from '../../db/migrations';
import { DB_FILE_NAME } from '../../db/connection';
import { personInput } from '../../testing/core';
import { contextWith, FAILS_ON_BOOM, upload } from './fixtures';

export const WAL_MARKER = 'Chỉ có trong tệp WAL';

const [dataDir, backupFile, killAt] = process.argv.slice(2) as [string, string, string];
const databaseFile = path.join(dataDir, DB_FILE_NAME);

const core = startCore({
  dataDir,
  appVersion: 'test',
  autoBackupCheckMs: 0,
  migrations: [...MIGRATIONS, FAILS_ON_BOOM(MIGRATIONS.length + 1)],
  onSwapStep: (step) => {
    if (step !== killAt) return;
    process.stdout.write(`killed ${step}\n`);
    process.kill(process.pid, 'SIGKILL');
  },
});

async function main() {
  const created = await core.router.invoke('people.create', personInput(WAL_MARKER), contextWith());
  if (!created.ok) throw new Error(created.error.message);
  const reader = new Database(databaseFile, { readonly: true });
  reader.prepare('SELECT count(*) FROM people').get();
  const mainOnly = path.join(path.dirname(dataDir), `${path.basename(dataDir)}-main-only.sqlite`);
  fs.copyFileSync(databaseFile, mainOnly);
  const copy = new Database(mainOnly);
  const row = copy.prepare('SELECT count(*) AS n FROM people WHERE full_name = ?').get(WAL_MARKER) as {
    n: number;
  };
  copy.close();
  for (const suffix of ['', '-wal', '-shm']) fs.rmSync(`${mainOnly}${suffix}`, { force: true });
  process.stdout.write(`main-only-marker ${row.n}\n`);
  const result = await core.router.invoke('backup.restore', { file: upload(backupFile) }, contextWith());
  process.stdout.write(`done ${JSON.stringify(result.ok ? { ok: true } : result.error)}\n`);
  core.close();
  reader.close();
}

void main();
