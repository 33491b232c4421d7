import { describe, expect, it } from 'vitest';
import { screen, within } from '@testing-library/react';
import { render } from '../../test/render';
import { failure, fakeApi, sent } from '../../test/fake-api';
import { AwardHistorySection } from './AwardHistorySection';
import { awardOf } from './test-fixtures';

describe('Award history section', () => {
  it('lists the awards newest first with year, award, decision link, achievement, money and số sổ vàng', async () => {
    const transport = fakeApi({
      'awards.history': {
        awards: [
          awardOf({ awardId: 1 }),
          awardOf({
            awardId: 2,
            decisionId: 3,
            year: 2024,
            decisionNumberText: '12/QĐ-UBND',
            decisionDate: '2024-07-05',
            catalogueName: 'Giấy khen của Chủ tịch UBND phường',
            catalogueKind: 'form',
            amount: 710_000,
            registerNumber: 3,
          }),
        ],
        cancelled: [],
      },
    });
    render(<AwardHistorySection kind="individual" id={42} />);
    const table = await screen.findByRole('table', { name: 'Khen thưởng đã nhận' });
    expect(sent(transport, 'awards.history')).toEqual([{ kind: 'individual', id: 42 }]);
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows).toHaveLength(2);
    expect(within(rows[0]!).getByText('Lao động tiên tiến')).toBeTruthy();
    expect(within(rows[0]!).getByText('Danh hiệu thi đua')).toBeTruthy();
    expect(within(rows[0]!).getByText('760.000 đ')).toBeTruthy();
    expect(within(rows[0]!).getByText('12')).toBeTruthy();
    expect(within(rows[0]!).getByText('Hoàn thành tốt nhiệm vụ năm 2025')).toBeTruthy();
    const link = within(rows[1]!).getByRole('link', { name: 'Số 12/QĐ-UBND ngày 05/07/2024' });
    expect(link.getAttribute('href')).toBe('#/khen-thuong/quyet-dinh/3');
    expect(within(rows[1]!).getByText('Hình thức khen thưởng')).toBeTruthy();
    expect(screen.getByText('2 lượt khen thưởng')).toBeTruthy();
    expect(screen.queryByText('Đã hủy')).toBeNull();
  });

  it('shows lines of cancelled decisions apart, marked "Đã hủy"', async () => {
    fakeApi({
      'awards.history': {
        awards: [],
        cancelled: [
          awardOf({
            awardId: 9,
            decisionId: 11,
            decisionStatus: 'cancelled',
            decisionNumberText: '01/QĐ-UBND',
          }),
        ],
      },
    });
    render(<AwardHistorySection kind="household" id={5} />);
    const table = await screen.findByRole('table', { name: 'Quyết định đã hủy' });
    expect(within(table).getByText('Đã hủy')).toBeTruthy();
    expect(
      within(table)
        .getByRole('link', { name: /01\/QĐ-UBND/ })
        .getAttribute('href'),
    ).toBe('#/khen-thuong/quyet-dinh/11');
    expect(screen.getByText('Chưa có khen thưởng nào.')).toBeTruthy();
  });

  it('says so when there is none, and gives the reason when the history cannot be read', async () => {
    fakeApi({ 'awards.history': { awards: [], cancelled: [] } });
    const { unmount } = render(<AwardHistorySection kind="collective" id={1} />);
    expect(await screen.findByText('Chưa có khen thưởng nào.')).toBeTruthy();
    unmount();
    fakeApi({ 'awards.history': failure({ code: 'INTERNAL', message: 'Ổ đĩa lỗi.' }) });
    render(<AwardHistorySection kind="collective" id={2} />);
    expect(await screen.findByText('Ổ đĩa lỗi.')).toBeTruthy();
  });
});
