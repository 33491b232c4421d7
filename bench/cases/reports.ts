import path from 'node:path';
import Database from 'better-sqlite3';
import { DB_FILE_NAME } from '../../electron/core/db/connection';
import { systemClock } from '../../electron/core/clock';
import { createSettingsService } from '../../electron/core/services/settings';
import { createStatisticsService } from '../../electron/core/services/reports/statistics';
import type { AppUnderTest } from '../context';
import { median, result, sample, type BenchResult } from '../stats';

const RUNS = 10;

/**
 * Every SQL text the statistics service runs for a range, with its parameters bound: captured
 * through better-sqlite3's `verbose` hook (sqlite3_expanded_sql) on a connection of its own, so
 * the baseline replays exactly the queries of the yearly summary, with no app code around them.
 */
function capturedQueries(dataDir: string, range: { fromYear: number; toYear: number }): string[] {
  const queries: string[] = [];
  const db = new Database(path.join(dataDir, DB_FILE_NAME), {
    readonly: true,
    verbose: (sql) => queries.push(String(sql)),
  });
  try {
    const settings = createSettingsService(db, systemClock);
    const statistics = createStatisticsService({ db, clock: systemClock, settings });
    settings.get();
    queries.length = 0; // the settings read is not part of the figures
    statistics.tables(range);
    statistics.charts(range);
  } finally {
    db.close();
  }
  return queries;
}

/**
 * The yearly summary on the large ward (10 years, 100,000 people, 200,000 award lines): its six
 * tables and four charts for the newest year and for all ten years, through the router (zod,
 * service, envelope), median of 10; then the report's PDF (narrative, tables, charts) once warm.
 * Baseline: the same queries' SQL (captured with parameters bound) replayed on a plain connection.
 */
export async function benchReports(app: AppUnderTest, dataDir: string, raw: Database.Database): Promise<BenchResult[]> {
  const { newest, oldest } = raw
    .prepare(`SELECT max(year) AS newest, min(year) AS oldest FROM decisions WHERE status = 'signed'`)
    .get() as { newest: number; oldest: number };
  const out: BenchResult[] = [];
  for (const [id, label, range] of [
    ['reports.summary.year', `Yearly summary figures of ${newest} (6 tables + 4 charts) via router, median of ${RUNS}`, { fromYear: newest, toYear: newest }],
    ['reports.summary.10y', `Summary figures ${oldest}-${newest} (6 tables + 4 charts) via router, median of ${RUNS}`, { fromYear: oldest, toYear: newest }],
  ] as const) {
    const sql = capturedQueries(dataDir, range).map((text) => raw.prepare(text));
    const viaRouter = await sample(
      RUNS,
      async () => {
        await app.call('statistics.tables', range);
        await app.call('statistics.charts', range);
      },
      2,
    );
    const plain = await sample(RUNS, () => sql.map((s) => (s.reader ? s.all() : s.run())), 2);
    out.push(result(id, label, median(viaRouter), median(plain)));
  }
  const pdf = await sample(3, () => app.call('yearlyReport.preview', { year: newest }), 1);
  out.push(result('reports.summary.pdf', `Yearly summary PDF of ${newest} (text, 6 tables, charts), median of 3`, median(pdf), null));
  return out;
}
