import { beforeEach, describe, expect, it } from 'vitest';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { render } from '../../test/render';
import { fakeApi, sent } from '../../test/fake-api';
import { UNITS } from '../../test/registry-fixtures';
import { AwardLookupPanel } from './AwardLookupPanel';
import { initialLookupFilter, useAwardLookup } from './lookupStore';
import { awardOf } from './test-fixtures';

const YEAR = new Date().getFullYear();
const ROWS = [
  awardOf({ awardId: 1, name: 'Trần Văn Bình', recipientId: 8, amount: 760_000 }),
  awardOf({ awardId: 2, recipientKind: 'household', recipientId: 3, name: 'Đặng Văn Dũng', amount: 0 }),
];

const replies = () => ({
  'awards.search': { total: 2, totalAmount: 760_000, offset: 0, rows: ROWS },
  'catalogue.list': [],
  'units.list': UNITS,
  'awards.export': {
    saved: true as const,
    fileName: 'khen-thuong.xlsx',
    location: '/tmp/khen-thuong.xlsx',
    sizeBytes: 10,
  },
});

beforeEach(() => {
  useAwardLookup.setState({
    ...useAwardLookup.getInitialState(),
    filter: initialLookupFilter(),
  });
});

describe('Award lookup tab', () => {
  it('asks for this year, shows the count and the money, and the rows with links', async () => {
    const transport = fakeApi(replies());
    render(<AwardLookupPanel />);
    expect(await screen.findByText('2 lượt khen thưởng · tổng tiền thưởng 760.000 đ')).toBeTruthy();
    expect(sent(transport, 'awards.search')[0]).toMatchObject({ year: YEAR, offset: 0, search: '' });
    const table = screen.getByRole('table', { name: 'Kết quả tra cứu khen thưởng' });
    expect(within(table).getByRole('link', { name: 'Trần Văn Bình' }).getAttribute('href')).toBe(
      '#/ca-nhan/8',
    );
    expect(within(table).getByRole('link', { name: 'Đặng Văn Dũng' }).getAttribute('href')).toBe(
      '#/ho-gia-dinh/3',
    );
    expect(within(table).getAllByRole('link', { name: '05/QĐ-UBND' })[0]!.getAttribute('href')).toBe(
      '#/khen-thuong/quyet-dinh/7',
    );
    expect(within(table).getByText('760.000 đ')).toBeTruthy();
  });

  it('sends a year range, a kind and the name typed, and exports with the same filter', async () => {
    const transport = fakeApi(replies());
    render(<AwardLookupPanel />);
    await screen.findByText(/2 lượt khen thưởng/);
    useAwardLookup.getState().setFilter({ yearFrom: 2020, recipientKind: 'household' });
    fireEvent.change(screen.getByLabelText('Tìm theo tên'), { target: { value: 'Đặng Dũng' } });
    await waitFor(() =>
      expect(sent(transport, 'awards.search').at(-1)).toMatchObject({
        yearFrom: 2020,
        yearTo: YEAR,
        recipientKind: 'household',
        search: 'Đặng Dũng',
      }),
    );
    fireEvent.click(screen.getByRole('button', { name: 'Xuất Excel' }));
    expect(await screen.findByText('Đã lưu: /tmp/khen-thuong.xlsx')).toBeTruthy();
    expect(sent(transport, 'awards.export')).toEqual([
      {
        yearFrom: 2020,
        yearTo: YEAR,
        catalogueId: null,
        catalogueKind: null,
        unitId: null,
        recipientKind: 'household',
        staffCategory: null,
        search: 'Đặng Dũng',
      },
    ]);
  });

  it('says so when nothing matches', async () => {
    fakeApi({ ...replies(), 'awards.search': { total: 0, totalAmount: 0, offset: 0, rows: [] } });
    render(<AwardLookupPanel />);
    expect(await screen.findByText('Không có khen thưởng nào khớp điều kiện tra cứu.')).toBeTruthy();
    expect((screen.getByRole('button', { name: 'Xuất Excel' }) as HTMLButtonElement).disabled).toBe(true);
  });
});
