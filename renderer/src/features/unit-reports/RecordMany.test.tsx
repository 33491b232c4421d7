import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { render } from '../../test/render';
import { failure, fakeApi, sent } from '../../test/fake-api';
import type { UnitReportsOverview } from '../../../../shared/schemas/reports';
import { UnitReportsTab } from './UnitReportsTab';
import { useUnitReports } from './store';
import { OVERVIEW, received, row } from './test-fixtures';

beforeEach(() => {
  // Only the clock: the timers stay real so that the screen's debounce and findBy still run.
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date(2026, 10, 26, 9, 0));
  useUnitReports.setState({ year: 2026 });
});
afterEach(() => vi.useRealTimers());

const table = () => screen.getByRole('table', { name: 'Báo cáo của các đơn vị' });
const box = (name: string) => within(table()).getByRole('checkbox', { name }) as HTMLInputElement;
const header = () => box('Chọn tất cả đơn vị chưa nộp đang hiện');
const recordButton = () => screen.queryByRole('button', { name: /^Ghi nhận các đơn vị đã chọn/ });

/** OVERVIEW with a third unit not yet in: three rows without a report, two with one. */
const WARD: UnitReportsOverview = {
  ...OVERVIEW,
  rows: [...OVERVIEW.rows, row(6, 'Tổ dân phố số 3', { clusters: null })],
  counts: { ...OVERVIEW.counts, expected: 5, pending: 3 },
};

describe('recording several units at once', () => {
  it('ticks only rows without a report; the header ticks those in view, with the search', async () => {
    fakeApi({ 'unitReports.list': WARD });
    render(<UnitReportsTab />);
    await screen.findByRole('table', { name: 'Báo cáo của các đơn vị' });
    // Received reports have no box; nothing ticked, no button.
    expect(within(table()).getAllByRole('checkbox')).toHaveLength(4);
    expect(within(table()).queryByRole('checkbox', { name: 'Chọn Đoàn Thanh niên phường' })).toBeNull();
    expect(recordButton()).toBeNull();

    fireEvent.click(box('Chọn Trạm y tế phường'));
    expect(recordButton()!.textContent).toBe('Ghi nhận các đơn vị đã chọn (1)');
    expect(header().checked).toBe(false);
    expect(header().getAttribute('data-indeterminate')).toBe('true');

    fireEvent.click(header());
    expect(recordButton()!.textContent).toBe('Ghi nhận các đơn vị đã chọn (3)');
    expect(header().checked).toBe(true);

    // Searched down to the tổ dân phố: the header speaks for that row only.
    fireEvent.change(screen.getByRole('textbox', { name: 'Tìm đơn vị, người liên hệ' }), {
      target: { value: 'to dan pho' },
    });
    await waitFor(() => expect(within(table()).getAllByRole('checkbox')).toHaveLength(2));
    fireEvent.click(header());
    expect(box('Chọn Tổ dân phố số 3').checked).toBe(false);
    // The rows out of view stay ticked.
    expect(recordButton()!.textContent).toBe('Ghi nhận các đơn vị đã chọn (2)');
    fireEvent.click(header());
    expect(recordButton()!.textContent).toBe('Ghi nhận các đơn vị đã chọn (3)');
    fireEvent.click(box('Chọn Tổ dân phố số 3'));
    expect(recordButton()!.textContent).toBe('Ghi nhận các đơn vị đã chọn (2)');

    // "Nộp muộn" shows only a received report: nothing to tick in view.
    fireEvent.click(screen.getByRole('button', { name: 'Nộp muộn: 1 đơn vị' }));
    fireEvent.change(screen.getByRole('textbox', { name: 'Tìm đơn vị, người liên hệ' }), {
      target: { value: '' },
    });
    await waitFor(() => expect(within(table()).getAllByRole('checkbox')).toHaveLength(1));
    expect(header().disabled).toBe(true);
  });

  it('ticks only the rows of the page shown', async () => {
    const rows = Array.from({ length: 130 }, (_, i) =>
      row(100 + i, `Đơn vị ${String(i + 1).padStart(3, '0')}`),
    );
    fakeApi({
      'unitReports.list': { ...OVERVIEW, rows, counts: { ...OVERVIEW.counts, expected: 130, pending: 130 } },
    });
    render(<UnitReportsTab />);
    await screen.findByRole('table', { name: 'Báo cáo của các đơn vị' });
    fireEvent.click(header());
    expect(recordButton()!.textContent).toBe('Ghi nhận các đơn vị đã chọn (100)');
    fireEvent.click(screen.getByRole('button', { name: 'Trang sau' }));
    expect(header().checked).toBe(false);
    fireEvent.click(header());
    expect(recordButton()!.textContent).toBe('Ghi nhận các đơn vị đã chọn (130)');
  });

  it('records the ticked units with one date and note, then reads the list again', async () => {
    const api = fakeApi({
      'unitReports.list': (_input, i) =>
        i === 0
          ? WARD
          : {
              ...WARD,
              rows: WARD.rows.map((r) =>
                r.unitId === 3 || r.unitId === 4
                  ? { ...r, status: 'late' as const, report: received({ receivedOn: '2026-11-20' }) }
                  : r,
              ),
            },
      'unitReports.recordMany': (input) => ({ recorded: input.unitIds.length, rows: [] }),
    });
    render(<UnitReportsTab />);
    await screen.findByRole('table', { name: 'Báo cáo của các đơn vị' });
    fireEvent.click(box('Chọn Trường THCS Lê Chân'));
    fireEvent.click(box('Chọn Trạm y tế phường'));
    fireEvent.click(recordButton()!);

    const dialog = await screen.findByRole('dialog', { name: 'Ghi nhận báo cáo năm 2026 của 2 đơn vị' });
    // The units in the list's (Vietnamese) order, whatever order they were ticked in.
    const names = within(dialog).getByRole('list', { name: 'Các đơn vị được ghi nhận' });
    expect(
      within(names)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual(['Trạm y tế phường', 'Trường THCS Lê Chân']);
    const date = within(dialog).getByRole('textbox', { name: /Ngày nhận/ }) as HTMLInputElement;
    expect(date.value).toBe('26/11/2026');
    expect(within(dialog).getByRole('status').textContent).toBe('Tính là nộp đúng hạn (hạn 10/12/2026).');
    fireEvent.change(date, { target: { value: '20/11/2026' } });
    fireEvent.change(within(dialog).getByRole('textbox', { name: 'Ghi chú' }), {
      target: { value: 'Nhận cùng đợt qua văn thư' },
    });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Lưu' }));

    expect(await screen.findByText('Đã ghi nhận báo cáo của 2 đơn vị.')).toBeTruthy();
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(sent(api, 'unitReports.recordMany')).toEqual([
      { year: 2026, unitIds: [3, 4], receivedOn: '2026-11-20', note: 'Nhận cùng đợt qua văn thư' },
    ]);
    await waitFor(() => expect(sent(api, 'unitReports.list')).toHaveLength(2));
    expect(recordButton()).toBeNull();
    expect(useUnitReports.getState().selected).toEqual([]);
  });

  it('names the first ten units and counts the rest', async () => {
    const rows = Array.from({ length: 13 }, (_, i) =>
      row(100 + i, `Tổ dân phố số ${String(i + 1).padStart(2, '0')}`),
    );
    fakeApi({ 'unitReports.list': { ...OVERVIEW, rows } });
    render(<UnitReportsTab />);
    await screen.findByRole('table', { name: 'Báo cáo của các đơn vị' });
    fireEvent.click(header());
    fireEvent.click(recordButton()!);
    const dialog = await screen.findByRole('dialog', { name: 'Ghi nhận báo cáo năm 2026 của 13 đơn vị' });
    const items = within(within(dialog).getByRole('list')).getAllByRole('listitem');
    expect(items.map((li) => li.textContent)).toEqual(rows.slice(0, 10).map((r) => r.unitName));
    expect(within(dialog).getByText('và 3 đơn vị khác')).toBeTruthy();
  });

  it('shows a refused date on its field and a refusal about the units in the dialog', async () => {
    const conflict = 'Đã có ghi nhận báo cáo của: Trạm y tế phường; hãy bỏ chọn hoặc sửa từng đơn vị.';
    const api = fakeApi({
      'unitReports.list': WARD,
      'unitReports.recordMany': (_input, i) =>
        i === 0
          ? failure({
              code: 'VALIDATION',
              message: 'Báo cáo năm 2026 không thể nhận trước ngày 01/01/2026.',
              fields: { receivedOn: 'Báo cáo năm 2026 không thể nhận trước ngày 01/01/2026.' },
            })
          : failure({ code: 'CONFLICT', message: conflict }),
    });
    render(<UnitReportsTab />);
    await screen.findByRole('table', { name: 'Báo cáo của các đơn vị' });
    fireEvent.click(box('Chọn Trạm y tế phường'));
    fireEvent.click(recordButton()!);
    const dialog = await screen.findByRole('dialog');

    // An empty date is refused before anything is sent.
    const date = within(dialog).getByRole('textbox', { name: /Ngày nhận/ });
    fireEvent.change(date, { target: { value: '' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Lưu' }));
    expect(await within(dialog).findByText('Vui lòng nhập ngày nhận báo cáo.')).toBeTruthy();
    expect(sent(api, 'unitReports.recordMany')).toHaveLength(0);

    fireEvent.change(date, { target: { value: '31/12/2025' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Lưu' }));
    expect(
      await within(dialog).findByText('Báo cáo năm 2026 không thể nhận trước ngày 01/01/2026.'),
    ).toBeTruthy();
    expect(date.getAttribute('aria-invalid')).toBe('true');
    expect(within(dialog).queryByRole('alert')).toBeNull();

    fireEvent.change(date, { target: { value: '20/11/2026' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Lưu' }));
    const alert = await within(dialog).findByRole('alert');
    expect(alert.textContent).toContain(conflict);
    // The dialog stays open with the ticks kept, so the officer can untick and try again.
    expect(screen.getByRole('dialog')).toBeTruthy();
    expect(useUnitReports.getState().selected).toEqual([3]);
    expect(sent(api, 'unitReports.recordMany')).toHaveLength(2);
  });

  it('forgets the ticks when another year is picked', async () => {
    fakeApi({ 'unitReports.list': (input) => ({ ...WARD, year: input.year }) });
    render(<UnitReportsTab />);
    await screen.findByRole('table', { name: 'Báo cáo của các đơn vị' });
    fireEvent.click(box('Chọn Trạm y tế phường'));
    expect(recordButton()).toBeTruthy();
    fireEvent.click(screen.getByRole('combobox', { name: 'Năm báo cáo' }));
    fireEvent.click(await screen.findByRole('option', { name: '2025' }));
    await waitFor(() => expect(box('Chọn Trạm y tế phường').checked).toBe(false));
    expect(recordButton()).toBeNull();
  });
});
