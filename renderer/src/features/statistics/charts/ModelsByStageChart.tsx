import { Bar, BarChart, CartesianGrid, Cell, LabelList, Tooltip, XAxis, YAxis } from 'recharts';
import { EXEMPLAR_STAGES, EXEMPLAR_STAGE_LABELS } from '../../../../../shared/domain/exemplars';
import type { StatisticsCharts } from '../../../../../shared/domain/statistics';
import { statisticsTexts as t } from '../texts';
import { ChartFrame } from './ChartFrame';
import {
  CHART_HEIGHT,
  EXEMPLAR_STAGE_COLORS,
  LABEL_COLOR,
  chartNumber,
  colorOf,
  TOOLTIP_STYLE,
} from './chartFormat';

/** Models that reached each stage (phát hiện → bồi dưỡng → tổng kết → nhân rộng), one colour per stage. */
export function ModelsByStageChart({ data }: { data: StatisticsCharts['modelsByStage'] }) {
  const points = EXEMPLAR_STAGES.map((stage) => ({
    stage,
    label: EXEMPLAR_STAGE_LABELS[stage],
    count: data[stage],
  }));
  const empty = points.every((p) => p.count === 0);
  const summary = {
    columns: [t.columnStage, t.columnModels],
    rows: points.map((p) => [p.label, chartNumber(p.count)]),
  };
  return (
    <ChartFrame title={t.chartModelsByStage} empty={empty} summary={summary} testId="chart-models">
      {(width) => (
        <BarChart
          width={width}
          height={CHART_HEIGHT}
          data={points}
          margin={{ top: 20, right: 8, bottom: 8, left: 8 }}
        >
          <CartesianGrid strokeDasharray="3 3" vertical={false} />
          <XAxis
            dataKey="label"
            interval={0}
            tick={{ fontSize: 12 }}
            label={{ value: t.axisStage, position: 'insideBottom' }}
            height={44}
          />
          <YAxis
            allowDecimals={false}
            tickFormatter={chartNumber}
            width={64}
            label={{
              value: t.axisModels,
              angle: -90,
              position: 'insideLeft',
              style: { textAnchor: 'middle' },
            }}
          />
          <Tooltip {...TOOLTIP_STYLE} formatter={(value) => [chartNumber(value), t.columnModels]} />
          <Bar dataKey="count" name={t.columnModels} isAnimationActive={false}>
            {points.map((p) => (
              <Cell key={p.stage} fill={colorOf(EXEMPLAR_STAGE_COLORS[p.stage])} />
            ))}
            <LabelList
              dataKey="count"
              position="top"
              formatter={chartNumber}
              fontSize={12}
              fill={LABEL_COLOR}
            />
          </Bar>
        </BarChart>
      )}
    </ChartFrame>
  );
}
