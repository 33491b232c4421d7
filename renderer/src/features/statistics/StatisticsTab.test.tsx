import { afterEach, describe, expect, it } from 'vitest';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { TOTAL_ROW, type StatCellRecords } from '../../../../shared/domain/statistics';
import { useNavigation } from '../../app/navigation';
import { failure, fakeApi, sent } from '../../test/fake-api';
import { render } from '../../test/render';
import { StatisticsTab } from './StatisticsTab';
import { CHARTS, REPORT } from './test-fixtures';

const YEAR = new Date().getFullYear();
const RANGE_MESSAGE = 'Năm bắt đầu không được sau năm kết thúc.';

const RECORDS: StatCellRecords = {
  title: 'Lao động tiên tiến — Người trực tiếp lao động',
  value: 2,
  count: 2,
  truncated: false,
  records: [
    {
      kind: 'award',
      id: 301,
      name: 'Trần Văn Bình',
      detail: 'Quyết định số 12/QĐ-UBND — Lao động tiên tiến',
      date: '2026-01-05',
      amount: 760_000,
      target: { area: 'awards', path: ['quyet-dinh', 12] },
    },
    {
      kind: 'award',
      id: 302,
      name: 'Đặng Thị Lan',
      detail: 'Quyết định số 12/QĐ-UBND — Lao động tiên tiến',
      date: '2026-01-05',
      amount: 760_000,
      target: { area: 'people', path: [77] },
    },
  ],
};

type Range = { fromYear: number; toYear: number };
const refuseBackwards =
  <T,>(answer: (r: Range) => T) =>
  (r: Range) =>
    r.fromYear > r.toYear
      ? failure({
          code: 'VALIDATION',
          message: `Dữ liệu chưa hợp lệ: ${RANGE_MESSAGE}`,
          fields: { toYear: RANGE_MESSAGE },
        })
      : answer(r);

const replies = (records: StatCellRecords = RECORDS) => ({
  'statistics.tables': refuseBackwards((r) => REPORT(r.fromYear, r.toYear)),
  'statistics.charts': refuseBackwards((r) => CHARTS(r.fromYear, r.toYear)),
  'statistics.records': records,
  'statistics.exportXlsx': {
    saved: true as const,
    fileName: `Thong-ke-${YEAR}.xlsx`,
    location: `/tmp/Thong-ke-${YEAR}.xlsx`,
    sizeBytes: 100,
  },
});

const awardsRow = (label: string) =>
  within(screen.getByRole('table', { name: /Kết quả khen thưởng/ })).getByRole('row', {
    name: new RegExp(`^${label}`),
  });

async function pickYear(field: string, year: number) {
  fireEvent.click(screen.getByRole('combobox', { name: field }));
  fireEvent.click(await screen.findByRole('option', { name: String(year) }));
}

afterEach(() => {
  window.location.hash = '';
});

describe('the Thống kê tab', () => {
  it('reads this year’s tables and charts and shows them numbered', async () => {
    const transport = fakeApi(replies());
    render(<StatisticsTab />);
    expect(
      await screen.findByRole('table', {
        name: 'Biểu 2. Kết quả khen thưởng theo danh hiệu, hình thức và đối tượng',
      }),
    ).toBeTruthy();
    expect(
      screen.getByRole('table', { name: 'Biểu 1. Phong trào thi đua theo hình thức và thời gian thực hiện' }),
    ).toBeTruthy();
    expect(sent(transport, 'statistics.tables')).toEqual([{ fromYear: YEAR, toYear: YEAR }]);
    expect(sent(transport, 'statistics.charts')).toEqual([{ fromYear: YEAR, toYear: YEAR }]);
    expect(screen.getByRole<HTMLInputElement>('combobox', { name: 'Từ năm' }).value).toBe(String(YEAR));
    expect(screen.getByRole<HTMLInputElement>('combobox', { name: 'Đến năm' }).value).toBe(String(YEAR));
    // The charts' numbers, readable without the drawing.
    const models = screen.getByRole('table', { name: 'Điển hình tiên tiến theo giai đoạn' });
    expect(within(models).getByRole('row', { name: 'Tổng kết 9' })).toBeTruthy();
  });

  it('opens the records behind a cell and follows one to its page', async () => {
    const transport = fakeApi(replies());
    render(<StatisticsTab />);
    await screen.findByRole('table', { name: /Kết quả khen thưởng/ });
    fireEvent.click(
      within(awardsRow('Lao động tiên tiến')).getByRole('button', { name: /Người trực tiếp lao động: 28\./ }),
    );

    const dialog = await screen.findByRole('dialog', { name: RECORDS.title });
    expect(sent(transport, 'statistics.records')).toEqual([
      { table: 'awards', row: 'ldtt', column: 'directWorker', fromYear: YEAR, toYear: YEAR },
    ]);
    expect(within(dialog).getByTestId('records-value').textContent).toBe('2');
    expect(within(dialog).getByTestId('records-count').textContent).toBe('2 bản ghi');
    const list = within(dialog).getByRole('list', { name: 'Các bản ghi' });
    const items = within(list).getAllByRole('listitem');
    expect(items.map((i) => i.textContent)).toEqual([
      'Trần Văn BìnhQuyết định số 12/QĐ-UBND — Lao động tiên tiến05/01/2026760.000 đ',
      'Đặng Thị LanQuyết định số 12/QĐ-UBND — Lao động tiên tiến05/01/2026760.000 đ',
    ]);
    const link = within(list).getByRole('link', { name: 'Trần Văn Bình' });
    expect(link.getAttribute('href')).toBe('#/khen-thuong/quyet-dinh/12');

    fireEvent.click(link);
    expect(useNavigation.getState()).toMatchObject({ area: 'awards', subpath: ['quyet-dinh', '12'] });
    expect(window.location.hash).toBe('#/khen-thuong/quyet-dinh/12');
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
  });

  it('opens a share by its numerator and a total by TOTAL_ROW, money in đồng, saying when the list is cut', async () => {
    const transport = fakeApi(
      replies({
        ...RECORDS,
        title: 'Tổng cộng — Tiền thưởng',
        value: 70_180_000,
        count: 2_345,
        truncated: true,
        records: Array.from({ length: 3 }, (_v, i) => ({ ...RECORDS.records[0]!, id: 400 + i })),
      }),
    );
    render(<StatisticsTab />);
    await screen.findByRole('table', { name: /Kết quả khen thưởng/ });

    fireEvent.click(
      within(awardsRow('Giấy khen')).getByRole('button', { name: /Tỷ lệ người trực tiếp lao động: 60%/ }),
    );
    await screen.findByRole('dialog');
    expect(sent(transport, 'statistics.records')[0]).toEqual({
      table: 'awards',
      row: 'giay_khen',
      column: 'directWorker',
      fromYear: YEAR,
      toYear: YEAR,
    });

    fireEvent.click(
      within(awardsRow('Tổng cộng')).getByRole('button', { name: /Tiền thưởng \(đồng\): 70\.180\.000/ }),
    );
    const dialog = await screen.findByRole('dialog', { name: 'Tổng cộng — Tiền thưởng' });
    expect(sent(transport, 'statistics.records')[1]).toEqual({
      table: 'awards',
      row: TOTAL_ROW,
      column: 'money',
      fromYear: YEAR,
      toYear: YEAR,
    });
    expect(within(dialog).getByTestId('records-value').textContent).toBe('70.180.000 đ');
    expect(within(dialog).getByTestId('records-count').textContent).toBe(
      '2.345 bản ghi (chỉ hiện 3 bản ghi đầu)',
    );
  });

  it('says the API’s message under the year when the range runs backwards, and reads again once it is fixed', async () => {
    const transport = fakeApi(replies());
    render(<StatisticsTab />);
    await screen.findByRole('table', { name: /Kết quả khen thưởng/ });

    await pickYear('Từ năm', YEAR + 1);
    expect(await screen.findByText(RANGE_MESSAGE)).toBeTruthy();
    expect(sent(transport, 'statistics.tables').at(-1)).toEqual({ fromYear: YEAR + 1, toYear: YEAR });
    expect(screen.queryByRole('table', { name: /Kết quả khen thưởng/ })).toBeNull();
    expect(screen.getByRole<HTMLButtonElement>('button', { name: 'Xuất Excel' }).disabled).toBe(true);

    await pickYear('Đến năm', YEAR + 1);
    expect(await screen.findByRole('table', { name: /Kết quả khen thưởng/ })).toBeTruthy();
    expect(screen.queryByText(RANGE_MESSAGE)).toBeNull();
    expect(sent(transport, 'statistics.tables').at(-1)).toEqual({ fromYear: YEAR + 1, toYear: YEAR + 1 });
  });

  it('exports the range to Excel and says where it went', async () => {
    const transport = fakeApi(replies());
    render(<StatisticsTab />);
    await screen.findByRole('table', { name: /Kết quả khen thưởng/ });
    fireEvent.click(screen.getByRole('button', { name: 'Xuất Excel' }));
    expect(await screen.findByText(`Đã lưu: /tmp/Thong-ke-${YEAR}.xlsx`)).toBeTruthy();
    expect(sent(transport, 'statistics.exportXlsx')).toEqual([{ fromYear: YEAR, toYear: YEAR }]);
  });

  it('offers to try again when the figures cannot be read', async () => {
    let down = true;
    fakeApi({
      ...replies(),
      'statistics.tables': (r) =>
        down ? failure({ code: 'INTERNAL', message: 'Ổ đĩa không đọc được.' }) : REPORT(r.fromYear, r.toYear),
    });
    render(<StatisticsTab />);
    expect(await screen.findByText('Ổ đĩa không đọc được.')).toBeTruthy();
    down = false;
    fireEvent.click(screen.getByRole('button', { name: 'Thử lại' }));
    expect(await screen.findByRole('table', { name: /Kết quả khen thưởng/ })).toBeTruthy();
  });
});
