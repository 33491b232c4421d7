// Horizontal bar charts of the appendix, drawn as vector rectangles (pdfmake canvas) in a table of
// label | bar | value: no raster image, no font but the embedded ones, prints sharp in grey.
import type { StatisticsCharts, StatTable } from '../../../shared/domain/statistics';
import { EXEMPLAR_STAGE_LABELS } from '../../../shared/domain/exemplars';
import { UNIT_REPORT_STATUS_LABELS, UNIT_REPORT_STATUSES } from '../../../shared/domain/reports';
import { formatNumberVi } from '../../../shared/rules/money';
import type { Content, ContentNode } from './doc';

export interface Bar {
  label: string;
  value: number;
}

const BAR_HEIGHT = 9;
const BAR_COLOUR = '#3B5B92';
const TRACK_COLOUR = '#E6E9EF';
const PAD = 3;
const VALUE_WIDTH = 48;

/** Label column share of the width (the bar takes the rest after the value column). */
const LABEL_SHARE = 0.36;

const LAYOUT = {
  hLineWidth: () => 0,
  vLineWidth: () => 0,
  paddingLeft: () => PAD,
  paddingRight: () => PAD,
  paddingTop: () => 2,
  paddingBottom: () => 2,
};

function barCell(value: number, max: number, width: number): ContentNode {
  const length = max === 0 ? 0 : Math.max(value > 0 ? 0.8 : 0, (value / max) * width);
  return {
    canvas: [
      { type: 'rect', x: 0, y: 2, w: width, h: BAR_HEIGHT, color: TRACK_COLOUR },
      ...(length > 0 ? [{ type: 'rect', x: 0, y: 2, w: length, h: BAR_HEIGHT, color: BAR_COLOUR }] : []),
    ],
  };
}

/**
 * A titled bar chart `width` points wide, kept on one page; null when every value is 0 (nothing to
 * show: the table already says so).
 */
export function barChart(title: string, bars: readonly Bar[], width: number): Content | null {
  if (bars.every((b) => b.value === 0)) return null;
  const max = Math.max(...bars.map((b) => b.value));
  const labelWidth = Math.floor(width * LABEL_SHARE);
  const barWidth = width - labelWidth - VALUE_WIDTH - 6 * PAD;
  return {
    unbreakable: true,
    margin: [0, 16, 0, 0],
    stack: [
      { text: title, bold: true, alignment: 'center', fontSize: 12, margin: [0, 0, 0, 6] },
      {
        table: {
          widths: [labelWidth, barWidth, VALUE_WIDTH],
          body: bars.map((b) => [
            { text: b.label, fontSize: 11, alignment: 'right' },
            barCell(b.value, max, barWidth),
            { text: formatNumberVi(b.value), fontSize: 11, bold: true },
          ]),
        },
        layout: LAYOUT,
      },
    ],
  };
}

/** Award lines by catalogue entry (the awards table's total column), largest first, entries with lines only. */
export function awardsBars(awards: StatTable): Bar[] {
  return awards.rows
    .map((r, i) => ({ label: r.label, value: r.cells['total'] ?? 0, i }))
    .filter((b) => b.value > 0)
    .sort((a, b) => b.value - a.value || a.i - b.i)
    .map(({ label, value }) => ({ label, value }));
}

/** Models that reached each stage in the year, in the cycle's order. */
export const modelsBars = (charts: StatisticsCharts): Bar[] =>
  (['discovered', 'nurtured', 'summarized', 'replicated'] as const).map((stage) => ({
    label: EXEMPLAR_STAGE_LABELS[stage],
    value: charts.modelsByStage[stage],
  }));

/** The units' reports of the year by status. */
export function reportStatusBars(charts: StatisticsCharts): Bar[] {
  const s = charts.reportStatus;
  const values = { on_time: s.onTime, late: s.late, pending: s.pending, missing: s.missing };
  return UNIT_REPORT_STATUSES.map((status) => ({
    label: UNIT_REPORT_STATUS_LABELS[status],
    value: values[status],
  }));
}
