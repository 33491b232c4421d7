// The paragraphs of figures the yearly summary prints before the officer's own text (movements,
// models, awards): written from the statistics tables on every preview, never stored, so the text
// always matches the attached tables. Parts that are 0 are left out; when everything is 0 the
// sentence says "chưa có ...".
import {
  NO_FIELD_ROW,
  TOTAL_ROW,
  yearRowKey,
  type StatisticsReport,
  type StatTable,
  type StatTableId,
} from '../domain/statistics';
import type { SummarySectionKey } from '../domain/reports';
import { formatNumberVi } from './money';
import { formatShare, statCellValue } from './statistics';

/**
 * A cell of a table (TOTAL_ROW for the total row), 0 when the table, the row or the column is absent
 * (a table of an older package, a year without rows).
 */
export function statCell(table: StatTable | undefined, row: string, column: string): number {
  if (!table) return 0;
  const cells = row === TOTAL_ROW ? table.total : table.rows.find((r) => r.key === row)?.cells;
  return cells?.[column] ?? 0;
}

const n = formatNumberVi;
const tableOf = (report: StatisticsReport, id: StatTableId) => report.tables.find((t) => t.id === id);

/** The year's row of a per-year table (money, unit reports), else its total. */
const yearRow = (table: StatTable | undefined, year: number): string =>
  table?.rows.some((r) => r.key === yearRowKey(year)) ? yearRowKey(year) : TOTAL_ROW;

const MOVEMENT_KINDS = [
  ['regular', 'thường xuyên'],
  ['periodic', 'theo đợt'],
  ['thematic', 'chuyên đề'],
] as const;

/**
 * "Năm 2026, phường đã phát động, tổ chức thực hiện 8 phong trào thi đua, gồm: 2 phong trào thường
 * xuyên, 4 phong trào theo đợt, 2 phong trào chuyên đề." (movements table: rows by kind, column total)
 */
export function movementsParagraph(year: number, movements: StatTable | undefined): string {
  const total = statCell(movements, TOTAL_ROW, 'total');
  if (total === 0)
    return `Năm ${year}, phường chưa có phong trào thi đua nào được phát động, tổ chức thực hiện.`;
  const kinds = MOVEMENT_KINDS.map(([key, label]) => ({
    count: statCell(movements, key, 'total'),
    label,
  })).filter((k) => k.count > 0);
  const lead = `Năm ${year}, phường đã phát động, tổ chức thực hiện ${n(total)} phong trào thi đua`;
  // One kind only: "3 phong trào thi đua thường xuyên" instead of repeating the same number.
  if (kinds.length === 1 && kinds[0]!.count === total) return `${lead} ${kinds[0]!.label}.`;
  if (kinds.length === 0) return `${lead}.`;
  return `${lead}, gồm: ${kinds.map((k) => `${n(k.count)} phong trào ${k.label}`).join(', ')}.`;
}

const STAGES = [
  ['discovered', 'phát hiện'],
  ['nurtured', 'bồi dưỡng'],
  ['summarized', 'tổng kết'],
  ['replicated', 'nhân rộng'],
] as const;

/**
 * "Năm 2026, phường đã phát hiện 12, bồi dưỡng 8, tổng kết 5, nhân rộng 2 điển hình tiên tiến thuộc
 * 4 lĩnh vực." (models table: columns by stage, rows by field; the unnamed field is not counted)
 */
export function modelsParagraph(year: number, models: StatTable | undefined): string {
  const stages = STAGES.map(([key, verb]) => ({ count: statCell(models, TOTAL_ROW, key), verb })).filter(
    (s) => s.count > 0,
  );
  if (stages.length === 0)
    return `Năm ${year}, phường chưa có điển hình tiên tiến nào được phát hiện, bồi dưỡng, tổng kết hoặc nhân rộng.`;
  const fields = (models?.rows ?? []).filter(
    (r) => r.key !== NO_FIELD_ROW && STAGES.some(([key]) => (r.cells[key] ?? 0) > 0),
  ).length;
  const where = fields > 0 ? ` thuộc ${n(fields)} lĩnh vực` : '';
  return `Năm ${year}, phường đã ${stages.map((s) => `${s.verb} ${n(s.count)}`).join(', ')} điển hình tiên tiến${where}.`;
}

/**
 * "Chủ tịch UBND phường đã ban hành 12 quyết định khen thưởng cho 245 lượt tập thể, cá nhân và hộ gia
 * đình, trong đó: 30 tập thể, 180 cá nhân (người trực tiếp lao động, sản xuất, công tác: 95, chiếm
 * 52,8%), 35 hộ gia đình; tổng số tiền thưởng 120.450.000 đồng." (awards table total row; the number
 * of decisions from the awardMethods table)
 */
export function awardsParagraph(
  year: number,
  awards: StatTable | undefined,
  awardMethods: StatTable | undefined,
): string {
  const at = (column: string) => statCell(awards, TOTAL_ROW, column);
  const decisions = statCell(awardMethods, TOTAL_ROW, 'decisions');
  const total = at('total');
  const money = at('money');
  if (total === 0)
    return decisions === 0
      ? `Năm ${year}, Chủ tịch UBND phường chưa ban hành quyết định khen thưởng nào.`
      : `Chủ tịch UBND phường đã ban hành ${n(decisions)} quyết định khen thưởng.`;

  const individuals = at('individual');
  const direct = at('directWorker');
  const directShare = awards?.columns.find((c) => c.key === 'directShare');
  const share = directShare
    ? statCellValue(awards!.total, directShare)
    : statCellValue(
        { directWorker: direct, individual: individuals },
        {
          key: 'directShare',
          label: '',
          kind: 'ratio',
          ratio: { numerator: 'directWorker', denominator: 'individual' },
        },
      );
  const directPart =
    direct > 0
      ? ` (người trực tiếp lao động, sản xuất, công tác: ${n(direct)}, chiếm ${formatShare(share)})`
      : '';
  const groups = [
    { count: at('collective'), word: 'tập thể', extra: '' },
    { count: individuals, word: 'cá nhân', extra: directPart },
    { count: at('household'), word: 'hộ gia đình', extra: '' },
  ].filter((g) => g.count > 0);

  const words = groups.map((g) => g.word);
  const who =
    words.length > 1 ? `${words.slice(0, -1).join(', ')} và ${words[words.length - 1]}` : (words[0] ?? '');
  const verb =
    decisions > 0 ? `đã ban hành ${n(decisions)} quyết định khen thưởng cho` : 'đã khen thưởng cho';
  let sentence = `Chủ tịch UBND phường ${verb} ${n(total)} lượt ${who}`;
  if (groups.length > 1)
    sentence += `, trong đó: ${groups.map((g) => `${n(g.count)} ${g.word}${g.extra}`).join(', ')}`;
  else sentence += groups[0]?.extra ?? '';
  if (money > 0) sentence += `; tổng số tiền thưởng ${n(money)} đồng`;
  return `${sentence}.`;
}

/**
 * "Có 28/30 đơn vị nộp báo cáo tổng kết đúng hạn, 1 đơn vị nộp muộn, 1 đơn vị chưa nộp." (unitReports
 * table, the year's row: expected, onTime, late, notReceived)
 */
export function unitReportsSentence(year: number, unitReports: StatTable | undefined): string {
  const row = yearRow(unitReports, year);
  const at = (column: string) => statCell(unitReports, row, column);
  const expected = at('expected');
  if (expected === 0) return `Năm ${year}, chưa có đơn vị nào thuộc diện phải nộp báo cáo tổng kết.`;
  const onTime = at('onTime');
  const rest = [
    [at('late'), 'nộp muộn'],
    [at('notReceived'), 'chưa nộp'],
  ] as const;
  const others = rest.filter(([count]) => count > 0).map(([count, what]) => `${n(count)} đơn vị ${what}`);
  if (onTime > 0)
    return `Có ${n(onTime)}/${n(expected)} đơn vị nộp báo cáo tổng kết đúng hạn${others.map((o) => `, ${o}`).join('')}.`;
  return `Trong ${n(expected)} đơn vị phải nộp báo cáo tổng kết, chưa có đơn vị nào nộp đúng hạn: ${others.join(', ')}.`;
}

/**
 * The generated paragraphs of a year, by section: movements, models, and awards (the awards
 * sentence, then the unit reports sentence as a second paragraph, separated by a line break).
 */
export function generatedParagraphs(
  year: number,
  report: StatisticsReport,
): Partial<Record<SummarySectionKey, string>> {
  return {
    movements: movementsParagraph(year, tableOf(report, 'movements')),
    models: modelsParagraph(year, tableOf(report, 'models')),
    awards: [
      awardsParagraph(year, tableOf(report, 'awards'), tableOf(report, 'awardMethods')),
      unitReportsSentence(year, tableOf(report, 'unitReports')),
    ].join('\n'),
  };
}
