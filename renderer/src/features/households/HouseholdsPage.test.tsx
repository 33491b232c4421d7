import { describe, expect, it } from 'vitest';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import type { HouseholdsListFilter } from '../../../../shared/schemas/registry/households';
import { render } from '../../test/render';
import { fakeApi, sent, type Replies } from '../../test/fake-api';
import { HO_BINH, UNITS, householdRowOf, pageOf } from '../../test/registry-fixtures';
import { HouseholdDetailPage } from './HouseholdDetailPage';
import { HouseholdsListPage } from './HouseholdsListPage';

const ROWS = [HO_BINH, householdRowOf({ id: 8, headName: 'Lê Thị Cúc', address: 'Số 3 Hàng Kênh' })];

function renderList(replies: Replies = {}) {
  const transport = fakeApi({ 'households.list': pageOf(ROWS, 2), 'units.list': UNITS, ...replies });
  render(<HouseholdsListPage title="Hộ gia đình" />);
  return transport;
}

const lastFilter = (transport: ReturnType<typeof fakeApi>) =>
  sent(transport, 'households.list').at(-1) as HouseholdsListFilter;
const dialog = () => screen.getByRole('dialog');

describe('Households list page', () => {
  it('shows the households with their tổ dân phố and member count', async () => {
    renderList();
    expect(screen.getByRole('heading', { level: 1, name: 'Hộ gia đình' })).toBeTruthy();
    expect(await screen.findByText('2 hộ')).toBeTruthy();
    const table = screen.getByRole('table', { name: 'Danh sách hộ gia đình' });
    expect(
      within(table)
        .getAllByRole('columnheader')
        .map((h) => h.textContent),
    ).toEqual(['Chủ hộ', 'Địa chỉ', 'Tổ dân phố', 'Số nhân khẩu']);
    const binh = within(table).getByRole('row', { name: /Trần Văn Bình/ });
    expect(
      within(binh)
        .getAllByRole('cell')
        .map((c) => c.textContent),
    ).toEqual(['Trần Văn Bình', 'Số 12 ngõ 34 Lê Chân', 'Tổ dân phố số 5', '4']);
    expect(screen.getByRole('link', { name: 'Trần Văn Bình' }).getAttribute('href')).toBe('#/ho-gia-dinh/7');
  });

  it('searches as you type and filters by tổ dân phố only', async () => {
    const transport = renderList();
    await screen.findByText('2 hộ');
    fireEvent.change(screen.getByRole('textbox', { name: 'Tìm hộ gia đình' }), {
      target: { value: 'Trần Bình' },
    });
    await waitFor(() => expect(lastFilter(transport)).toMatchObject({ query: 'tran binh' }));

    const group = screen.getByRole('combobox', { name: 'Tổ dân phố' });
    fireEvent.click(group);
    // Only residential groups are offered.
    expect(await screen.findByRole('option', { name: 'Tổ dân phố số 7' })).toBeTruthy();
    expect(screen.queryByRole('option', { name: 'Trường Tiểu học Lê Chân' })).toBeNull();
    fireEvent.click(screen.getByRole('option', { name: 'Tổ dân phố số 7' }));
    await waitFor(() =>
      expect(lastFilter(transport)).toEqual({
        query: 'tran binh',
        residentialGroupUnitId: 4,
        trashed: false,
        offset: 0,
        limit: 200,
      }),
    );
  });

  it('exports the filtered list', async () => {
    const transport = renderList({
      'households.export': { saved: true, fileName: 'h.xlsx', location: 'D:\\h.xlsx', sizeBytes: 5 },
    });
    await screen.findByText('2 hộ');
    fireEvent.click(screen.getByRole('button', { name: 'Xuất Excel' }));
    expect(await screen.findByText('Đã lưu: D:\\h.xlsx')).toBeTruthy();
    expect(sent(transport, 'households.export')).toEqual([
      { query: '', residentialGroupUnitId: null, trashed: false },
    ]);
  });

  it('refuses a household without a head name, then adds one with its member count', async () => {
    const transport = renderList({
      'households.create': (input) => ({ ...HO_BINH, id: 9, headName: input.headName as string }),
    });
    await screen.findByText('2 hộ');
    fireEvent.click(screen.getByRole('button', { name: 'Thêm hộ gia đình' }));
    await screen.findByRole('dialog');
    fireEvent.click(within(dialog()).getByRole('button', { name: 'Lưu' }));
    expect(await within(dialog()).findByText('Vui lòng nhập họ tên chủ hộ.')).toBeTruthy();
    expect(sent(transport, 'households.create')).toEqual([]);

    fireEvent.change(within(dialog()).getByRole('textbox', { name: 'Họ tên chủ hộ' }), {
      target: { value: 'Vũ Văn Dũng' },
    });
    fireEvent.change(within(dialog()).getByRole('textbox', { name: 'Số nhân khẩu' }), {
      target: { value: '5' },
    });
    fireEvent.click(within(dialog()).getByRole('button', { name: 'Lưu' }));
    expect(await screen.findByText('Đã thêm hộ Vũ Văn Dũng.')).toBeTruthy();
    expect(sent(transport, 'households.create')).toEqual([
      {
        headName: 'Vũ Văn Dũng',
        headGender: null,
        address: '',
        residentialGroupUnitId: null,
        memberCount: 5,
        phone: '',
        note: '',
      },
    ]);
    // The list is read again to show the new household.
    await waitFor(() => expect(sent(transport, 'households.list').length).toBeGreaterThanOrEqual(2));
  });

  it('lists the trash and restores from it', async () => {
    const transport = renderList({
      'households.list': (input) => (input.trashed ? pageOf([ROWS[1]!], 1) : pageOf(ROWS, 2)),
      'households.restore': { ...HO_BINH, id: 8, headName: 'Lê Thị Cúc' },
    });
    await screen.findByText('2 hộ');
    fireEvent.click(screen.getByRole('button', { name: 'Thùng rác' }));
    expect(await screen.findByText('1 hộ trong thùng rác')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Khôi phục hộ Lê Thị Cúc' }));
    expect(await screen.findByText('Đã khôi phục hộ Lê Thị Cúc.')).toBeTruthy();
    expect(sent(transport, 'households.restore')).toEqual([{ id: 8 }]);
  });
});

describe('Household detail page', () => {
  it('shows the household under its head’s name, deletes to the trash and restores', async () => {
    const transport = fakeApi({
      'households.get': HO_BINH,
      'households.delete': { ...HO_BINH, deletedAt: '2026-03-05T00:00:00.000Z' },
      'households.restore': HO_BINH,
    });
    render(<HouseholdDetailPage id={7} />);
    expect(await screen.findByRole('heading', { level: 1, name: 'Trần Văn Bình' })).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Tổ dân phố số 5' }).getAttribute('href')).toBe('#/don-vi/3');
    expect(screen.getByText('Số 12 ngõ 34 Lê Chân')).toBeTruthy();

    fireEvent.click(screen.getByRole('button', { name: 'Xóa' }));
    fireEvent.click(within(await screen.findByRole('dialog')).getByRole('button', { name: 'Xóa' }));
    expect(await screen.findByText('Đã chuyển hộ Trần Văn Bình vào thùng rác.')).toBeTruthy();
    expect(sent(transport, 'households.delete')).toEqual([{ id: 7 }]);

    fireEvent.click(screen.getByRole('button', { name: 'Khôi phục' }));
    expect(await screen.findByText('Đã khôi phục hộ Trần Văn Bình.')).toBeTruthy();
    expect(sent(transport, 'households.restore')).toEqual([{ id: 7 }]);
  });
});
