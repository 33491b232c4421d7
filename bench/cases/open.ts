import Database from 'better-sqlite3';
import path from 'node:path';
import { DB_FILE_NAME } from '../../electron/core/db/connection';
import { startCore } from '../../electron/core/app';
import { APP_VERSION } from '../context';
import { median, result, sample, type BenchResult } from '../stats';

/**
 * (a) Start-up on the large file: startCore opens it, sets the pragmas, checks and applies
 * migrations and builds the services. Baseline: open the file and run one trivial query.
 */
export async function benchOpen(dataDir: string): Promise<BenchResult> {
  const app = await sample(7, () => startCore({ dataDir, appVersion: APP_VERSION }).close());
  const raw = await sample(7, () => {
    const db = new Database(path.join(dataDir, DB_FILE_NAME));
    db.prepare('SELECT 1').get();
    db.close();
  });
  return result(
    'open',
    'Open + migrate the large database (startCore), median of 7',
    median(app),
    median(raw),
  );
}
