import { describe, expect, it } from 'vitest';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { render } from '../../test/render';
import { fakeApi, sent } from '../../test/fake-api';
import { MovementRegistrations } from './MovementRegistrations';
import { RegistrationsPanel } from './RegistrationsPanel';
import { registration, SIDE_REPLIES } from './test-fixtures';

const MOVEMENT = { id: 4, name: 'Phong trào Thi đua yêu nước', periodFromYear: 2020, periodToYear: 2021 };

describe('registrations of one movement', () => {
  it('asks for the movement’s registrations in its current year, read-only when it is closed', async () => {
    const transport = fakeApi({
      ...SIDE_REPLIES,
      'movements.get': MOVEMENT as never,
      'registrations.list': [registration(1, 'Trường THCS Lê Chân', { status: 'sent', movementId: 4 })],
      'registrations.notRegistered': {
        expected: 2,
        units: [{ unitId: 21, name: 'Trạm y tế phường', clusters: [] }],
      },
    });
    render(<MovementRegistrations movementId={4} readOnly />);
    expect(await screen.findByText(/Phong trào đã kết thúc/)).toBeTruthy();
    // The movement ended in 2021: its last year is the current one.
    await waitFor(() =>
      expect(sent(transport, 'registrations.list').at(-1)).toMatchObject({ movementId: 4, year: 2021 }),
    );
    const table = await screen.findByRole('table', { name: 'Danh sách đăng ký thi đua' });
    expect(within(table).getByText('Đã gửi')).toBeTruthy();
    expect(screen.queryByRole('button', { name: /Duyệt/ })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Thêm đăng ký' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Đăng ký cho tất cả' })).toBeNull();
    expect(screen.getByText('Trạm y tế phường')).toBeTruthy();
  });
});

describe('the registration form', () => {
  it('registers a unit found by name for titles allowed to collectives only', async () => {
    const transport = fakeApi({
      ...SIDE_REPLIES,
      'registrations.list': [],
      'registrations.notRegistered': { expected: 0, units: [] },
      'units.list': [
        {
          id: 21,
          name: 'Trạm y tế phường',
          shortName: null,
          kind: 'health_station',
          parentId: null,
          activeFrom: null,
          activeTo: null,
          active: true,
          clusters: [],
          peopleCount: 0,
          childCount: 0,
          deletedAt: null,
        },
      ],
      'registrations.create': registration(9, 'Trạm y tế phường'),
    });
    render(<RegistrationsPanel />);
    fireEvent.click(await screen.findByRole('button', { name: 'Thêm đăng ký' }));
    const dialog = await screen.findByRole('dialog', { name: 'Thêm đăng ký thi đua' });
    fireEvent.click(await within(dialog).findByRole('radio', { name: /Trạm y tế phường/ }));
    fireEvent.click(within(dialog).getByRole('combobox', { name: /Danh hiệu đăng ký/ }));
    // Individual titles and hình thức khen thưởng are not offered to a unit.
    expect(screen.queryByRole('option', { name: 'Lao động tiên tiến' })).toBeNull();
    expect(screen.queryByRole('option', { name: /Giấy khen/ })).toBeNull();
    fireEvent.click(await screen.findByRole('option', { name: 'Tập thể lao động xuất sắc' }));
    fireEvent.change(within(dialog).getByRole('textbox', { name: /Nội dung cam kết/ }), {
      target: { value: 'Không có cán bộ vi phạm' },
    });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Lưu' }));
    await waitFor(() => expect(sent(transport, 'registrations.create')).toHaveLength(1));
    expect(sent(transport, 'registrations.create')[0]).toEqual({
      movementId: null,
      year: new Date().getFullYear(),
      registrant: { kind: 'collective', id: 21 },
      titles: [4],
      commitments: 'Không có cán bộ vi phạm',
    });
    expect(await screen.findByText('Đã thêm đăng ký của “Trạm y tế phường”.')).toBeTruthy();
  });
});
