import { Bar, BarChart, CartesianGrid, LabelList, Tooltip, XAxis, YAxis } from 'recharts';
import type { StatisticsCharts } from '../../../../../shared/domain/statistics';
import { formatShare } from '../../../../../shared/rules/statistics';
import { statisticsTexts as t } from '../texts';
import { ChartFrame } from './ChartFrame';
import { CHART_HEIGHT, LABEL_COLOR, chartNumber, colorOf, TOOLTIP_STYLE } from './chartFormat';

type Data = StatisticsCharts['directShareByYear'];
type Point = Data[number];

const shareOf = (value: unknown) => (typeof value === 'number' ? formatShare(value) : formatShare(null));

/** Per year, the share of direct workers among the individuals awarded, as bars labelled "52,8%". */
export function DirectShareChart({ data }: { data: Data }) {
  const empty = data.every((y) => y.individuals === 0);
  const summary = {
    columns: [t.columnYear, t.columnIndividuals, t.columnDirectWorkers, t.columnShare],
    rows: data.map((y) => [
      String(y.year),
      chartNumber(y.individuals),
      chartNumber(y.directWorkers),
      formatShare(y.share),
    ]),
  };
  return (
    <ChartFrame title={t.chartDirectShare} empty={empty} summary={summary} testId="chart-direct-share">
      {(width) => (
        <BarChart
          width={width}
          height={CHART_HEIGHT}
          data={data.map((y) => ({ ...y, year: String(y.year) }))}
          margin={{ top: 20, right: 8, bottom: 8, left: 8 }}
        >
          <CartesianGrid strokeDasharray="3 3" vertical={false} />
          <XAxis dataKey="year" label={{ value: t.axisYear, position: 'insideBottom' }} height={44} />
          <YAxis
            domain={[0, 100]}
            ticks={[0, 25, 50, 75, 100]}
            tickFormatter={(v: number) => `${v}%`}
            width={64}
            label={{
              value: t.axisShare,
              angle: -90,
              position: 'insideLeft',
              style: { textAnchor: 'middle' },
            }}
          />
          <Tooltip
            {...TOOLTIP_STYLE}
            labelFormatter={(year) => `${t.axisYear} ${String(year)}`}
            formatter={(value, _name, item) => {
              const p = item.payload as Point;
              return [
                `${shareOf(value)} (${chartNumber(p.directWorkers)}/${chartNumber(p.individuals)})`,
                t.columnShare,
              ];
            }}
          />
          <Bar dataKey="share" name={t.columnShare} fill={colorOf('teal')} isAnimationActive={false}>
            <LabelList dataKey="share" position="top" formatter={shareOf} fontSize={12} fill={LABEL_COLOR} />
          </Bar>
        </BarChart>
      )}
    </ChartFrame>
  );
}
