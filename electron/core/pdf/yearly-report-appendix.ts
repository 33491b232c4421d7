// The appendix of the yearly summary: "PHỤ LỤC", then each statistics table ("Biểu số n"), wide
// tables on A4 landscape pages, with a bar chart under the tables a picture helps (awards by entry,
// models by stage, unit reports by status). Short tables of the same orientation share a page, each
// kept whole with its title; a long one starts a page of its own and runs on with its header.
import type { StatisticsCharts, StatTable, StatTableId } from '../../../shared/domain/statistics';
import type { Content, ContentNode } from './doc';
import { upperVi } from './certificate-text';
import { centredRule } from './decision-header';
import { statTableNode } from './stat-table';
import { awardsBars, barChart, modelsBars, reportStatusBars, type Bar } from './yearly-report-charts';
import { appendixLine } from './yearly-report-text';
import type { YearlyReportDocumentData } from './yearly-report-data';

/** Tables with this many columns or more go on a landscape page (awards, awardMethods). */
export const WIDE_TABLE_COLUMNS = 8;

export type Orientation = 'portrait' | 'landscape';
export const orientationOf = (t: StatTable): Orientation =>
  t.columns.length >= WIDE_TABLE_COLUMNS ? 'landscape' : 'portrait';

/** Tables with at most this many rows are kept whole (title included) on one page. */
export const SHORT_TABLE_ROWS = 20;

/** Text widths in points of a portrait and a landscape page. */
export interface TextWidths {
  portrait: number;
  landscape: number;
}

/** The chart under a table, when one helps. */
const CHARTS: Partial<
  Record<StatTableId, { title: (year: number) => string; bars: (t: StatTable, c: StatisticsCharts) => Bar[] }>
> = {
  awards: {
    title: (y) => `Số lượt khen thưởng theo danh hiệu, hình thức khen thưởng năm ${y}`,
    bars: (t) => awardsBars(t),
  },
  models: {
    title: (y) => `Điển hình tiên tiến theo giai đoạn năm ${y}`,
    bars: (_t, c) => modelsBars(c),
  },
  unitReports: {
    title: (y) => `Tình hình nộp báo cáo tổng kết của các đơn vị năm ${y}`,
    bars: (_t, c) => reportStatusBars(c),
  },
};

const yearsLine = (from: number, to: number): string =>
  from === to ? `Năm ${from}` : `Từ năm ${from} đến năm ${to}`;

function appendixHeading(d: YearlyReportDocumentData): Content[] {
  return [
    { text: 'PHỤ LỤC', bold: true, alignment: 'center' },
    { text: appendixLine(d), bold: true, alignment: 'center', margin: [10, 0, 10, 0] },
    centredRule(90, 3),
  ];
}

/** The appendix: a new page, then the tables; a page break wherever the orientation changes. */
export function reportAppendix(d: YearlyReportDocumentData, widths: TextWidths): Content[] {
  const out: Content[] = [];
  let chartNumber = 0;
  let previous: Orientation | null = null;
  d.statistics.tables.forEach((table, i) => {
    const orientation = orientationOf(table);
    const width = widths[orientation];
    const short = table.rows.length <= SHORT_TABLE_ROWS;
    const block: Content[] = [];
    if (i === 0) block.push(...appendixHeading(d));
    block.push(
      {
        text: `Biểu số ${i + 1}`,
        bold: true,
        italics: true,
        fontSize: 12,
        margin: [0, i === 0 ? 12 : 0, 0, 2],
      },
      { text: upperVi(table.title), bold: true, alignment: 'center', fontSize: 13 },
      {
        text: yearsLine(d.statistics.fromYear, d.statistics.toYear),
        italics: true,
        alignment: 'center',
        fontSize: 12,
        margin: [0, 0, 0, 8],
      },
      ...statTableNode(table, { width }),
    );
    const newPage = previous !== orientation || !short;
    const node: ContentNode = {
      stack: block,
      margin: [0, newPage ? 0 : 22, 0, 0],
      ...(short ? { unbreakable: true } : {}),
      ...(newPage ? { pageBreak: 'before', pageOrientation: orientation } : {}),
    };
    out.push(node);
    previous = orientation;
    const chart = CHARTS[table.id];
    const chartNode = chart
      ? barChart(`Biểu đồ ${chartNumber + 1}. ${chart.title(d.year)}`, chart.bars(table, d.charts), width)
      : null;
    if (chartNode !== null) {
      chartNumber += 1;
      out.push(chartNode);
    }
  });
  return out;
}
