import { describe, expect, it } from 'vitest';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import type { TrashItem } from '../../../../shared/api/trash';
import { render } from '../../test/render';
import { failure, fakeApi, sent, type Replies } from '../../test/fake-api';
import { pageOf } from '../../test/registry-fixtures';
import { TrashPanel } from './TrashPanel';

const PERSON: TrashItem = {
  kind: 'people',
  kindLabel: 'Cá nhân',
  id: 42,
  label: 'Nguyễn Văn An',
  detail: '1985 · Trường Tiểu học Lê Chân',
  deletedAt: new Date(2026, 10, 27, 14, 20).toISOString(),
};
const UNIT: TrashItem = {
  kind: 'units',
  kindLabel: 'Đơn vị',
  id: 7,
  label: 'Tổ dân phố số 9',
  detail: null,
  deletedAt: new Date(2026, 10, 20, 9, 0).toISOString(),
};

async function renderPanel(replies: Replies = {}) {
  const transport = fakeApi({ 'trash.list': pageOf([PERSON, UNIT]), ...replies });
  render(<TrashPanel />);
  await screen.findByRole('table', { name: 'Các bản ghi trong thùng rác' });
  return transport;
}

const rowOf = (name: string) =>
  screen.getByRole('cell', { name: new RegExp(name) }).closest<HTMLElement>('tr')!;

describe('Trash screen', () => {
  it('lists deleted records of every kind with the date they were deleted', async () => {
    const transport = await renderPanel();
    expect(sent(transport, 'trash.list')).toEqual([{ kind: null, offset: 0, limit: 100 }]);
    const cells = within(rowOf('Nguyễn Văn An'))
      .getAllByRole('cell')
      .map((c) => c.textContent);
    expect(cells.slice(0, 3)).toEqual([
      'Nguyễn Văn An1985 · Trường Tiểu học Lê Chân',
      'Cá nhân',
      '27/11/2026 14:20',
    ]);
  });

  it('lists one kind when chosen', async () => {
    const transport = await renderPanel({
      'trash.list': (input) => pageOf(input.kind === 'units' ? [UNIT] : [PERSON, UNIT]),
    });
    fireEvent.click(screen.getByRole('combobox', { name: 'Loại dữ liệu' }));
    fireEvent.click(await screen.findByRole('option', { name: 'Đơn vị' }));
    await waitFor(() => expect(screen.queryByText('Nguyễn Văn An')).toBeNull());
    expect(sent(transport, 'trash.list')[1]).toEqual({ kind: 'units', offset: 0, limit: 100 });
    // The kind column is left out when every row is of the same kind.
    expect(screen.queryByRole('columnheader', { name: 'Loại' })).toBeNull();
  });

  it('restores a record and takes it out of the list', async () => {
    const transport = await renderPanel({
      'trash.restore': { kind: 'people', id: 42, label: 'Nguyễn Văn An' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Khôi phục Nguyễn Văn An' }));
    expect(await screen.findByText('Đã khôi phục Nguyễn Văn An.')).toBeTruthy();
    expect(sent(transport, 'trash.restore')).toEqual([{ kind: 'people', id: 42 }]);
    expect(screen.queryByRole('cell', { name: /Nguyễn Văn An/ })).toBeNull();
  });

  it('shows why a restore was refused', async () => {
    const message =
      'Đơn vị “Trường Tiểu học Lê Chân” của người này đang ở trong thùng rác. Hãy khôi phục đơn vị trước.';
    await renderPanel({ 'trash.restore': failure({ code: 'CONFLICT', message }) });
    fireEvent.click(screen.getByRole('button', { name: 'Khôi phục Nguyễn Văn An' }));
    expect(within(await screen.findByRole('alert')).getByText(message)).toBeTruthy();
    expect(rowOf('Nguyễn Văn An')).toBeTruthy();
  });

  it('deletes for good only after a confirmation that says it cannot be undone', async () => {
    const transport = await renderPanel({
      'trash.purge': { kind: 'units', id: 7, label: 'Tổ dân phố số 9' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Xóa vĩnh viễn Tổ dân phố số 9' }));
    const dialog = await screen.findByRole('dialog', { name: 'Xóa vĩnh viễn?' });
    expect(within(dialog).getByText(/Đơn vị “Tổ dân phố số 9” sẽ bị xóa vĩnh viễn/)).toBeTruthy();
    expect(within(dialog).getByText(/không thể hoàn tác/)).toBeTruthy();
    expect(sent(transport, 'trash.purge')).toEqual([]);

    fireEvent.click(within(dialog).getByRole('button', { name: 'Xóa vĩnh viễn' }));
    expect(await screen.findByText('Đã xóa vĩnh viễn Tổ dân phố số 9.')).toBeTruthy();
    expect(sent(transport, 'trash.purge')).toEqual([{ kind: 'units', id: 7 }]);
    expect(screen.queryByRole('cell', { name: /Tổ dân phố số 9/ })).toBeNull();
  });

  it('deletes nothing when the confirmation is cancelled', async () => {
    const transport = await renderPanel();
    fireEvent.click(screen.getByRole('button', { name: 'Xóa vĩnh viễn Tổ dân phố số 9' }));
    fireEvent.click(within(await screen.findByRole('dialog')).getByRole('button', { name: 'Hủy' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(sent(transport, 'trash.purge')).toEqual([]);
  });

  it('shows the server’s refusal when the record is still referred to, and keeps it', async () => {
    const message =
      'Không xóa vĩnh viễn được “Tổ dân phố số 9”: còn 3 khen thưởng và 12 hộ gia đình nhắc đến đơn vị này.';
    await renderPanel({ 'trash.purge': failure({ code: 'CONFLICT', message }) });
    fireEvent.click(screen.getByRole('button', { name: 'Xóa vĩnh viễn Tổ dân phố số 9' }));
    fireEvent.click(within(await screen.findByRole('dialog')).getByRole('button', { name: 'Xóa vĩnh viễn' }));
    const alert = await screen.findByRole('alert');
    expect(within(alert).getByText(message)).toBeTruthy();
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(rowOf('Tổ dân phố số 9')).toBeTruthy();
  });

  it('says when the trash is empty', async () => {
    fakeApi({ 'trash.list': pageOf([]) });
    render(<TrashPanel />);
    expect(await screen.findByText('Thùng rác trống.')).toBeTruthy();
  });
});
