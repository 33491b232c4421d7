import { describe, expect, it } from 'vitest';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { SettingsPage } from './SettingsPage';
import type { Settings } from '../../../../shared/schemas/settings';
import { setTransportForTests } from '../../lib/api';
import { render } from '../../test/render';
import { failure, fakeApi, sent } from '../../test/fake-api';
import { STORED_SETTINGS } from '../../test/fixtures';

const field = (name: string, scope: HTMLElement = document.body) =>
  within(scope).getByRole<HTMLInputElement>('textbox', { name });
const group = (name: string) => screen.getByRole('group', { name });
const type = (input: HTMLInputElement, value: string) => fireEvent.change(input, { target: { value } });
const saveButton = () => screen.getByRole('button', { name: 'Lưu cài đặt' });

/** The message shown for an input: what aria-describedby points at, beyond its hint. */
function errorOf(input: HTMLElement): string | null {
  if (input.getAttribute('aria-invalid') !== 'true') return null;
  const ids = (input.getAttribute('aria-describedby') ?? '').split(/\s+/).filter(Boolean);
  return ids
    .map((id) => document.getElementById(id))
    .filter((el) => el?.id.includes('error'))
    .map((el) => el!.textContent)
    .join(' ');
}

async function renderLoaded(replies: Parameters<typeof fakeApi>[0] = {}) {
  const transport = fakeApi({ 'settings.get': STORED_SETTINGS, ...replies });
  render(<SettingsPage title="Cài đặt" />);
  await screen.findByRole('textbox', { name: 'Tên phường' });
  return transport;
}

describe('SettingsPage', () => {
  it('loads the stored values into the form', async () => {
    await renderLoaded();
    expect(field('Tên phường').value).toBe('Phường Ngô Quyền');
    expect(field('Địa danh ghi ngày tháng').value).toBe('Ngô Quyền');
    expect(field('Tỉnh/thành phố').value).toBe('Hải Phòng');
    expect(field('Họ tên', group('Chủ tịch')).value).toBe('Nguyễn Văn Hùng');
    expect(field('Chức danh', group('Chủ tịch')).value).toBe('Chủ tịch');
    expect(field('Họ tên', group('Phó Chủ tịch 1')).value).toBe('Trần Thị Mai');
    expect(field('Ký hiệu quyết định').value).toBe('QĐ-UBND');
    expect(screen.getByText('Số quyết định sẽ ghi: Số: 05/QĐ-UBND')).toBeTruthy();
    expect(field('Hạn báo cáo của đơn vị').value).toBe('10/12');
    expect(field('Hạn báo cáo của phường').value).toBe('15/12');
    expect(field('Tên cán bộ sử dụng máy này').value).toBe('Lê Văn An');
  });

  it('refuses an empty ward name with the Vietnamese message on the field, without saving', async () => {
    const transport = await renderLoaded({ 'settings.update': (input) => input as Settings });
    type(field('Tên phường'), '   ');
    fireEvent.click(saveButton());

    await waitFor(() => expect(errorOf(field('Tên phường'))).toBe('Vui lòng nhập tên phường.'));
    expect(sent(transport, 'settings.update')).toEqual([]);
    expect(document.activeElement).toBe(field('Tên phường'));
  });

  it('refuses a deadline that is not a day/month with the schema message', async () => {
    const transport = await renderLoaded({ 'settings.update': (input) => input as Settings });
    type(field('Hạn báo cáo của phường'), '31/02');
    fireEvent.click(saveButton());

    await waitFor(() =>
      expect(errorOf(field('Hạn báo cáo của phường'))).toBe(
        'Hạn báo cáo của phường phải có dạng ngày/tháng, ví dụ 10/12.',
      ),
    );
    expect(sent(transport, 'settings.update')).toEqual([]);
  });

  it('refuses backup counts outside the schema’s range, or empty, with its messages', async () => {
    const transport = await renderLoaded({ 'settings.update': (input) => input as Settings });
    expect(screen.getByRole('heading', { level: 2, name: 'Sao lưu tự động' })).toBeTruthy();
    expect(field('Số bản sao lưu giữ theo ngày').value).toBe('7');
    expect(field('Số bản sao lưu giữ theo tuần').value).toBe('4');
    expect(field('Số bản sao lưu giữ theo tháng').value).toBe('12');
    type(field('Số bản sao lưu giữ theo ngày'), '0');
    type(field('Số bản sao lưu giữ theo tuần'), '53');
    type(field('Số bản sao lưu giữ theo tháng'), '');
    fireEvent.click(saveButton());

    await waitFor(() =>
      expect(errorOf(field('Số bản sao lưu giữ theo ngày'))).toBe(
        'Số bản sao lưu giữ theo ngày phải từ 1 đến 60.',
      ),
    );
    expect(errorOf(field('Số bản sao lưu giữ theo tuần'))).toBe(
      'Số bản sao lưu giữ theo tuần phải từ 0 đến 52.',
    );
    expect(errorOf(field('Số bản sao lưu giữ theo tháng'))).toBe(
      'Số bản sao lưu giữ theo tháng phải là một số.',
    );
    expect(sent(transport, 'settings.update')).toEqual([]);
  });

  it('saves the backup counts as numbers', async () => {
    const transport = await renderLoaded({ 'settings.update': (input) => input as Settings });
    type(field('Số bản sao lưu giữ theo ngày'), '14');
    type(field('Số bản sao lưu giữ theo tuần'), '0');
    fireEvent.click(saveButton());
    expect(await screen.findByText('Đã lưu cài đặt.')).toBeTruthy();
    expect(sent(transport, 'settings.update')).toEqual([
      { ...STORED_SETTINGS, backupRetention: { daily: 14, weekly: 0, monthly: 12 } },
    ]);
  });

  it('saves valid input, sends what was typed, and says so', async () => {
    const transport = await renderLoaded({
      'settings.update': (input) => ({ ...(input as Settings), wardName: 'Phường Lê Chân' }),
    });
    type(field('Tên phường'), 'Phường  Lê Chân ');
    type(field('Ký hiệu quyết định'), 'QĐ-CT');
    type(field('Hạn báo cáo của đơn vị'), '05/12');
    type(field('Họ tên', group('Chủ tịch')), 'Phạm Văn Bình');
    fireEvent.click(screen.getByRole('button', { name: 'Xóa phó chủ tịch 1' }));
    fireEvent.click(screen.getByRole('button', { name: 'Thêm phó chủ tịch' }));
    type(field('Họ tên', group('Phó Chủ tịch 1')), 'Đỗ Thị Hà');
    expect(screen.getByText('Số quyết định sẽ ghi: Số: 05/QĐ-CT')).toBeTruthy();
    fireEvent.click(saveButton());

    expect(await screen.findByText('Đã lưu cài đặt.')).toBeTruthy();
    expect(sent(transport, 'settings.update')).toEqual([
      {
        ...STORED_SETTINGS,
        wardName: 'Phường  Lê Chân ',
        decisionSuffix: 'QĐ-CT',
        unitReportDeadline: '05/12',
        chairman: { name: 'Phạm Văn Bình', title: 'Chủ tịch' },
        viceChairmen: [{ name: 'Đỗ Thị Hà', title: 'Phó Chủ tịch' }],
      },
    ]);
    // The form now shows what was stored, with nothing left to restore.
    expect(field('Tên phường').value).toBe('Phường Lê Chân');
    expect(
      (screen.getByRole('button', { name: 'Khôi phục giá trị đã lưu' }) as HTMLButtonElement).disabled,
    ).toBe(true);
  });

  it('keeps the save button disabled while saving', async () => {
    let finish: () => void = () => {};
    const answered = new Promise<void>((resolve) => (finish = resolve));
    setTransportForTests(async (channel) => {
      if (channel === 'settings.update') await answered;
      return { ok: true, data: STORED_SETTINGS };
    });
    render(<SettingsPage title="Cài đặt" />);
    await screen.findByRole('textbox', { name: 'Tên phường' });

    fireEvent.click(saveButton());
    await waitFor(() => expect((saveButton() as HTMLButtonElement).disabled).toBe(true));
    finish();
    await screen.findByText('Đã lưu cài đặt.');
    expect((saveButton() as HTMLButtonElement).disabled).toBe(false);
  });

  it('puts the main process field errors on their fields and shows the message', async () => {
    await renderLoaded({
      'settings.update': failure({
        code: 'VALIDATION',
        message: 'Dữ liệu chưa hợp lệ: Vui lòng nhập họ tên.',
        fields: {
          'chairman.name': 'Vui lòng nhập họ tên.',
          'viceChairmen.0.title': 'Chức danh không được dài quá 100 ký tự.',
        },
      }),
    });
    fireEvent.click(saveButton());

    await waitFor(() => expect(errorOf(field('Họ tên', group('Chủ tịch')))).toBe('Vui lòng nhập họ tên.'));
    expect(errorOf(field('Chức danh', group('Phó Chủ tịch 1')))).toBe(
      'Chức danh không được dài quá 100 ký tự.',
    );
    expect(errorOf(field('Tên phường'))).toBeNull();
    expect(screen.getByText('Dữ liệu chưa hợp lệ: Vui lòng nhập họ tên.')).toBeTruthy();
    expect(screen.queryByText('Đã lưu cài đặt.')).toBeNull();
  });

  it('restores the stored values on request', async () => {
    await renderLoaded();
    const restore = screen.getByRole('button', { name: 'Khôi phục giá trị đã lưu' }) as HTMLButtonElement;
    expect(restore.disabled).toBe(true);
    type(field('Tên phường'), 'Phường Khác');
    fireEvent.click(screen.getByRole('button', { name: 'Thêm phó chủ tịch' }));
    expect(restore.disabled).toBe(false);

    fireEvent.click(restore);
    expect(field('Tên phường').value).toBe('Phường Ngô Quyền');
    expect(screen.queryByRole('group', { name: 'Phó Chủ tịch 2' })).toBeNull();
  });

  it('allows at most five vice-chairmen', async () => {
    await renderLoaded();
    const add = screen.getByRole('button', { name: 'Thêm phó chủ tịch' }) as HTMLButtonElement;
    for (let i = 0; i < 4; i++) fireEvent.click(add);
    expect(screen.getByRole('group', { name: 'Phó Chủ tịch 5' })).toBeTruthy();
    expect(add.disabled).toBe(true);
    expect(screen.getByText('Tối đa 5 phó chủ tịch.')).toBeTruthy();
  });

  it('shows the reason and a retry when the settings cannot be read', async () => {
    fakeApi({
      'settings.get': (_input, n) =>
        n === 0 ? failure({ code: 'INTERNAL', message: 'Lỗi đọc cài đặt.' }) : STORED_SETTINGS,
    });
    render(<SettingsPage title="Cài đặt" />);
    const alert = await screen.findByRole('alert');
    expect(within(alert).getByText('Lỗi đọc cài đặt.')).toBeTruthy();
    fireEvent.click(within(alert).getByRole('button', { name: 'Thử lại' }));
    expect((await screen.findByRole<HTMLInputElement>('textbox', { name: 'Tên phường' })).value).toBe(
      'Phường Ngô Quyền',
    );
  });
});

describe('Support card', () => {
  it('saves the log and tells where it went', async () => {
    await renderLoaded({
      'app.exportLog': {
        saved: true,
        fileName: 'tdkt.log',
        location: 'C:\\Users\\vhxh\\Documents\\tdkt.log',
        sizeBytes: 120,
      },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Lưu nhật ký lỗi' }));
    expect(
      await screen.findByText('Đã lưu nhật ký lỗi vào: C:\\Users\\vhxh\\Documents\\tdkt.log'),
    ).toBeTruthy();
  });

  it('says so when the save dialog was cancelled', async () => {
    await renderLoaded({ 'app.exportLog': { saved: false } });
    fireEvent.click(screen.getByRole('button', { name: 'Lưu nhật ký lỗi' }));
    expect(await screen.findByText('Chưa lưu nhật ký lỗi: bạn đã đóng hộp thoại lưu tệp.')).toBeTruthy();
  });

  it('shows the message of a failure', async () => {
    await renderLoaded({ 'app.exportLog': failure({ code: 'INTERNAL', message: 'Không ghi được tệp.' }) });
    fireEvent.click(screen.getByRole('button', { name: 'Lưu nhật ký lỗi' }));
    expect(await screen.findByText('Không ghi được tệp.')).toBeTruthy();
  });
});
