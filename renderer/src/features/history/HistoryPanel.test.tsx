import { describe, expect, it } from 'vitest';
import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import type { AuditEntry } from '../../../../shared/api/audit';
import { render } from '../../test/render';
import { failure, fakeApi, sent } from '../../test/fake-api';
import { pageOf } from '../../test/registry-fixtures';
import { SEARCH_DEBOUNCE_MS } from '../../components/SearchInput';
import { HistoryPanel } from './HistoryPanel';
import { AUDIT_PAGE_SIZE } from './auditList';
import { CREATE_UNIT, EDIT_POSITION, SETTINGS_CHANGE, entryOf } from './test-fixtures';

const ROWS = [EDIT_POSITION, CREATE_UNIT, SETTINGS_CHANGE];
const FIRST = {
  entity: null,
  entityId: null,
  action: null,
  from: null,
  to: null,
  query: '',
  offset: 0,
  limit: 50,
};

async function renderPanel(reply: Parameters<typeof fakeApi>[0]['audit.list'] = pageOf(ROWS)) {
  const transport = fakeApi({ 'audit.list': reply });
  render(<HistoryPanel />);
  await screen.findByRole('table', { name: 'Lịch sử thay đổi' });
  return transport;
}

const table = () => screen.getByRole('table', { name: 'Lịch sử thay đổi' });
const bodyRows = () => within(table()).getAllByRole('row').slice(1);
/** The text of each changed field of a row, as one line ("Chức vụ: Giáo viên → Hiệu phó"). */
const changesOf = (row: HTMLElement) =>
  within(row)
    .queryAllByRole('listitem')
    .map((li) => li.textContent);
const type = (input: HTMLElement, value: string) => fireEvent.change(input, { target: { value } });

describe('History screen', () => {
  it('shows each change newest first: when, who, the record linked to its page, the action, old → new', async () => {
    const transport = await renderPanel();
    expect(sent(transport, 'audit.list')).toEqual([FIRST]);
    const [edit, created, settings] = bodyRows();
    const cells = within(edit!).getAllByRole('cell');
    expect(cells[0]!.textContent).toBe('26/11/2026 16:05:09');
    expect(cells[1]!.textContent).toBe('Lê Văn An');
    expect(cells[2]!.textContent).toBe('Cá nhânNguyễn Thị Ngọc Ánh');
    expect(within(cells[2]!).getByRole('link', { name: 'Nguyễn Thị Ngọc Ánh' }).getAttribute('href')).toBe(
      '#/ca-nhan/42',
    );
    expect(cells[3]!.textContent).toBe('Sửa');
    expect(changesOf(edit!)).toEqual(['Chức vụ: Giáo viên → Hiệu phó']);

    expect(within(created!).getByRole('link', { name: 'Trường Mầm non Hoa Sen' }).getAttribute('href')).toBe(
      '#/don-vi/7',
    );
    expect(within(created!).getByText('Không ghi tên')).toBeTruthy();
    // Settings have no page of their own: no link.
    expect(within(settings!).queryByRole('link')).toBeNull();
    expect(changesOf(settings!)).toEqual(['Tên phường: Phường Lê Chân → Phường Ngô Quyền']);
    expect(screen.getByText('Đang hiện 3 trong 3 thay đổi, mới nhất trước.')).toBeTruthy();
  });

  it('shows a new record’s values without arrows and folds a long list of fields', async () => {
    await renderPanel();
    const created = bodyRows()[1]!;
    expect(changesOf(created)).toEqual([
      'Tên đơn vị: Trường Mầm non Hoa Sen',
      'Loại đơn vị: Trường học',
      'Địa chỉ: Số 3 Hàng Kênh',
      'Số điện thoại: 0225 3812 345',
    ]);
    fireEvent.click(within(created).getByRole('button', { name: 'Xem thêm 2 trường' }));
    expect(changesOf(created)).toHaveLength(6);
    expect(changesOf(created)[5]).toBe('Ghi chú: Thành lập 2026');
    fireEvent.click(within(created).getByRole('button', { name: 'Thu gọn' }));
    expect(changesOf(created)).toHaveLength(4);
  });

  it('marks an emptied field as (trống)', async () => {
    await renderPanel(
      pageOf([
        entryOf({
          id: 9,
          changes: [{ ...EDIT_POSITION.changes[0]!, after: '', afterValue: null }],
        }),
      ]),
    );
    expect(changesOf(bodyRows()[0]!)).toEqual(['Chức vụ: Giáo viên → (trống)']);
  });

  it('shows recorded moments in this computer’s time, as dd/mm/yyyy HH:mm', async () => {
    const deletedAt = new Date(2026, 10, 27, 14, 20).toISOString();
    await renderPanel(
      pageOf([
        entryOf({
          id: 8,
          action: 'delete',
          actionLabel: 'Chuyển vào thùng rác',
          changes: [
            {
              field: 'deletedAt',
              label: 'Ngày chuyển vào thùng rác',
              before: '',
              after: 'giờ của máy chủ',
              beforeValue: null,
              afterValue: deletedAt,
            },
          ],
        }),
      ]),
    );
    expect(changesOf(bodyRows()[0]!)).toEqual(['Ngày chuyển vào thùng rác: (trống) → 27/11/2026 14:20']);
  });

  it('sends the entity, action, dates and text chosen in the filters', async () => {
    const transport = await renderPanel();
    fireEvent.click(screen.getByRole('combobox', { name: 'Loại dữ liệu' }));
    fireEvent.click(await screen.findByRole('option', { name: 'Cá nhân' }));
    await waitFor(() => expect(sent(transport, 'audit.list')).toHaveLength(2));
    expect(sent(transport, 'audit.list')[1]).toEqual({ ...FIRST, entity: 'people' });

    fireEvent.click(screen.getByRole('combobox', { name: 'Thao tác' }));
    fireEvent.click(await screen.findByRole('option', { name: 'Sửa' }));
    type(screen.getByRole('textbox', { name: 'Từ ngày' }), '01/11/2026');
    type(screen.getByRole('textbox', { name: 'Đến ngày' }), '30/11/2026');
    type(screen.getByRole('textbox', { name: 'Tìm trong lịch sử' }), 'ngoc anh');
    await act(() => new Promise((r) => setTimeout(r, SEARCH_DEBOUNCE_MS + 50)));

    expect(sent(transport, 'audit.list').at(-1)).toEqual({
      ...FIRST,
      entity: 'people',
      action: 'update',
      from: '2026-11-01',
      to: '2026-11-30',
      query: 'ngoc anh',
    });
  });

  it('refuses an end date before the start date with the schema’s message, sending nothing', async () => {
    const transport = await renderPanel();
    type(screen.getByRole('textbox', { name: 'Từ ngày' }), '20/11/2026');
    await waitFor(() => expect(sent(transport, 'audit.list')).toHaveLength(2));
    type(screen.getByRole('textbox', { name: 'Đến ngày' }), '10/11/2026');
    expect(await screen.findByText('Ngày kết thúc không được trước ngày bắt đầu.')).toBeTruthy();
    type(screen.getByRole('textbox', { name: 'Từ ngày' }), '31/02/2026');
    expect(await screen.findByText('Từ ngày không phải ngày hợp lệ.')).toBeTruthy();
    expect(sent(transport, 'audit.list')).toHaveLength(2);
  });

  it('reads the next entries with "Xem thêm"', async () => {
    const many = (offset: number, n: number): AuditEntry[] =>
      Array.from({ length: n }, (_, i) => entryOf({ id: 1000 - offset - i }));
    const transport = await renderPanel((input) =>
      input.offset === 0 ? pageOf(many(0, AUDIT_PAGE_SIZE), 60) : pageOf(many(50, 10), 60, 50),
    );
    expect(bodyRows()).toHaveLength(50);
    fireEvent.click(screen.getByRole('button', { name: 'Xem thêm' }));
    await waitFor(() => expect(bodyRows()).toHaveLength(60));
    expect(sent(transport, 'audit.list')[1]).toEqual({ ...FIRST, offset: 50 });
    expect(screen.queryByRole('button', { name: 'Xem thêm' })).toBeNull();
  });

  it('says so when nothing matches, and shows a failure with a retry', async () => {
    fakeApi({
      'audit.list': (_input, n) =>
        n === 0 ? failure({ code: 'INTERNAL', message: 'Lỗi đọc lịch sử.' }) : pageOf([]),
    });
    render(<HistoryPanel />);
    const alert = await screen.findByRole('alert');
    expect(within(alert).getByText('Lỗi đọc lịch sử.')).toBeTruthy();
    fireEvent.click(within(alert).getByRole('button', { name: 'Thử lại' }));
    expect(await screen.findByText('Chưa có thay đổi nào được ghi lại.')).toBeTruthy();
  });
});
