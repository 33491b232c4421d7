import { describe, expect, it } from 'vitest';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { render } from '../../test/render';
import { failure, fakeApi, sent } from '../../test/fake-api';
import { RegistrationsPanel } from './RegistrationsPanel';
import { registration, SIDE_REPLIES } from './test-fixtures';

const MISSING = {
  expected: 3,
  units: [
    { unitId: 21, name: 'Trạm y tế phường', clusters: ['Cụm 1'] },
    { unitId: 22, name: 'Tổ dân phố số 3', clusters: [] },
  ],
};

describe('the registrations tab', () => {
  it('says what to do when nobody registered, and lists the units that have not', async () => {
    fakeApi({ ...SIDE_REPLIES, 'registrations.list': [], 'registrations.notRegistered': MISSING });
    render(<RegistrationsPanel />);
    expect(await screen.findByText('Chưa có đăng ký thi đua nào.')).toBeTruthy();
    expect(screen.getByText(/Bấm “Thêm đăng ký”/)).toBeTruthy();
    const card = screen.getByRole('region', { name: 'Chưa đăng ký' });
    expect(within(card).getByText('2 trên 3 đơn vị chưa đăng ký')).toBeTruthy();
    const row = within(card).getByText('Trạm y tế phường').closest('li')!;
    expect(within(row).getByText('Cụm 1')).toBeTruthy();
  });

  it('shows each registration’s status, the return reason, and only the actions its status allows', async () => {
    fakeApi({
      ...SIDE_REPLIES,
      'registrations.list': [
        registration(1, 'Trường THCS Lê Chân', { status: 'sent', sentAt: '2026-11-20T02:00:00.000Z' }),
        registration(2, 'Trạm y tế phường', {
          status: 'returned',
          returnReason: 'Thiếu chỉ tiêu',
          reviewedAt: '2026-11-21T02:00:00.000Z',
        }),
        registration(3, 'Tổ dân phố số 3', { status: 'approved', result: 'achieved' }),
      ],
      'registrations.notRegistered': { expected: 3, units: [] },
    });
    render(<RegistrationsPanel />);
    const table = await screen.findByRole('table', { name: 'Danh sách đăng ký thi đua' });
    const school = within(table).getByText('Trường THCS Lê Chân').closest('tr')!;
    expect(within(school).getByText('Đã gửi')).toBeTruthy();
    expect(within(school).getByText('Gửi ngày 20/11/2026')).toBeTruthy();
    expect(
      within(school).getByRole('button', { name: 'Duyệt đăng ký của Trường THCS Lê Chân' }),
    ).toBeTruthy();
    expect(within(school).queryByRole('button', { name: /^Xóa/ })).toBeNull();
    const clinic = within(table).getByText('Trạm y tế phường').closest('tr')!;
    expect(within(clinic).getByText('Trả lại')).toBeTruthy();
    expect(within(clinic).getByText('Lý do: Thiếu chỉ tiêu')).toBeTruthy();
    expect(within(clinic).getByRole('button', { name: 'Gửi đăng ký của Trạm y tế phường' })).toBeTruthy();
    const group = within(table).getByText('Tổ dân phố số 3').closest('tr')!;
    expect(within(group).getByText('Đạt')).toBeTruthy();
    expect(within(group).queryByRole('button', { name: /^Sửa/ })).toBeNull();
    expect(screen.getByText('Cả 3 đơn vị đã đăng ký.')).toBeTruthy();
  });

  it('returns a registration only with a reason, showing the main process’s message', async () => {
    const transport = fakeApi({
      ...SIDE_REPLIES,
      'registrations.list': [registration(1, 'Trường THCS Lê Chân', { status: 'sent' })],
      'registrations.notRegistered': { expected: 1, units: [] },
      'registrations.return': (input, i) =>
        i === 0
          ? failure({
              code: 'VALIDATION',
              message: 'Dữ liệu chưa hợp lệ',
              fields: { reason: 'Vui lòng nhập lý do trả lại.' },
            })
          : registration(1, 'Trường THCS Lê Chân', { status: 'returned', returnReason: input.reason }),
    });
    render(<RegistrationsPanel />);
    fireEvent.click(await screen.findByRole('button', { name: 'Trả lại đăng ký của Trường THCS Lê Chân' }));
    const dialog = await screen.findByRole('dialog', { name: 'Trả lại đăng ký của “Trường THCS Lê Chân”' });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Trả lại' }));
    expect(await within(dialog).findByText('Vui lòng nhập lý do trả lại.')).toBeTruthy();
    fireEvent.change(within(dialog).getByLabelText(/Lý do trả lại/), { target: { value: 'Thiếu chỉ tiêu' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Trả lại' }));
    await waitFor(() => expect(sent(transport, 'registrations.return')).toHaveLength(2));
    expect(sent(transport, 'registrations.return')[1]).toEqual({ id: 1, reason: 'Thiếu chỉ tiêu' });
  });

  it('registers every unit not yet registered in one step, with the usual title picked', async () => {
    const transport = fakeApi({
      ...SIDE_REPLIES,
      'registrations.list': [],
      'registrations.notRegistered': MISSING,
      'registrations.bulkRegister': { created: 2, skipped: [] },
    });
    render(<RegistrationsPanel />);
    fireEvent.click(await screen.findByRole('button', { name: 'Đăng ký cho tất cả' }));
    const dialog = await screen.findByRole('dialog', { name: 'Đăng ký cho nhiều đơn vị' });
    expect(within(dialog).getAllByText('Tập thể lao động tiên tiến').length).toBeGreaterThan(0);
    fireEvent.click(within(dialog).getByRole('button', { name: 'Đăng ký' }));
    await waitFor(() => expect(sent(transport, 'registrations.bulkRegister')).toHaveLength(1));
    expect(sent(transport, 'registrations.bulkRegister')[0]).toEqual({
      movementId: null,
      year: new Date().getFullYear(),
      target: { by: 'units', unitIds: [21, 22] },
      titles: [3],
      commitments: '',
    });
    expect(await screen.findByText('Đã đăng ký cho 2 đơn vị.')).toBeTruthy();
  });
});

describe('the scope the tab opens on', () => {
  it('is the running regular movement of the year, so its "chưa đăng ký" matches the dashboard', async () => {
    const plan = {
      id: 9,
      name: 'Thi đua 2026-2030',
      theme: null,
      kind: 'regular' as const,
      scope: 'ward' as const,
      docNumber: null,
      docDate: null,
      periodFromYear: 2026,
      periodToYear: 2030,
      status: 'in_progress' as const,
      unitCount: 3,
      archivedAt: null,
      closedAt: null,
      updatedAt: '2026-01-01T00:00:00.000Z',
    };
    const transport = fakeApi({
      ...SIDE_REPLIES,
      'movements.list': [{ ...plan, id: 8, name: 'Chuyên đề', kind: 'thematic' }, plan],
      'registrations.list': [],
      'registrations.notRegistered': MISSING,
    });
    render(<RegistrationsPanel />);
    await waitFor(() =>
      expect(sent(transport, 'registrations.notRegistered')).toContainEqual(
        expect.objectContaining({ movementId: 9 }),
      ),
    );
    expect(screen.getByRole<HTMLInputElement>('combobox', { name: 'Phong trào' }).value).toBe(
      'Thi đua 2026-2030',
    );
  });
});
