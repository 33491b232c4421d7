import { Bar, BarChart, CartesianGrid, Cell, LabelList, Tooltip, XAxis, YAxis } from 'recharts';
import { UNIT_REPORT_STATUSES, UNIT_REPORT_STATUS_LABELS } from '../../../../../shared/domain/reports';
import type { StatisticsCharts } from '../../../../../shared/domain/statistics';
import { statisticsTexts as t } from '../texts';
import { ChartFrame } from './ChartFrame';
import {
  CHART_HEIGHT,
  REPORT_STATUS_COLORS,
  LABEL_COLOR,
  chartNumber,
  colorOf,
  TOOLTIP_STYLE,
} from './chartFormat';

type Data = StatisticsCharts['reportStatus'];

const COUNT_OF = {
  on_time: (d: Data) => d.onTime,
  late: (d: Data) => d.late,
  pending: (d: Data) => d.pending,
  missing: (d: Data) => d.missing,
} as const;

/** The units' reports of the last year: Đúng hạn, Nộp muộn, Chưa nộp (còn hạn), Chưa nộp (quá hạn). */
export function ReportStatusChart({ data }: { data: Data }) {
  const points = UNIT_REPORT_STATUSES.map((status) => ({
    status,
    label: UNIT_REPORT_STATUS_LABELS[status],
    count: COUNT_OF[status](data),
  }));
  const empty = points.every((p) => p.count === 0);
  const summary = {
    columns: [t.columnStatus, t.columnUnits],
    rows: points.map((p) => [p.label, chartNumber(p.count)]),
  };
  return (
    <ChartFrame title={t.chartReportStatus(data.year)} empty={empty} summary={summary} testId="chart-reports">
      {(width) => (
        <BarChart
          width={width}
          height={CHART_HEIGHT}
          data={points}
          layout="vertical"
          margin={{ top: 8, right: 32, bottom: 8, left: 8 }}
        >
          <CartesianGrid strokeDasharray="3 3" horizontal={false} />
          <XAxis
            type="number"
            allowDecimals={false}
            tickFormatter={chartNumber}
            label={{ value: t.axisUnits, position: 'insideBottom' }}
            height={44}
          />
          <YAxis type="category" dataKey="label" width={128} tick={{ fontSize: 12 }} />
          <Tooltip {...TOOLTIP_STYLE} formatter={(value) => [chartNumber(value), t.columnUnits]} />
          <Bar dataKey="count" name={t.columnUnits} isAnimationActive={false}>
            {points.map((p) => (
              <Cell key={p.status} fill={colorOf(REPORT_STATUS_COLORS[p.status])} />
            ))}
            <LabelList
              dataKey="count"
              position="right"
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
