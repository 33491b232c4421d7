import type { Db } from '../../types';
import { prepared } from '../prepared';
import { rangeParams, yearsOf, type StatRange } from './common';
import { catalogueRowKey, compareCatalogueEntries, LINE_GROUP_SQL, SIGNED_IN_RANGE } from './award-lines';
import { statCellValue } from '../../../../../shared/rules/statistics';
import type { StatisticsCharts } from '../../../../../shared/domain/statistics';
import type { CatalogueKind } from '../../../../../shared/domain/awards';

/**
 * The figures of the statistics charts, one query each, on the same definitions as the tables
 * (./award-lines.ts for the award lines; models and unit reports in ./models.ts and
 * ./unit-reports.ts):
 *
 * - awardsByYear: the lines of each year by catalogue entry (series keyed as the rows of Biểu 2,
 *   only entries with lines in the range, in Biểu 2's order); every year of the range listed.
 * - directShareByYear: per year the individuals awarded and, of them, the direct workers; the share
 *   in per cent with one decimal (null without individuals), as Biểu 2's ratio.
 */

export function awardsByYear(db: Db, range: StatRange): StatisticsCharts['awardsByYear'] {
  const rows = prepared(
    db,
    `SELECT d.year, c.code, c.name, c.kind, c.rank, count(*) AS n
     FROM awards a JOIN decisions d ON d.id = a.decision_id JOIN award_catalogue c ON c.id = a.catalogue_id
     WHERE ${SIGNED_IN_RANGE}
     GROUP BY d.year, c.id`,
  ).all(rangeParams(range)) as {
    year: number;
    code: string | null;
    name: string;
    kind: CatalogueKind;
    rank: number;
    n: number;
  }[];
  const entries = rows.slice().sort(compareCatalogueEntries);
  const series = new Map<string, string>();
  for (const e of entries) {
    const key = catalogueRowKey(e.code, e.name);
    if (!series.has(key)) series.set(key, e.name);
  }
  const years = yearsOf(range).map((year) => ({
    year,
    counts: Object.fromEntries([...series.keys()].map((k) => [k, 0])) as Record<string, number>,
  }));
  for (const r of rows) years[r.year - range.fromYear]!.counts[catalogueRowKey(r.code, r.name)]! += r.n;
  return { series: [...series].map(([key, label]) => ({ key, label })), years };
}

export function directShareByYear(db: Db, range: StatRange): StatisticsCharts['directShareByYear'] {
  const rows = prepared(
    db,
    `SELECT d.year, count(a.id) FILTER (WHERE ${LINE_GROUP_SQL.individual}) AS individuals,
       count(a.id) FILTER (WHERE ${LINE_GROUP_SQL.directWorker}) AS directWorkers
     FROM awards a JOIN decisions d ON d.id = a.decision_id
     WHERE ${SIGNED_IN_RANGE}
     GROUP BY d.year`,
  ).all(rangeParams(range)) as { year: number; individuals: number; directWorkers: number }[];
  const byYear = new Map(rows.map((r) => [r.year, r]));
  return yearsOf(range).map((year) => {
    const individuals = byYear.get(year)?.individuals ?? 0;
    const directWorkers = byYear.get(year)?.directWorkers ?? 0;
    const share = statCellValue(
      { individuals, directWorkers },
      {
        key: 'share',
        label: '',
        kind: 'ratio',
        ratio: { numerator: 'directWorkers', denominator: 'individuals' },
      },
    );
    return { year, individuals, directWorkers, share };
  });
}
