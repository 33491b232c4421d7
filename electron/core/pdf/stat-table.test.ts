import { describe, expect, it } from 'vitest';
import { statCellText, statTableNode, statTableWidths } from './stat-table';
import { AWARDS_TABLE, MOVEMENTS_TABLE, UNIT_REPORTS_TABLE } from './yearly-report-fixtures';
import { mm, type ContentNode } from './doc';

interface TableNode {
  table: { widths: number[]; headerRows: number; body: ContentNode[][] };
}
const tableOf = (node: unknown) => (node as TableNode).table;
const texts = (row: ContentNode[]) => row.map((c) => (c.text as string | undefined) ?? null);

describe('statTableWidths', () => {
  it('fits the table, paddings and rules included, exactly into the text width', () => {
    for (const [table, width] of [
      [MOVEMENTS_TABLE, mm(165)],
      [AWARDS_TABLE, mm(252)],
      [AWARDS_TABLE, mm(165)],
    ] as const) {
      const widths = statTableWidths(table.columns, width);
      const n = widths.length;
      const total = widths.reduce((a, b) => a + b, 0) + n * 2 * 3 + (n + 1) * 0.5;
      expect(Math.abs(total - width)).toBeLessThan(0.01);
      expect(widths[0]).toBeGreaterThanOrEqual(110);
      expect(Math.min(...widths.slice(1))).toBeGreaterThan(20);
    }
  });
});

describe('statTableNode', () => {
  it('spans each column group over its columns in a two-row header', () => {
    const t = tableOf(statTableNode(AWARDS_TABLE, { width: mm(252) })[0]);
    expect(t.headerRows).toBe(2);
    const [top, bottom] = t.body;
    expect(texts(top!)).toEqual([
      'Danh hiệu, hình thức khen thưởng',
      'Tổng số',
      'Tập thể',
      'Hộ gia đình',
      'Cá nhân',
      null,
      null,
      null,
      'Tỷ lệ người trực tiếp lao động (%)',
      'Tiền thưởng (đồng)',
    ]);
    expect(top![4]!.colSpan).toBe(4);
    expect(top![0]!.rowSpan).toBe(2);
    expect(texts(bottom!).slice(4, 8)).toEqual([
      'Tổng số cá nhân',
      'Lãnh đạo, quản lý',
      'Người trực tiếp lao động, sản xuất, công tác',
      'Cá nhân khác',
    ]);
  });

  it('prints group headings, rows, and the total row in bold with ratios and money formatted', () => {
    const t = tableOf(statTableNode(AWARDS_TABLE, { width: mm(252) })[0]);
    const body = t.body.slice(2).map(texts);
    expect(body[0]![0]).toBe('Danh hiệu thi đua');
    expect(body[1]).toEqual([
      'Lao động tiên tiến',
      '120',
      '0',
      '0',
      '120',
      '10',
      '70',
      '40',
      '58,3%',
      '91.200.000',
    ]);
    expect(body[4]).toEqual(['Gia đình văn hóa', '25', '0', '25', '0', '0', '0', '0', '-', '0']);
    expect(body[5]![0]).toBe('Hình thức khen thưởng');
    const total = t.body[t.body.length - 1]!;
    expect(texts(total)).toEqual([
      'Tổng cộng',
      '245',
      '30',
      '35',
      '180',
      '20',
      '95',
      '65',
      '52,8%',
      '121.560.000',
    ]);
    expect(total.every((c) => c.bold === true)).toBe(true);
  });

  it('uses one header row without groups, and prints the note in italics', () => {
    const [table, note] = statTableNode(UNIT_REPORTS_TABLE, { width: mm(165) });
    expect(tableOf(table).headerRows).toBe(1);
    expect(note).toMatchObject({ text: 'Đơn vị tham gia phong trào của năm, hạn nộp 10/12.', italics: true });
    expect(statCellText(UNIT_REPORTS_TABLE.total, UNIT_REPORTS_TABLE.columns[4]!)).toBe('93,3%');
  });
});
