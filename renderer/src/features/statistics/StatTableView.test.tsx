import { describe, expect, it, vi } from 'vitest';
import { fireEvent, screen, within } from '@testing-library/react';
import { TOTAL_ROW } from '../../../../shared/domain/statistics';
import { render } from '../../test/render';
import { StatTableView } from './StatTableView';
import { AWARDS_TABLE, MOVEMENTS_TABLE } from './test-fixtures';

const table = () => screen.getByRole('table', { name: 'Biểu 2. Kết quả khen thưởng' });
const rowOf = (label: string) => screen.getByRole('row', { name: new RegExp(`^${label}`) });
const cellTexts = (row: HTMLElement) =>
  within(row)
    .getAllByRole('cell')
    .map((c) => c.textContent);

describe('StatTableView', () => {
  it('puts a group header over its columns and the ungrouped headers over both header rows', () => {
    render(<StatTableView table={AWARDS_TABLE} heading="Biểu 2. Kết quả khen thưởng" />);
    const [top, bottom] = within(table()).getAllByRole('row');
    const topHeaders = within(top!).getAllByRole('columnheader');
    expect(topHeaders.map((h) => h.textContent)).toEqual([
      'Chỉ tiêu',
      'Tập thể',
      'Hộ gia đình',
      'Cá nhân',
      'Tỷ lệ người trực tiếp lao động',
      'Tiền thưởng (đồng)',
    ]);
    expect(topHeaders[3]!.getAttribute('colspan')).toBe('3');
    expect(topHeaders[1]!.getAttribute('rowspan')).toBe('2');
    expect(
      within(bottom!)
        .getAllByRole('columnheader')
        .map((h) => h.textContent),
    ).toEqual(['Tổng số cá nhân', 'Lãnh đạo, quản lý', 'Người trực tiếp lao động']);
  });

  it('shows each group heading once above its rows, money with dots, shares with a comma, the total bold', () => {
    render(<StatTableView table={AWARDS_TABLE} heading="Biểu 2. Kết quả khen thưởng" />);
    const groupHeaders = within(table())
      .getAllByRole('columnheader')
      .filter((h) => h.getAttribute('colspan') === '8');
    expect(groupHeaders.map((h) => h.textContent)).toEqual(['Danh hiệu thi đua', 'Hình thức khen thưởng']);
    const bodyRows = within(table()).getAllByRole('row').slice(2);
    expect(bodyRows.map((r) => r.firstElementChild?.textContent)).toEqual([
      'Danh hiệu thi đua',
      'Lao động tiên tiến',
      'Chiến sĩ thi đua cơ sở',
      'Tập thể lao động tiên tiến',
      'Hình thức khen thưởng',
      'Giấy khen',
      'Tổng cộng',
    ]);

    expect(cellTexts(rowOf('Lao động tiên tiến'))).toEqual([
      '0',
      '0',
      '53',
      '5',
      '28',
      '52,8%',
      '40.280.000',
    ]);
    expect(cellTexts(rowOf('Chiến sĩ thi đua cơ sở'))).toEqual(['0', '0', '2', '2', '0', '0%', '5.060.000']);
    // No individuals: no share to give.
    expect(cellTexts(rowOf('Tập thể lao động tiên tiến'))).toEqual([
      '4',
      '0',
      '0',
      '0',
      '0',
      '-',
      '8.120.000',
    ]);
    const total = rowOf('Tổng cộng');
    expect(cellTexts(total)).toEqual(['7', '4', '65', '8', '34', '52,3%', '70.180.000']);
    expect(getComputedStyle(total).fontWeight).toBe('700');
    expect(within(total).getAllByRole('cell')[6]!.style.textAlign).toBe('right');
    expect(screen.getByText(AWARDS_TABLE.note)).toBeTruthy();
  });

  it('has a single header row and no group rows when nothing is grouped', () => {
    render(<StatTableView table={MOVEMENTS_TABLE} />);
    const t = screen.getByRole('table', { name: MOVEMENTS_TABLE.title });
    expect(within(t).getAllByRole('row')).toHaveLength(1 + 2 + 1);
    expect(cellTexts(rowOf('Thường xuyên'))).toEqual(['2', '1', '1']);
  });

  it('without a drill-down every number is plain text', () => {
    render(<StatTableView table={AWARDS_TABLE} heading="Biểu 2. Kết quả khen thưởng" />);
    expect(within(table()).queryAllByRole('button')).toEqual([]);
  });

  it('makes every non-zero cell a button opening its cell; a share opens its numerator, the total row TOTAL_ROW', () => {
    const open = vi.fn();
    render(<StatTableView table={AWARDS_TABLE} heading="Biểu 2. Kết quả khen thưởng" onOpenCell={open} />);
    const ldtt = rowOf('Lao động tiên tiến');
    // 53, 5, 28, 52,8% and the money; the two zeros stay text.
    expect(
      within(ldtt)
        .getAllByRole('button')
        .map((b) => b.textContent),
    ).toEqual(['53', '5', '28', '52,8%', '40.280.000']);
    // "0%" and "-" have nothing behind them.
    expect(within(rowOf('Chiến sĩ thi đua cơ sở')).queryByRole('button', { name: /0%/ })).toBeNull();
    expect(within(rowOf('Tập thể lao động tiên tiến')).queryByRole('button', { name: /-\./ })).toBeNull();

    fireEvent.click(
      screen.getByRole('button', {
        name: 'Lao động tiên tiến — Cá nhân, Người trực tiếp lao động: 28. Xem các bản ghi',
      }),
    );
    expect(open).toHaveBeenLastCalledWith({
      table: 'awards',
      row: 'ldtt',
      column: 'directWorker',
      kind: 'count',
    });

    fireEvent.click(within(ldtt).getByRole('button', { name: /52,8%/ }));
    expect(open).toHaveBeenLastCalledWith({
      table: 'awards',
      row: 'ldtt',
      column: 'directWorker',
      kind: 'count',
    });

    fireEvent.click(within(rowOf('Tổng cộng')).getByRole('button', { name: /70\.180\.000/ }));
    expect(open).toHaveBeenLastCalledWith({
      table: 'awards',
      row: TOTAL_ROW,
      column: 'money',
      kind: 'money',
    });
  });
});
