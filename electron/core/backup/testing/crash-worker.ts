/**
 * The process crash.test.ts kills. `tsx crash-worker.ts <data dir> import|backup`, then it works in a
 * loop until killed, reporting on stdout (a pipe: synchronous on Linux, so a line printed is a line
 * the test sees even when SIGKILL follows at once):
 * - `import`: one transaction per round inserting BATCH people through the repositories, with the
 *   import's audit row; prints `begin N` before and `commit N` after each.
 * - `backup`: verified backups into `<data>/backups`, one after the other; prints `backup <name>`.
 */
import path from 'node:path';
import { openDatabase, DB_FILE_NAME } from '../../db/connection';
import { insertPerson } from '../../db/repos/people';
import { insertAudit } from '../../db/repos/audit';
import { latestVersion } from '../../db/migrate';
import { MIGRATIONS } from '../../db/migrations';
import { dataLayout } from '../layout';
import { makeLocalBackup } from '../policy';
import { createMemoryLogger } from '../../logging/logger';
import { systemClock } from '../../clock';
import type { PersonValues } from '../../../../shared/schemas/registry/people';

export const BATCH = 5000;

const [dataDir, mode] = process.argv.slice(2) as [string, 'import' | 'backup'];
const databaseFile = path.join(dataDir, DB_FILE_NAME);
const db = openDatabase(databaseFile);
// Its own pid: tsx runs the script in a child process, and the test waits for this one to be gone.
process.stdout.write(`ready ${process.pid}\n`);

const person = (round: number, i: number): PersonValues => ({
  fullName: `Người thử ${round}-${i}`,
  gender: i % 2 === 0 ? 'male' : 'female',
  birthDate: null,
  birthYear: 1950 + (i % 50),
  unitId: null,
  position: 'Cán bộ',
  staffCategory: 'citizen',
  identityNumber: null,
  phone: null,
  address: `Số ${i}, phố Thử`,
  note: null,
  active: true,
});

if (mode === 'import') {
  for (let round = 1; ; round += 1) {
    process.stdout.write(`begin ${round}\n`);
    db.transaction(() => {
      const at = new Date().toISOString();
      for (let i = 0; i < BATCH; i += 1) insertPerson(db, person(round, i), at);
      insertAudit(db, {
        at,
        actor: 'crash test',
        entity: 'people',
        entityId: null,
        action: 'import',
        note: `round ${round}`,
      });
    })();
    process.stdout.write(`commit ${round}\n`);
  }
} else {
  const ctx = {
    layout: dataLayout(dataDir, databaseFile),
    clock: systemClock,
    log: createMemoryLogger(),
    latestVersion: latestVersion(MIGRATIONS),
  };
  for (;;) {
    const made = makeLocalBackup(db, 'manual', { daily: 60, weekly: 0, monthly: 0 }, ctx);
    process.stdout.write(`backup ${made.name}\n`);
  }
}
