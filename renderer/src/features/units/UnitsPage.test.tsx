import { describe, expect, it } from 'vitest';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { useNavigation } from '../../app/navigation';
import { render } from '../../test/render';
import { failure, fakeApi, sent, type Replies } from '../../test/fake-api';
import { UnitsArea } from './UnitsArea';
import {
  BLOCK_SCHOOLS,
  CLUSTER_1,
  DANG_UY,
  HOI_CCB,
  SERVER_ORDER,
  TRAM_Y_TE,
  unitOf,
} from '../../test/registry-fixtures';

function renderList(replies: Replies = {}) {
  const transport = fakeApi({
    'units.list': SERVER_ORDER,
    'clusters.list': [CLUSTER_1, BLOCK_SCHOOLS],
    ...replies,
  });
  useNavigation.getState().go('units');
  render(<UnitsArea title="Đơn vị" />);
  return transport;
}

const treeItemOf = (name: string) => screen.getByRole('link', { name }).closest('li')!;

describe('Units list', () => {
  it('shows the page heading and the active units, asking the server with the default filter', async () => {
    const transport = renderList();
    expect(screen.getByRole('heading', { level: 1, name: 'Đơn vị' })).toBeTruthy();
    await screen.findByRole('link', { name: 'Đảng ủy phường' });
    expect(sent(transport, 'units.list')).toEqual([
      { query: '', kind: null, clusterId: null, status: 'active', trashed: false },
    ]);
  });

  it('nests sub-units under their parent in the tree, each level in Vietnamese order, and folds them', async () => {
    renderList();
    const tree = await screen.findByRole('list', { name: 'Cây đơn vị' });
    const topLevel = within(tree)
      .getAllByRole('listitem')
      .filter((li) => li.parentElement === tree)
      .map((li) => within(li).getAllByRole('link')[0]!.textContent);
    expect(topLevel).toEqual(['Đảng ủy phường', 'Hội Cựu chiến binh phường', 'Ủy ban nhân dân phường']);

    const ubnd = treeItemOf('Ủy ban nhân dân phường');
    const children = within(ubnd).getByRole('list');
    expect(
      within(children)
        .getAllByRole('link')
        .map((a) => a.textContent),
    ).toEqual(['Trạm y tế phường', 'Trường Mầm non Hoa Sen']);
    expect(within(treeItemOf('Đảng ủy phường')).queryByRole('list')).toBeNull();

    fireEvent.click(within(ubnd).getByRole('button', { name: 'Thu gọn Ủy ban nhân dân phường' }));
    expect(screen.queryByRole('link', { name: 'Trạm y tế phường' })).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Mở rộng Ủy ban nhân dân phường' }));
    expect(screen.getByRole('link', { name: 'Trạm y tế phường' })).toBeTruthy();
    expect(screen.getByText('Ngừng từ 30/06/2025')).toBeTruthy();
  });

  it('keeps the server order in the table, with kind, clusters, people and status', async () => {
    renderList();
    await screen.findByRole('list', { name: 'Cây đơn vị' });
    fireEvent.click(screen.getByRole('radio', { name: 'Dạng bảng' }));
    const table = screen.getByRole('table', { name: 'Bảng đơn vị' });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows.map((r) => within(r).getAllByRole('cell')[0]!.textContent)).toEqual([
      'Ủy ban nhân dân phường',
      'Đảng ủy phường',
      'Trạm y tế phường',
      'Trường Mầm non Hoa Sen(MN Hoa Sen)',
      'Hội Cựu chiến binh phường',
    ]);
    const mamNon = within(rows[3]!)
      .getAllByRole('cell')
      .map((c) => c.textContent);
    expect(mamNon.slice(1, 5)).toEqual(['Trường học', 'Khối trường học', '1.234', 'Đang hoạt động']);
    expect(within(rows[4]!).getAllByRole('cell')[4]!.textContent).toBe('Ngừng từ 30/06/2025');
    expect(within(rows[0]!).getByRole('link', { name: 'Ủy ban nhân dân phường' }).getAttribute('href')).toBe(
      '#/don-vi/2',
    );
  });

  it('asks the server as the user types, once the typing pauses, and shows only the latest answer', async () => {
    const transport = renderList({
      'units.list': (input) => {
        const query = (input as { query?: string }).query ?? '';
        if (query === '') return SERVER_ORDER;
        return query === 'tram y' ? [TRAM_Y_TE] : [];
      },
    });
    await screen.findByRole('link', { name: 'Đảng ủy phường' });
    const search = screen.getByRole('textbox', { name: 'Tìm đơn vị' });
    fireEvent.change(search, { target: { value: 'tram' } });
    fireEvent.change(search, { target: { value: 'tram y' } });

    await waitFor(() => expect(screen.queryByRole('link', { name: 'Đảng ủy phường' })).toBeNull());
    expect(screen.getByRole('link', { name: 'Trạm y tế phường' })).toBeTruthy();
    expect(screen.getByText('1 đơn vị')).toBeTruthy();
    const queries = sent(transport, 'units.list').map((f) => (f as { query: string }).query);
    expect(queries).toEqual(['', 'tram y']);
  });

  it('sends the kind, cluster and status filters, and says when nothing matches', async () => {
    const transport = renderList({ 'units.list': (_input, n) => (n === 0 ? SERVER_ORDER : []) });
    await screen.findByRole('link', { name: 'Đảng ủy phường' });

    const choose = async (label: string, option: string) => {
      fireEvent.click(screen.getByRole('combobox', { name: label }));
      fireEvent.click(await screen.findByRole('option', { name: option }));
    };
    await choose('Loại đơn vị', 'Trường học');
    await choose('Cụm, khối thi đua', 'Khối trường học');
    await choose('Trạng thái', 'Tất cả');

    await waitFor(() =>
      expect(sent(transport, 'units.list').at(-1)).toEqual({
        query: '',
        kind: 'school',
        clusterId: BLOCK_SCHOOLS.id,
        status: 'all',
        trashed: false,
      }),
    );
    expect(await screen.findByText('Không có đơn vị nào khớp với điều kiện tìm, lọc.')).toBeTruthy();
  });

  it('shows the reason when the list cannot be read, and reads again on retry', async () => {
    renderList({
      'units.list': (_input, n) =>
        n === 0 ? failure({ code: 'INTERNAL', message: 'Không đọc được cơ sở dữ liệu.' }) : [DANG_UY],
    });
    const alert = await screen.findByRole('alert');
    expect(within(alert).getByText('Không đọc được cơ sở dữ liệu.')).toBeTruthy();
    fireEvent.click(within(alert).getByRole('button', { name: 'Thử lại' }));
    expect(await screen.findByRole('link', { name: 'Đảng ủy phường' })).toBeTruthy();
    expect(screen.queryByRole('alert')).toBeNull();
  });
});

describe('Units trash', () => {
  it('lists the deleted units and restores one', async () => {
    const deleted = { ...HOI_CCB, deletedAt: '2026-03-02T09:15:00.000Z' };
    const transport = fakeApi({
      'units.list': (input) => ((input as { trashed?: boolean }).trashed ? [deleted] : SERVER_ORDER),
      'units.restore': unitOf({ ...deleted, deletedAt: null }),
    });
    useNavigation.getState().go('units', 'thung-rac');
    render(<UnitsArea title="Đơn vị" />);

    const table = await screen.findByRole('table', { name: 'Đơn vị trong thùng rác' });
    expect(within(table).getByText('Hội Cựu chiến binh phường')).toBeTruthy();
    expect(within(table).getByText('02/03/2026')).toBeTruthy();
    expect(sent(transport, 'units.list')).toEqual([{ status: 'all', trashed: true }]);

    fireEvent.click(within(table).getByRole('button', { name: 'Khôi phục Hội Cựu chiến binh phường' }));
    expect(await screen.findByText('Đã khôi phục đơn vị “Hội Cựu chiến binh phường”.')).toBeTruthy();
    expect(sent(transport, 'units.restore')).toEqual([{ id: HOI_CCB.id }]);
  });

  it('opens each tab from its address and changes the address when a tab is chosen', async () => {
    renderList();
    await screen.findByRole('link', { name: 'Đảng ủy phường' });
    fireEvent.click(screen.getByRole('tab', { name: 'Cụm, khối thi đua' }));
    expect(window.location.hash).toBe('#/don-vi/cum-khoi');
    expect(await screen.findByRole('heading', { name: 'Cụm thi đua số 1' })).toBeTruthy();
  });
});
