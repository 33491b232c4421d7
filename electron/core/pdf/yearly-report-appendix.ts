// The appendix of the yearly summary: "PHỤ LỤC", then each statistics table ("Biểu số n"), wide
// tables on A4 landscape pages, with a bar chart under the tables a picture helps (awards by entry,
// models by stage, unit reports by status). Short tables of the same orientation share a page, each
// kept whole with its title; a long one starts a page of its own and runs on with its header.
// statTablesPart is the tables part alone, also printed on its own (statistics-report.ts).
import type {
  StatisticsCharts,
  StatisticsReport,
  StatTable,
  StatTableId,
} from '../../../shared/domain/statistics';
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

/** "năm 2026" / "từ năm 2021 đến năm 2026": the years a chart counts. */
const yearsPhrase = (s: StatisticsReport): string =>
  s.fromYear === s.toYear ? `năm ${s.fromYear}` : `từ năm ${s.fromYear} đến năm ${s.toYear}`;

/** The chart under a table, when one helps. */
const CHARTS: Partial<
  Record<
    StatTableId,
    {
      title: (s: StatisticsReport, c: StatisticsCharts) => string;
      bars: (t: StatTable, c: StatisticsCharts) => Bar[];
    }
  >
> = {
  awards: {
    title: (s) => `Số lượt khen thưởng theo danh hiệu, hình thức khen thưởng ${yearsPhrase(s)}`,
    bars: (t) => awardsBars(t),
  },
  models: {
    title: (s) => `Điển hình tiên tiến theo giai đoạn ${yearsPhrase(s)}`,
    bars: (_t, c) => modelsBars(c),
  },
  // The report status chart counts the last year of the range only.
  unitReports: {
    title: (_s, c) => `Tình hình nộp báo cáo tổng kết của các đơn vị năm ${c.reportStatus.year}`,
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

/** What the tables part prints: the tables, their charts and the heading above the first table. */
export interface StatTablesPart {
  statistics: StatisticsReport;
  charts: StatisticsCharts;
  /** Printed above "Biểu số 1", kept on its page. */
  heading: Content[];
  /**
   * The orientation of the page the part starts on, when it starts on the current page (a document
   * of its own); null starts it on a new page (the appendix after the report's signature).
   */
  startOn: Orientation | null;
}

/** The tables ("Biểu số n") with their charts; a page break wherever the orientation changes. */
export function statTablesPart(p: StatTablesPart, widths: TextWidths): Content[] {
  const out: Content[] = [];
  let chartNumber = 0;
  let previous: Orientation | null = p.startOn;
  p.statistics.tables.forEach((table, i) => {
    const orientation = orientationOf(table);
    const width = widths[orientation];
    const short = table.rows.length <= SHORT_TABLE_ROWS;
    const block: Content[] = [];
    if (i === 0) block.push(...p.heading);
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
        text: yearsLine(p.statistics.fromYear, p.statistics.toYear),
        italics: true,
        alignment: 'center',
        fontSize: 12,
        margin: [0, 0, 0, 8],
      },
      ...statTableNode(table, { width }),
    );
    // The first table stays under the heading on the page the part starts on.
    const newPage = i === 0 ? previous !== orientation : previous !== orientation || !short;
    const node: ContentNode = {
      stack: block,
      margin: [0, newPage || i === 0 ? 0 : 22, 0, 0],
      ...(short ? { unbreakable: true } : {}),
      ...(newPage ? { pageBreak: 'before', pageOrientation: orientation } : {}),
    };
    out.push(node);
    previous = orientation;
    const chart = CHARTS[table.id];
    const chartNode = chart
      ? barChart(
          `Biểu đồ ${chartNumber + 1}. ${chart.title(p.statistics, p.charts)}`,
          chart.bars(table, p.charts),
          width,
        )
      : null;
    if (chartNode !== null) {
      chartNumber += 1;
      out.push(chartNode);
    }
  });
  return out;
}

/** The appendix: a new page, "PHỤ LỤC" and its line, then the tables. */
export function reportAppendix(d: YearlyReportDocumentData, widths: TextWidths): Content[] {
  return statTablesPart(
    { statistics: d.statistics, charts: d.charts, heading: appendixHeading(d), startOn: null },
    widths,
  );
}
