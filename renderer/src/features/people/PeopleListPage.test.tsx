import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import type { PeopleListFilter } from '../../../../shared/schemas/registry/people';
import { setTransportForTests } from '../../lib/api';
import { render } from '../../test/render';
import { failure, fakeApi, sent, type Replies } from '../../test/fake-api';
import { ANH, UNITS, deferred, pageOf, peopleWindow, personRowOf } from '../../test/registry-fixtures';
import { PeopleListPage } from './PeopleListPage';

const ROWS = [
  ANH,
  personRowOf({
    id: 43,
    fullName: 'Trần Văn Đức',
    gender: 'male',
    birthYear: 1990,
    staffCategory: 'direct_worker',
  }),
];

function renderPage(replies: Replies = {}) {
  const transport = fakeApi({
    'people.list': pageOf(ROWS, 1234),
    'units.list': UNITS,
    ...replies,
  });
  render(<PeopleListPage title="Cá nhân" />);
  return transport;
}

const table = () => screen.getByRole('table', { name: 'Danh sách cá nhân' });
const lastFilter = (transport: ReturnType<typeof fakeApi>) =>
  sent(transport, 'people.list').at(-1) as PeopleListFilter;

describe('People list page', () => {
  it('shows the count and the rows as a table with the Vietnamese columns', async () => {
    renderPage();
    expect(screen.getByRole('heading', { level: 1, name: 'Cá nhân' })).toBeTruthy();
    expect(await screen.findByText('1.234 người')).toBeTruthy();
    const headers = within(table())
      .getAllByRole('columnheader')
      .map((h) => h.textContent);
    expect(headers).toEqual(['Họ và tên', 'Giới tính', 'Ngày sinh', 'Đơn vị', 'Chức vụ', 'Đối tượng']);
    expect(table().getAttribute('aria-rowcount')).toBe('1235');

    const anh = within(table()).getByRole('row', { name: /Nguyễn Thị Ngọc Ánh/ });
    expect(
      within(anh)
        .getAllByRole('cell')
        .map((c) => c.textContent),
    ).toEqual([
      'Nguyễn Thị Ngọc Ánh',
      'Nữ',
      '05/07/1985',
      'Trường Tiểu học Lê Chân',
      'Giáo viên',
      'Công chức, viên chức',
    ]);
    const duc = within(table()).getByRole('row', { name: /Trần Văn Đức/ });
    expect(within(duc).getAllByRole('cell')[2]!.textContent).toBe('1990');
  });

  it('opens a person from the link in the row, and from a click anywhere on the row', async () => {
    renderPage();
    const link = await screen.findByRole('link', { name: 'Nguyễn Thị Ngọc Ánh' });
    expect(link.getAttribute('href')).toBe('#/ca-nhan/42');
    fireEvent.click(
      within(table())
        .getByRole('row', { name: /Trần Văn Đức/ })
        .querySelector('[role=cell]:nth-child(4)')!,
    );
    expect(window.location.hash).toBe('#/ca-nhan/43');
  });

  it('sends the folded search once, after the typing pauses', async () => {
    const transport = renderPage();
    await screen.findByText('1.234 người');
    const box = screen.getByRole('textbox', { name: 'Tìm cá nhân' });
    fireEvent.change(box, { target: { value: 'N' } });
    fireEvent.change(box, { target: { value: 'Nguyễn Đ' } });
    fireEvent.change(box, { target: { value: 'Nguyễn Đức' } });
    // Nothing yet: the debounce waits for a pause.
    expect(sent(transport, 'people.list')).toHaveLength(1);
    await waitFor(() => expect(sent(transport, 'people.list')).toHaveLength(2));
    expect(lastFilter(transport)).toMatchObject({ query: 'nguyen duc', offset: 0 });
    await new Promise((r) => setTimeout(r, 300));
    expect(sent(transport, 'people.list')).toHaveLength(2);
  });

  it('shows the answer to the latest search even when an older one arrives after it', async () => {
    const slow = deferred<void>();
    setTransportForTests(async (channel, input) => {
      if (channel === 'units.list') return { ok: true, data: UNITS };
      const { query } = input as PeopleListFilter;
      if (query === 'an') {
        await slow.promise;
        return { ok: true, data: pageOf([personRowOf({ id: 1, fullName: 'Lê Văn An' })], 1) };
      }
      if (query === 'binh')
        return { ok: true, data: pageOf([personRowOf({ id: 2, fullName: 'Phạm Thị Bình' })], 1) };
      return { ok: true, data: pageOf(ROWS, 2) };
    });
    render(<PeopleListPage title="Cá nhân" />);
    await screen.findByText('2 người');
    const box = screen.getByRole('textbox', { name: 'Tìm cá nhân' });
    fireEvent.change(box, { target: { value: 'An' } });
    await new Promise((r) => setTimeout(r, 260));
    // While the answer is awaited the previous rows stay, dimmed, instead of the list blinking away.
    expect(table().getAttribute('aria-busy')).toBe('true');
    expect(screen.getByRole('link', { name: 'Trần Văn Đức' })).toBeTruthy();
    fireEvent.change(box, { target: { value: 'Bình' } });
    expect(await screen.findByRole('link', { name: 'Phạm Thị Bình' })).toBeTruthy();
    slow.resolve();
    await new Promise((r) => setTimeout(r, 20));
    expect(screen.queryByRole('link', { name: 'Lê Văn An' })).toBeNull();
    expect(screen.getByRole('link', { name: 'Phạm Thị Bình' })).toBeTruthy();
    expect(screen.getByText('1 người')).toBeTruthy();
  });

  it('sends the unit, staff category, gender and status filters', async () => {
    const transport = renderPage();
    await screen.findByText('1.234 người');

    fireEvent.click(screen.getByRole('combobox', { name: 'Đơn vị' }));
    fireEvent.change(screen.getByRole('combobox', { name: 'Đơn vị' }), {
      target: { value: 'truong le chan' },
    });
    fireEvent.click(await screen.findByRole('option', { name: 'Trường Tiểu học Lê Chân' }));
    await waitFor(() => expect(lastFilter(transport)).toMatchObject({ unitId: 2 }));

    fireEvent.click(screen.getByRole('combobox', { name: 'Đối tượng' }));
    fireEvent.click(
      await screen.findByRole('option', { name: 'Người trực tiếp lao động, sản xuất, công tác' }),
    );
    fireEvent.click(screen.getByRole('combobox', { name: 'Giới tính' }));
    fireEvent.click(await screen.findByRole('option', { name: 'Nữ' }));
    fireEvent.click(screen.getByRole('radio', { name: 'Đã nghỉ' }));

    await waitFor(() =>
      expect(lastFilter(transport)).toEqual({
        query: '',
        unitId: 2,
        staffCategory: 'direct_worker',
        gender: 'female',
        status: 'inactive',
        trashed: false,
        offset: 0,
        limit: 200,
      }),
    );
  });

  it('exports exactly the filtered list and says where the file went', async () => {
    const transport = renderPage({
      'people.export': {
        saved: true,
        fileName: 'ca-nhan.xlsx',
        location: 'C:\\Tài liệu\\ca-nhan.xlsx',
        sizeBytes: 9,
      },
    });
    await screen.findByText('1.234 người');
    fireEvent.click(screen.getByRole('radio', { name: 'Tất cả' }));
    fireEvent.change(screen.getByRole('textbox', { name: 'Tìm cá nhân' }), { target: { value: 'Ánh' } });
    await waitFor(() => expect(lastFilter(transport)).toMatchObject({ query: 'anh', status: 'all' }));

    fireEvent.click(screen.getByRole('button', { name: 'Xuất Excel' }));
    expect(await screen.findByText('Đã lưu: C:\\Tài liệu\\ca-nhan.xlsx')).toBeTruthy();
    expect(sent(transport, 'people.export')).toEqual([
      { query: 'anh', unitId: null, staffCategory: null, gender: null, status: 'all', trashed: false },
    ]);
  });

  it('says nothing when the save dialog was cancelled', async () => {
    renderPage({ 'people.export': { saved: false } });
    await screen.findByText('1.234 người');
    fireEvent.click(screen.getByRole('button', { name: 'Xuất Excel' }));
    await waitFor(() =>
      expect((screen.getByRole('button', { name: 'Xuất Excel' }) as HTMLButtonElement).disabled).toBe(false),
    );
    expect(screen.queryByText(/Đã lưu/)).toBeNull();
  });

  it('shows the trash and restores a person from it', async () => {
    const transport = renderPage({
      'people.list': (input) =>
        input.trashed
          ? pageOf([{ ...ROWS[1]!, deletedAt: '2026-03-03T00:00:00.000Z' }], 1)
          : pageOf(ROWS, 1234),
      'people.restore': { ...ANH, id: 43, fullName: 'Trần Văn Đức' },
    });
    await screen.findByText('1.234 người');
    fireEvent.click(screen.getByRole('button', { name: 'Thùng rác' }));
    expect(await screen.findByText('1 người trong thùng rác')).toBeTruthy();
    expect(lastFilter(transport)).toMatchObject({ trashed: true, status: 'all', offset: 0 });

    const trash = screen.getByRole('table', { name: 'Cá nhân trong thùng rác' });
    fireEvent.click(within(trash).getByRole('button', { name: 'Khôi phục Trần Văn Đức' }));
    expect(await screen.findByText('Đã khôi phục Trần Văn Đức.')).toBeTruthy();
    expect(sent(transport, 'people.restore')).toEqual([{ id: 43 }]);
    // The trash is read again after the restore.
    await waitFor(() => expect(sent(transport, 'people.list').length).toBeGreaterThanOrEqual(3));
    expect(window.location.hash).toBe('');

    fireEvent.click(screen.getByRole('button', { name: 'Quay lại danh sách' }));
    expect(await screen.findByText('1.234 người')).toBeTruthy();
    expect(lastFilter(transport)).toMatchObject({ trashed: false, status: 'active' });
  });

  it('says so when nothing matches', async () => {
    renderPage({
      'people.list': (input, n) => (n === 0 || input.query ? pageOf([], 0) : pageOf(ROWS, 2)),
    });
    expect(await screen.findByText(/Chưa có cá nhân nào/)).toBeTruthy();
    fireEvent.change(screen.getByRole('textbox', { name: 'Tìm cá nhân' }), { target: { value: 'xyz' } });
    expect(await screen.findByText('Không có cá nhân nào phù hợp với từ khóa và bộ lọc.')).toBeTruthy();
  });

  it('shows the reason when the list cannot be read, and reads again on retry', async () => {
    renderPage({
      'people.list': (_input, n) =>
        n === 0 ? failure({ code: 'INTERNAL', message: 'Không đọc được dữ liệu.' }) : pageOf(ROWS, 2),
    });
    const alert = await screen.findByRole('alert');
    expect(within(alert).getByText('Không đọc được dữ liệu.')).toBeTruthy();
    fireEvent.click(within(alert).getByRole('button', { name: 'Thử lại' }));
    expect(await screen.findByRole('link', { name: 'Trần Văn Đức' })).toBeTruthy();
    expect(screen.queryByRole('alert')).toBeNull();
  });
});

describe('People list with 100,000 rows', () => {
  const TOTAL = 100_000;
  let restore: () => void;

  beforeEach(() => {
    // happy-dom has no layout: give the scrolling area a height so the virtualiser has a window.
    const descriptor = Object.getOwnPropertyDescriptor(HTMLElement.prototype, 'clientHeight');
    Object.defineProperty(HTMLElement.prototype, 'clientHeight', { configurable: true, get: () => 600 });
    restore = () => Object.defineProperty(HTMLElement.prototype, 'clientHeight', descriptor!);
  });
  afterEach(() => restore());

  it('renders only a window of rows and asks for the next window when scrolled', async () => {
    const transport = fakeApi({
      'units.list': UNITS,
      'people.list': ({ offset = 0, limit = 100 }) =>
        pageOf(peopleWindow(offset, Math.min(limit, TOTAL - offset)), TOTAL, offset),
    });
    render(<PeopleListPage title="Cá nhân" />);
    expect(await screen.findByText('100.000 người')).toBeTruthy();
    await screen.findByRole('link', { name: 'Người số 1' });

    const rows = () => within(table()).getAllByRole('row').slice(1);
    // 600 px at 44 px a row is 14 rows, plus the overscan: nowhere near 100,000.
    expect(rows().length).toBeGreaterThan(10);
    expect(rows().length).toBeLessThan(40);
    expect(table().getAttribute('aria-rowcount')).toBe('100001');

    const scroller = table();
    scroller.scrollTop = 44 * 5000;
    fireEvent.scroll(scroller);
    expect(await screen.findByRole('link', { name: 'Người số 5001' })).toBeTruthy();
    const offsets = (sent(transport, 'people.list') as PeopleListFilter[]).map((f) => f.offset);
    expect(offsets).toContain(4800);
    expect(offsets).toContain(5000);
    // Only the windows around the new place, not everything in between.
    expect(offsets.filter((o) => o! > 0 && o! < 4800)).toEqual([]);
    expect(rows().length).toBeLessThan(40);
    const shown = rows().map((r) => Number(r.getAttribute('aria-rowindex')));
    expect(Math.min(...shown)).toBeGreaterThan(4900);
  });
});

vi.setConfig({ testTimeout: 10_000 });
