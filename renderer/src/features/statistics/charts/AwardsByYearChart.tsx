import { Bar, BarChart, CartesianGrid, Legend, Tooltip, XAxis, YAxis } from 'recharts';
import type { StatisticsCharts } from '../../../../../shared/domain/statistics';
import { statisticsTexts as t } from '../texts';
import { ChartFrame } from './ChartFrame';
import { CHART_HEIGHT, LABEL_COLOR, chartNumber, seriesColor, TOOLTIP_STYLE } from './chartFormat';

type Data = StatisticsCharts['awardsByYear'];

const countOf = (counts: Record<string, number>, key: string) => counts[key] ?? 0;
const totalOf = (counts: Record<string, number>) => Object.values(counts).reduce((a, b) => a + b, 0);

/** Award lines of signed decisions per year, one stacked bar per year, one colour per catalogue entry. */
export function AwardsByYearChart({ data }: { data: Data }) {
  const empty = data.series.length === 0 || data.years.every((y) => totalOf(y.counts) === 0);
  const summary = {
    columns: [t.columnYear, ...data.series.map((s) => s.label), t.columnTotal],
    rows: data.years.map((y) => [
      String(y.year),
      ...data.series.map((s) => chartNumber(countOf(y.counts, s.key))),
      chartNumber(totalOf(y.counts)),
    ]),
  };
  return (
    <ChartFrame title={t.chartAwardsByYear} empty={empty} summary={summary} testId="chart-awards">
      {(width) => (
        <BarChart
          width={width}
          height={CHART_HEIGHT}
          data={data.years.map((y) => ({ year: String(y.year), counts: y.counts }))}
          margin={{ top: 8, right: 8, bottom: 8, left: 8 }}
        >
          <CartesianGrid strokeDasharray="3 3" vertical={false} />
          <XAxis dataKey="year" label={{ value: t.axisYear, position: 'insideBottom' }} height={44} />
          <YAxis
            allowDecimals={false}
            tickFormatter={chartNumber}
            width={64}
            label={{
              value: t.axisAwards,
              angle: -90,
              position: 'insideLeft',
              style: { textAnchor: 'middle' },
            }}
          />
          <Tooltip
            {...TOOLTIP_STYLE}
            formatter={(value) => chartNumber(value)}
            labelFormatter={(year) => `${t.axisYear} ${String(year)}`}
          />
          <Legend
            wrapperStyle={{ fontSize: 12 }}
            formatter={(value) => <span style={{ color: LABEL_COLOR }}>{String(value)}</span>}
          />
          {data.series.map((s, i) => (
            // A function key: series keys hold dots and colons that a string path would split.
            <Bar
              key={s.key}
              name={s.label}
              dataKey={(row: { counts: Record<string, number> }) => countOf(row.counts, s.key)}
              stackId="awards"
              fill={seriesColor(i)}
              isAnimationActive={false}
            />
          ))}
        </BarChart>
      )}
    </ChartFrame>
  );
}
