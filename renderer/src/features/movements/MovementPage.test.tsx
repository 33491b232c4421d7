import { describe, expect, it, vi } from 'vitest';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { render } from '../../test/render';
import { failure, fakeApi, sent } from '../../test/fake-api';
import { MovementPage } from './MovementPage';
import { CLOSED, MOVEMENT } from './test-fixtures';

// Other features' sections are tested by their owners; here only what the page hands them matters.
vi.mock('../registrations/MovementRegistrations', () => ({
  MovementRegistrations: (p: { movementId: number; readOnly: boolean }) => (
    <p>{`registrations of ${p.movementId}, readOnly=${String(p.readOnly)}`}</p>
  ),
}));
vi.mock('../exemplars/MovementModels', () => ({
  MovementModels: (p: { movementId: number; readOnly: boolean }) => (
    <p>{`models of ${p.movementId}, readOnly=${String(p.readOnly)}`}</p>
  ),
}));

describe('a movement’s page', () => {
  it('shows details, criteria, units, the other sections and an empty Khen thưởng section', async () => {
    fakeApi({ 'movements.get': MOVEMENT, 'movements.decisions': [] });
    render(<MovementPage id={7} />);
    expect(await screen.findByRole('heading', { level: 1, name: MOVEMENT.name })).toBeTruthy();
    expect(screen.getByText('Số 45/KH-UBND ngày 15/01/2026')).toBeTruthy();
    const criteria = screen.getByRole('table', { name: 'Tiêu chí thi đua' });
    expect(within(criteria).getByText('Hộ gia đình văn hóa')).toBeTruthy();
    expect(within(criteria).getByText('60%')).toBeTruthy();
    expect(screen.getByRole('heading', { name: 'Đơn vị tham gia (2)' })).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Tổ dân phố số 5' }).getAttribute('href')).toBe('#/don-vi/3');
    expect(screen.getByText('registrations of 7, readOnly=false')).toBeTruthy();
    expect(screen.getByText('models of 7, readOnly=false')).toBeTruthy();
    expect(screen.getByText('Chưa có quyết định khen thưởng nào gắn với phong trào này.')).toBeTruthy();
    expect((screen.getByRole('button', { name: 'Sửa' }) as HTMLButtonElement).disabled).toBe(false);
  });

  it('lists linked decisions with a link to each', async () => {
    fakeApi({
      'movements.get': MOVEMENT,
      'movements.decisions': [
        {
          id: 31,
          numberText: '05/QĐ-UBND',
          decisionDate: '2026-07-05',
          subject: 'Về việc tặng Giấy khen',
          status: 'signed',
          lineCount: 3,
          totalAmount: 2280000,
        },
      ],
    });
    render(<MovementPage id={7} />);
    const table = await screen.findByRole('table', { name: 'Quyết định khen thưởng gắn với phong trào' });
    expect(within(table).getByRole('link', { name: 'Số 05/QĐ-UBND' }).getAttribute('href')).toBe(
      '#/khen-thuong/quyet-dinh/31',
    );
    expect(within(table).getByText('2.280.000 đ')).toBeTruthy();
    expect(within(table).getByText('Đã ký')).toBeTruthy();
  });

  it('moves a launched step forward with one button', async () => {
    const transport = fakeApi({
      'movements.get': (_q, i) =>
        i === 0 ? { ...MOVEMENT, status: 'draft' } : { ...MOVEMENT, status: 'launched' },
      'movements.decisions': [],
      'movements.setStatus': { ...MOVEMENT, status: 'launched' },
      'movements.list': [],
    });
    render(<MovementPage id={7} />);
    fireEvent.click(await screen.findByRole('button', { name: 'Phát động' }));
    await waitFor(() =>
      expect(sent(transport, 'movements.setStatus')).toEqual([{ id: 7, status: 'launched', reason: '' }]),
    );
    expect(await screen.findByRole('button', { name: 'Bắt đầu thực hiện' })).toBeTruthy();
  });

  it('keeps a closed movement read-only and reopens it only with a reason', async () => {
    const transport = fakeApi({
      'movements.get': (_q, i) => (i === 0 ? CLOSED : MOVEMENT),
      'movements.decisions': [],
      'movements.setStatus': (q) =>
        q.reason?.trim()
          ? MOVEMENT
          : failure({
              code: 'VALIDATION',
              message: 'Vui lòng nhập lý do mở lại phong trào.',
              fields: { reason: 'Vui lòng nhập lý do mở lại phong trào.' },
            }),
      'movements.list': [],
    });
    render(<MovementPage id={7} />);
    expect(await screen.findByText(/Phong trào đã kết thúc ngày 20\/11\/2026/)).toBeTruthy();
    expect((screen.getByRole('button', { name: 'Sửa' }) as HTMLButtonElement).disabled).toBe(true);
    expect(screen.getByText('registrations of 7, readOnly=true')).toBeTruthy();

    fireEvent.click(screen.getByRole('button', { name: 'Mở lại' }));
    const dialog = await screen.findByRole('dialog', { name: 'Mở lại phong trào' });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Mở lại' }));
    expect(await within(dialog).findByText('Vui lòng nhập lý do mở lại phong trào.')).toBeTruthy();
    fireEvent.change(within(dialog).getByRole('textbox', { name: /Lý do mở lại/ }), {
      target: { value: 'Bổ sung kết quả' },
    });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Mở lại' }));
    await waitFor(() =>
      expect(sent(transport, 'movements.setStatus').at(-1)).toEqual({
        id: 7,
        status: 'in_progress',
        reason: 'Bổ sung kết quả',
      }),
    );
    await waitFor(() =>
      expect((screen.getByRole('button', { name: 'Sửa' }) as HTMLButtonElement).disabled).toBe(false),
    );
  });

  it('shows why a delete was refused and offers to archive instead', async () => {
    const refusal =
      'Phong trào “Toàn dân đoàn kết xây dựng đời sống văn hóa” đã có 2 đăng ký thi đua gắn với nó nên không xóa được. Hãy lưu trữ phong trào: dữ liệu được giữ lại.';
    const transport = fakeApi({
      'movements.get': MOVEMENT,
      'movements.decisions': [],
      'movements.delete': failure({ code: 'CONFLICT', message: refusal }),
      'movements.archive': { ...MOVEMENT, archivedAt: '2026-11-26T09:00:00.000Z' },
      'movements.list': [],
    });
    render(<MovementPage id={7} />);
    fireEvent.click(await screen.findByRole('button', { name: 'Thao tác khác' }));
    fireEvent.click(await screen.findByRole('menuitem', { name: 'Xóa' }));
    const dialog = await screen.findByRole('dialog');
    fireEvent.click(within(dialog).getByRole('button', { name: 'Xóa' }));
    expect(await within(dialog).findByText(refusal)).toBeTruthy();
    fireEvent.click(within(dialog).getByRole('button', { name: 'Lưu trữ phong trào' }));
    await waitFor(() => expect(sent(transport, 'movements.archive')).toEqual([{ id: 7 }]));
  });
});
