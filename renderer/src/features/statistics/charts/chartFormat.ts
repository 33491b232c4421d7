import { DEFAULT_THEME, type MantineColor } from '@mantine/core';
import type { ExemplarStage } from '../../../../../shared/domain/exemplars';
import type { UnitReportStatus } from '../../../../../shared/domain/reports';
import { formatNumberVi } from '../../../../../shared/rules/money';

/** Every chart draws at this height, so a row of charts lines up and the page does not jump. */
export const CHART_HEIGHT = 260;

/** A number as the office reads it ("1.234"); a fraction (never expected on a count) with a comma. */
export function chartNumber(value: unknown): string {
  const n = Number(value);
  if (!Number.isFinite(n)) return '-';
  return Number.isInteger(n) ? formatNumberVi(n) : n.toLocaleString('vi-VN', { maximumFractionDigits: 1 });
}

/** A Mantine colour name drawn in SVG (recharts needs the value, not a CSS variable). */
export const colorOf = (name: MantineColor, shade = 6): string => DEFAULT_THEME.colors[name]?.[shade] ?? name;

/** Colours of the catalogue entries in the awards chart, reused in turn. */
const SERIES_COLORS: MantineColor[] = [
  'blue',
  'teal',
  'orange',
  'grape',
  'cyan',
  'lime',
  'pink',
  'indigo',
  'yellow',
  'red',
  'green',
  'violet',
];
// Shade 7: light enough to tell apart, dark enough to read as the tooltip's text.
export const seriesColor = (index: number): string =>
  colorOf(SERIES_COLORS[index % SERIES_COLORS.length]!, 7);

/**
 * The stage colours of exemplary models: cool while a model is being found and nurtured, warm once
 * it is summarised and spread. Named Mantine colours, so badges elsewhere can use the same ones.
 */
export const EXEMPLAR_STAGE_COLORS: Record<ExemplarStage, MantineColor> = {
  discovered: 'cyan',
  nurtured: 'blue',
  summarized: 'orange',
  replicated: 'green',
};

export const REPORT_STATUS_COLORS: Record<UnitReportStatus, MantineColor> = {
  on_time: 'green',
  late: 'yellow',
  pending: 'gray',
  missing: 'red',
};

/** Values written on bars and legend entries: dark, readable whatever the bar's colour. */
export const LABEL_COLOR = DEFAULT_THEME.colors.dark[6];

/** The tooltip of every chart: the app's small type, compact lines. */
export const TOOLTIP_STYLE = {
  contentStyle: { fontSize: 13, padding: '6px 10px', borderRadius: 4 },
  itemStyle: { padding: 0 },
  labelStyle: { fontWeight: 600, marginBottom: 2 },
} as const;
