import { describe, expect, it } from 'vitest';
import {
  awardsParagraph,
  generatedParagraphs,
  modelsParagraph,
  movementsParagraph,
  statCell,
  unitReportsSentence,
} from './report-paragraphs';
import { TOTAL_ROW, type StatColumn, type StatTable, type StatTableId } from '../domain/statistics';

/** A table with count columns `columns`, rows given as [key, values in column order]; total summed. */
function table(
  id: StatTableId,
  columns: string[],
  rows: [string, number[]][],
  extra: StatColumn[] = [],
): StatTable {
  const cols: StatColumn[] = [
    ...columns.map((key) => ({ key, label: key, kind: 'count' as const })),
    ...extra,
  ];
  const statRows = rows.map(([key, values]) => ({
    key,
    label: key,
    cells: Object.fromEntries(columns.map((c, i) => [c, values[i] ?? 0])),
  }));
  const total = Object.fromEntries(columns.map((c) => [c, statRows.reduce((s, r) => s + r.cells[c]!, 0)]));
  return { id, title: id, columns: cols, rows: statRows, total, note: '' };
}

const movements = (regular: number, periodic: number, thematic: number) =>
  table(
    'movements',
    ['total'],
    [
      ['regular', [regular]],
      ['periodic', [periodic]],
      ['thematic', [thematic]],
    ],
  );

const STAGES = ['discovered', 'nurtured', 'summarized', 'replicated', 'total'];
const AWARD_COLUMNS = [
  'total',
  'collective',
  'household',
  'individual',
  'leader',
  'directWorker',
  'otherIndividual',
  'money',
];
const DIRECT_SHARE: StatColumn = {
  key: 'directShare',
  label: 'Tỷ lệ',
  kind: 'ratio',
  ratio: { numerator: 'directWorker', denominator: 'individual' },
};
/** One catalogue row holding the year's whole figures (the paragraph reads the total row only). */
const awards = (collective: number, individual: number, direct: number, household: number, money: number) =>
  table(
    'awards',
    AWARD_COLUMNS,
    [
      [
        'lao_dong_tien_tien',
        [
          collective + individual + household,
          collective,
          household,
          individual,
          0,
          direct,
          individual - direct,
          money,
        ],
      ],
    ],
    [DIRECT_SHARE],
  );
const methods = (decisions: number) => table('awardMethods', ['decisions'], [['regular', [decisions]]]);
const unitReports = (expected: number, onTime: number, late: number, notReceived: number) =>
  table(
    'unitReports',
    ['expected', 'onTime', 'late', 'notReceived'],
    [['y2026', [expected, onTime, late, notReceived]]],
  );

describe('movementsParagraph', () => {
  it('counts the movements of each kind', () => {
    expect(movementsParagraph(2026, movements(2, 4, 2))).toBe(
      'Năm 2026, phường đã phát động, tổ chức thực hiện 8 phong trào thi đua, gồm: 2 phong trào thường xuyên, 4 phong trào theo đợt, 2 phong trào chuyên đề.',
    );
  });
  it('leaves out kinds without movements, and names a single kind once', () => {
    expect(movementsParagraph(2026, movements(3, 0, 1))).toBe(
      'Năm 2026, phường đã phát động, tổ chức thực hiện 4 phong trào thi đua, gồm: 3 phong trào thường xuyên, 1 phong trào chuyên đề.',
    );
    expect(movementsParagraph(2026, movements(0, 5, 0))).toBe(
      'Năm 2026, phường đã phát động, tổ chức thực hiện 5 phong trào thi đua theo đợt.',
    );
  });
  it('says "chưa có" when there is none (or no table)', () => {
    const none = 'Năm 2025, phường chưa có phong trào thi đua nào được phát động, tổ chức thực hiện.';
    expect(movementsParagraph(2025, movements(0, 0, 0))).toBe(none);
    expect(movementsParagraph(2025, undefined)).toBe(none);
  });
});

describe('modelsParagraph', () => {
  const models = (rows: [string, number[]][]) => table('models', STAGES, rows);
  it('lists each stage and counts the named fields', () => {
    const t = models([
      ['field:giao duc', [5, 3, 2, 1, 5]],
      ['field:y te', [4, 3, 2, 1, 4]],
      ['field:kinh te', [3, 2, 1, 0, 3]],
      ['field:moi truong', [0, 0, 0, 0, 0]],
      ['field:none', [0, 0, 0, 0, 2]],
    ]);
    expect(modelsParagraph(2026, t)).toBe(
      'Năm 2026, phường đã phát hiện 12, bồi dưỡng 8, tổng kết 5, nhân rộng 2 điển hình tiên tiến thuộc 3 lĩnh vực.',
    );
  });
  it('leaves out stages at 0 and the field count when no field is named', () => {
    expect(modelsParagraph(2026, models([['field:none', [3, 0, 0, 1, 3]]]))).toBe(
      'Năm 2026, phường đã phát hiện 3, nhân rộng 1 điển hình tiên tiến.',
    );
    expect(modelsParagraph(2026, models([['field:y te', [0, 2, 0, 0, 2]]]))).toBe(
      'Năm 2026, phường đã bồi dưỡng 2 điển hình tiên tiến thuộc 1 lĩnh vực.',
    );
  });
  it('says "chưa có" when no model moved', () => {
    expect(modelsParagraph(2026, models([['field:y te', [0, 0, 0, 0, 0]]]))).toBe(
      'Năm 2026, phường chưa có điển hình tiên tiến nào được phát hiện, bồi dưỡng, tổng kết hoặc nhân rộng.',
    );
  });
});

describe('awardsParagraph', () => {
  it('writes the decisions, the recipients by kind, the direct workers share and the money', () => {
    expect(awardsParagraph(2026, awards(30, 180, 95, 35, 120_450_000), methods(12))).toBe(
      'Chủ tịch UBND phường đã ban hành 12 quyết định khen thưởng cho 245 lượt tập thể, cá nhân và hộ gia đình, ' +
        'trong đó: 30 tập thể, 180 cá nhân (người trực tiếp lao động, sản xuất, công tác: 95, chiếm 52,8%), ' +
        '35 hộ gia đình; tổng số tiền thưởng 120.450.000 đồng.',
    );
  });
  it('leaves out kinds at 0, the direct workers when none, the money when none', () => {
    expect(awardsParagraph(2026, awards(2, 8, 0, 0, 0), methods(3))).toBe(
      'Chủ tịch UBND phường đã ban hành 3 quyết định khen thưởng cho 10 lượt tập thể và cá nhân, trong đó: 2 tập thể, 8 cá nhân.',
    );
    expect(awardsParagraph(2026, awards(0, 3, 1, 0, 2_280_000), methods(1))).toBe(
      'Chủ tịch UBND phường đã ban hành 1 quyết định khen thưởng cho 3 lượt cá nhân ' +
        '(người trực tiếp lao động, sản xuất, công tác: 1, chiếm 33,3%); tổng số tiền thưởng 2.280.000 đồng.',
    );
    expect(awardsParagraph(2026, awards(0, 0, 0, 1200, 1_368_000_000), methods(4))).toBe(
      'Chủ tịch UBND phường đã ban hành 4 quyết định khen thưởng cho 1.200 lượt hộ gia đình; tổng số tiền thưởng 1.368.000.000 đồng.',
    );
  });
  it('says "chưa" when there is no award', () => {
    expect(awardsParagraph(2026, awards(0, 0, 0, 0, 0), methods(0))).toBe(
      'Năm 2026, Chủ tịch UBND phường chưa ban hành quyết định khen thưởng nào.',
    );
    expect(awardsParagraph(2026, undefined, undefined)).toBe(
      'Năm 2026, Chủ tịch UBND phường chưa ban hành quyết định khen thưởng nào.',
    );
  });
});

describe('unitReportsSentence', () => {
  it('counts on time out of expected, then late and missing', () => {
    expect(unitReportsSentence(2026, unitReports(30, 28, 1, 1))).toBe(
      'Có 28/30 đơn vị nộp báo cáo tổng kết đúng hạn, 1 đơn vị nộp muộn, 1 đơn vị chưa nộp.',
    );
    expect(unitReportsSentence(2026, unitReports(12, 12, 0, 0))).toBe(
      'Có 12/12 đơn vị nộp báo cáo tổng kết đúng hạn.',
    );
    expect(unitReportsSentence(2026, unitReports(12, 10, 0, 2))).toBe(
      'Có 10/12 đơn vị nộp báo cáo tổng kết đúng hạn, 2 đơn vị chưa nộp.',
    );
  });
  it('reads naturally when none is on time or none is expected', () => {
    expect(unitReportsSentence(2026, unitReports(5, 0, 2, 3))).toBe(
      'Trong 5 đơn vị phải nộp báo cáo tổng kết, chưa có đơn vị nào nộp đúng hạn: 2 đơn vị nộp muộn, 3 đơn vị chưa nộp.',
    );
    expect(unitReportsSentence(2026, unitReports(0, 0, 0, 0))).toBe(
      'Năm 2026, chưa có đơn vị nào thuộc diện phải nộp báo cáo tổng kết.',
    );
  });
});

describe('generatedParagraphs', () => {
  it('writes the three generated sections, the unit reports as the second paragraph of awards', () => {
    const report = {
      fromYear: 2026,
      toYear: 2026,
      tables: [movements(1, 0, 0), awards(1, 0, 0, 0, 1_520_000), methods(1), unitReports(2, 2, 0, 0)],
    };
    const first = generatedParagraphs(2026, report);
    expect(first).toEqual({
      movements: 'Năm 2026, phường đã phát động, tổ chức thực hiện 1 phong trào thi đua thường xuyên.',
      models:
        'Năm 2026, phường chưa có điển hình tiên tiến nào được phát hiện, bồi dưỡng, tổng kết hoặc nhân rộng.',
      awards:
        'Chủ tịch UBND phường đã ban hành 1 quyết định khen thưởng cho 1 lượt tập thể; tổng số tiền thưởng 1.520.000 đồng.\n' +
        'Có 2/2 đơn vị nộp báo cáo tổng kết đúng hạn.',
    });
    // Regenerated from the same figures: the same text.
    expect(generatedParagraphs(2026, structuredClone(report))).toEqual(first);
  });

  it('reads a cell, 0 for an unknown table, row or column', () => {
    const t = movements(2, 1, 0);
    expect(statCell(t, 'regular', 'total')).toBe(2);
    expect(statCell(t, TOTAL_ROW, 'total')).toBe(3);
    expect(statCell(t, 'nope', 'total')).toBe(0);
    expect(statCell(t, 'regular', 'nope')).toBe(0);
    expect(statCell(undefined, TOTAL_ROW, 'total')).toBe(0);
  });
});
