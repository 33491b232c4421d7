import path from 'node:path';
import Database from 'better-sqlite3';
import { DB_FILE_NAME } from '../../electron/core/db/connection';
import { systemClock } from '../../electron/core/clock';
import { createSettingsService } from '../../electron/core/services/settings';
import { createStatisticsService } from '../../electron/core/services/reports/statistics';
import type { AppUnderTest } from '../context';
import { median, result, sample, type BenchResult } from '../stats';

const RUNS = 10;

type Call = { source: string; method: 'all' | 'get' | 'run'; args: unknown[] };

/**
 * Every statement the statistics service runs for a range, with its arguments: recorded on a
 * connection of its own whose prepared statements log each call, so the baseline replays exactly
 * the queries of the yearly summary, with no app code around them. (better-sqlite3's `verbose`
 * hook prints expanded SQL, which SQLite cuts for long parameters such as the JSON of deadlines.)
 */
function capturedCalls(dataDir: string, range: { fromYear: number; toYear: number }): Call[] {
  const calls: Call[] = [];
  const db = new Database(path.join(dataDir, DB_FILE_NAME), { readonly: true });
  const prepare = db.prepare.bind(db);
  db.prepare = ((source: string) => {
    const statement = prepare(source);
    for (const method of ['all', 'get', 'run'] as const) {
      const original = statement[method].bind(statement) as (...args: unknown[]) => unknown;
      (statement as unknown as Record<string, unknown>)[method] = (...args: unknown[]) => {
        calls.push({ source, method, args });
        return original(...args);
      };
    }
    return statement;
  }) as typeof db.prepare;
  try {
    const settings = createSettingsService(db, systemClock);
    const statistics = createStatisticsService({ db, clock: systemClock, settings });
    settings.get();
    calls.length = 0; // the settings read is not part of the figures
    statistics.tables(range);
    statistics.charts(range);
  } finally {
    db.close();
  }
  return calls;
}

/**
 * The yearly summary on the large ward (10 years, 100,000 people, 200,000 award lines): its six
 * tables and four charts for the newest full year and for all ten years, through the router (zod,
 * service, envelope), median of 10; then the report's PDF (narrative, tables, charts) once warm.
 * Baseline: the same queries' SQL (captured with parameters bound) replayed on a plain connection.
 */
export async function benchReports(
  app: AppUnderTest,
  dataDir: string,
  raw: Database.Database,
): Promise<BenchResult[]> {
  // The newest full year: the seed's current year has only its first decisions.
  const perYear = raw
    .prepare(
      `SELECT d.year, count(*) AS n FROM awards a JOIN decisions d ON d.id = a.decision_id
       WHERE d.status = 'signed' GROUP BY d.year ORDER BY d.year`,
    )
    .all() as { year: number; n: number }[];
  const most = Math.max(...perYear.map((y) => y.n));
  const newest = perYear.filter((y) => y.n * 2 >= most).at(-1)!.year;
  const oldest = perYear[0]!.year;
  const lastYear = perYear.at(-1)!.year;
  const out: BenchResult[] = [];
  for (const [id, label, range] of [
    [
      'reports.summary.year',
      `Yearly summary figures of ${newest} (6 tables + 4 charts) via router, median of ${RUNS}`,
      { fromYear: newest, toYear: newest },
    ],
    [
      'reports.summary.10y',
      `Summary figures ${oldest}-${lastYear} (6 tables + 4 charts) via router, median of ${RUNS}`,
      { fromYear: oldest, toYear: lastYear },
    ],
  ] as const) {
    const calls = capturedCalls(dataDir, range).map((c) => ({ ...c, statement: raw.prepare(c.source) }));
    const viaRouter = await sample(
      RUNS,
      async () => {
        await app.call('statistics.tables', range);
        await app.call('statistics.charts', range);
      },
      2,
    );
    const plain = await sample(RUNS, () => calls.map((c) => c.statement[c.method](...c.args)), 2);
    out.push(result(id, label, median(viaRouter), median(plain)));
  }
  const pdf = await sample(3, () => app.call('yearlyReport.preview', { year: newest }), 1);
  out.push(
    result(
      'reports.summary.pdf',
      `Yearly summary PDF of ${newest} (text, 6 tables, charts), median of 3`,
      median(pdf),
      null,
    ),
  );
  return out;
}
