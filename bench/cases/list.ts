import type Database from 'better-sqlite3';
import type { AppUnderTest } from '../context';
import { median, result, sample, type BenchResult } from '../stats';

/**
 * (b) The people list as it opens: the first 100 rows in Vietnamese order through the router
 * (validation, service, page + total). Baseline: the page alone in raw SQL on the sort_key index.
 */
export async function benchListPage(app: AppUnderTest, raw: Database.Database): Promise<BenchResult> {
  const viaRouter = await sample(50, () => app.call('people.list', {}), 3);
  const stmt = raw.prepare(
    `SELECT id, full_name, gender, birth_date, birth_year, unit_id, position, staff_category, active
     FROM people WHERE deleted_at IS NULL ORDER BY sort_key LIMIT 100`,
  );
  const plain = await sample(50, () => stmt.all(), 3);
  return result(
    'list.first-page',
    'People list, first page of 100 via router, median of 50',
    median(viaRouter),
    median(plain),
  );
}
