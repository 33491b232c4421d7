import { describe, expect, it } from 'vitest';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { render } from '../../test/render';
import { failure, fakeApi, sent } from '../../test/fake-api';
import { ANH, UNITS, pageOf } from '../../test/registry-fixtures';
import { EDIT_POSITION } from '../history/test-fixtures';
import { useNavigation } from '../../app/navigation';
import { PeopleArea } from './PeopleArea';
import { PersonDetailPage } from './PersonDetailPage';

const TRASHED = { ...ANH, deletedAt: '2026-03-05T02:00:00.000Z' };

function definitionOf(label: string): string | null {
  const dt = screen.getAllByText(label).find((el) => el.tagName === 'DT');
  return dt?.nextElementSibling?.textContent ?? null;
}

describe('Person detail page', () => {
  it('shows every field under the person’s name, with a link to the unit', async () => {
    const transport = fakeApi({ 'people.get': ANH, 'units.list': UNITS });
    render(<PersonDetailPage id={42} />);
    expect(await screen.findByRole('heading', { level: 1, name: 'Nguyễn Thị Ngọc Ánh' })).toBeTruthy();
    expect(sent(transport, 'people.get')).toEqual([{ id: 42 }]);
    expect(definitionOf('Giới tính')).toBe('Nữ');
    expect(definitionOf('Ngày sinh hoặc năm sinh')).toBe('05/07/1985');
    expect(definitionOf('Chức vụ')).toBe('Giáo viên');
    expect(definitionOf('Đối tượng')).toBe('Công chức, viên chức');
    expect(definitionOf('Số định danh')).toBe('031185001234');
    expect(definitionOf('Số điện thoại')).toBe('0912 345 678');
    expect(definitionOf('Địa chỉ')).toBe('Chưa có');
    expect(screen.getByRole('link', { name: 'Trường Tiểu học Lê Chân' }).getAttribute('href')).toBe(
      '#/don-vi/2',
    );
    expect(screen.getByRole('link', { name: /Danh sách cá nhân/ }).getAttribute('href')).toBe('#/ca-nhan');
    expect(screen.getByText('Đang công tác')).toBeTruthy();
    // The award history (none yet for this person); exemplars are not built yet.
    expect(screen.getByRole('heading', { name: 'Khen thưởng' })).toBeTruthy();
    expect(await screen.findByText('Chưa có khen thưởng nào.')).toBeTruthy();
    expect(sent(transport, 'awards.history')).toEqual([{ kind: 'individual', id: 42 }]);
    expect(screen.getByRole('heading', { name: 'Điển hình tiên tiến' })).toBeTruthy();
  });

  it('moves the person to the trash after confirming, then restores them', async () => {
    const transport = fakeApi({ 'people.get': ANH, 'people.delete': TRASHED, 'people.restore': ANH });
    render(<PersonDetailPage id={42} />);
    fireEvent.click(await screen.findByRole('button', { name: 'Xóa' }));
    const confirm = await screen.findByRole('dialog');
    expect(within(confirm).getByText(/Nguyễn Thị Ngọc Ánh sẽ được chuyển vào thùng rác/)).toBeTruthy();
    fireEvent.click(within(confirm).getByRole('button', { name: 'Xóa' }));

    expect(await screen.findByText('Đã chuyển Nguyễn Thị Ngọc Ánh vào thùng rác.')).toBeTruthy();
    expect(sent(transport, 'people.delete')).toEqual([{ id: 42 }]);
    expect(screen.getByText('Trong thùng rác')).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Sửa' })).toBeNull();

    fireEvent.click(screen.getByRole('button', { name: 'Khôi phục' }));
    expect(await screen.findByText('Đã khôi phục Nguyễn Thị Ngọc Ánh.')).toBeTruthy();
    expect(sent(transport, 'people.restore')).toEqual([{ id: 42 }]);
    expect(screen.queryByText('Trong thùng rác')).toBeNull();
    expect(screen.getByRole('button', { name: 'Sửa' })).toBeTruthy();
  });

  it('does nothing when the deletion is cancelled', async () => {
    const transport = fakeApi({ 'people.get': ANH });
    render(<PersonDetailPage id={42} />);
    fireEvent.click(await screen.findByRole('button', { name: 'Xóa' }));
    fireEvent.click(within(await screen.findByRole('dialog')).getByRole('button', { name: 'Hủy' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(sent(transport, 'people.delete')).toEqual([]);
  });

  it('opens the edit form with the stored values and shows the saved ones', async () => {
    const transport = fakeApi({
      'people.get': ANH,
      'units.list': UNITS,
      'people.update': ({ values }) => ({ ...ANH, position: values.position as string }),
    });
    render(<PersonDetailPage id={42} />);
    fireEvent.click(await screen.findByRole('button', { name: 'Sửa' }));
    const form = await screen.findByRole('dialog');
    fireEvent.change(within(form).getByRole('textbox', { name: 'Chức vụ' }), {
      target: { value: 'Hiệu phó' },
    });
    fireEvent.click(within(form).getByRole('button', { name: 'Lưu' }));
    await waitFor(() => expect(definitionOf('Chức vụ')).toBe('Hiệu phó'));
    expect(sent(transport, 'people.update')).toHaveLength(1);
  });

  it('lists the person’s own changes, newest first, and reads them again after an edit', async () => {
    const transport = fakeApi({
      'people.get': ANH,
      'units.list': UNITS,
      'audit.list': pageOf([EDIT_POSITION]),
      'people.update': ({ values }) => ({
        ...ANH,
        position: values.position as string,
        updatedAt: '2026-11-26T09:05:09.000Z',
      }),
    });
    render(<PersonDetailPage id={42} />);
    const history = await screen.findByRole('table', { name: 'Lịch sử thay đổi của Nguyễn Thị Ngọc Ánh' });
    expect(sent(transport, 'audit.list')).toEqual([
      { entity: 'people', entityId: 42, action: null, from: null, to: null, query: '', offset: 0, limit: 50 },
    ]);
    expect(within(history).getByRole('listitem').textContent).toBe('Chức vụ: Giáo viên → Hiệu phó');
    expect(within(history).getByText('26/11/2026 16:05:09')).toBeTruthy();
    // Every entry is about this person: no column naming the record.
    expect(within(history).queryByRole('columnheader', { name: 'Đối tượng' })).toBeNull();

    fireEvent.click(screen.getByRole('button', { name: 'Sửa' }));
    const form = await screen.findByRole('dialog');
    fireEvent.change(within(form).getByRole('textbox', { name: 'Chức vụ' }), {
      target: { value: 'Hiệu phó' },
    });
    fireEvent.click(within(form).getByRole('button', { name: 'Lưu' }));
    await waitFor(() => expect(sent(transport, 'audit.list')).toHaveLength(2));
  });

  it('shows the reason when the person cannot be read', async () => {
    fakeApi({ 'people.get': failure({ code: 'NOT_FOUND', message: 'Không tìm thấy cá nhân này.' }) });
    render(<PersonDetailPage id={7} />);
    expect(await screen.findByText('Không tìm thấy cá nhân này.')).toBeTruthy();
  });

  it('is what the people area shows for #/ca-nhan/<id>', async () => {
    fakeApi({ 'people.get': ANH, 'units.list': UNITS });
    useNavigation.getState().go('people', 42);
    render(<PeopleArea title="Cá nhân" />);
    expect(await screen.findByRole('heading', { level: 1, name: 'Nguyễn Thị Ngọc Ánh' })).toBeTruthy();
  });
});
