import { afterEach, describe, expect, it, vi } from 'vitest';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import type { RestoreReport } from '../../../../shared/api/backup';
import { render } from '../../test/render';
import { failure, fakeApi, sent, type Replies } from '../../test/fake-api';
import { deferred } from '../../test/registry-fixtures';
import { pageReload } from '../recovery/reload';
import { BackupPanel } from './BackupPanel';
import {
  AUTO_BACKUP,
  BACKUP_OVERVIEW,
  INSPECTION,
  MANUAL_BACKUP,
  PRERESTORE_BACKUP,
  REPORT,
} from './test-fixtures';

afterEach(() => vi.restoreAllMocks());

async function renderPanel(replies: Replies = {}) {
  const transport = fakeApi({ 'backup.list': BACKUP_OVERVIEW, ...replies });
  render(<BackupPanel />);
  await screen.findByRole('table', { name: 'Các bản sao lưu trên máy này' });
  return transport;
}

const button = (name: string | RegExp) => screen.getByRole<HTMLButtonElement>('button', { name });
const fileInput = () => document.querySelector<HTMLInputElement>('input[type=file]')!;
const pick = (name = INSPECTION.fileName, bytes = 'SQLite format 3\0data') =>
  fireEvent.change(fileInput(), { target: { files: [new File([bytes], name)] } });

describe('Backups kept on this computer', () => {
  it('lists them newest first with date, reason and size, and says what is kept', async () => {
    await renderPanel();
    const table = screen.getByRole('table', { name: 'Các bản sao lưu trên máy này' });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(
      rows.map((r) =>
        within(r)
          .getAllByRole('cell')
          .slice(0, 3)
          .map((c) => c.textContent),
      ),
    ).toEqual([
      ['26/11/2026 08:00', 'Tự động hằng ngày', '12,4 MB'],
      ['25/11/2026 16:30', 'Sao lưu thủ công', '850 KB'],
    ]);
    expect(screen.getByText(/Giữ lại bản mới nhất của 7 ngày, 4 tuần và 12 tháng gần nhất\./)).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Đổi trong Cài đặt' }).getAttribute('href')).toBe('#/cai-dat');
    expect(screen.getByText('Lần sao lưu tự động gần nhất: 26/11/2026 08:00.')).toBeTruthy();
    expect(screen.queryByText('Lần sao lưu tự động gần nhất không thành công')).toBeNull();
  });

  it('shows the last automatic failure', async () => {
    await renderPanel({
      'backup.list': {
        ...BACKUP_OVERVIEW,
        lastFailure: { at: new Date(2026, 10, 27, 8, 1).toISOString(), message: 'Ổ đĩa đã đầy.' },
      },
    });
    expect(screen.getByText('Lần sao lưu tự động gần nhất không thành công')).toBeTruthy();
    expect(screen.getByText('Lúc 27/11/2026 08:01: Ổ đĩa đã đầy.')).toBeTruthy();
  });

  it('"Tạo bản sao lưu" makes one and reads the list again', async () => {
    const made = {
      ...MANUAL_BACKUP,
      name: 'tdkt-20261128-091500-manual.sqlite',
      createdAt: new Date(2026, 10, 28, 9, 15).toISOString(),
    };
    const transport = await renderPanel({
      'backup.create': made,
      'backup.list': (_input, n) =>
        n === 0 ? BACKUP_OVERVIEW : { ...BACKUP_OVERVIEW, backups: [made, ...BACKUP_OVERVIEW.backups] },
    });
    fireEvent.click(button('Tạo bản sao lưu'));
    expect(await screen.findByText('Đã tạo bản sao lưu lúc 28/11/2026 09:15.')).toBeTruthy();
    expect(sent(transport, 'backup.create')).toEqual([{}]);
    expect(sent(transport, 'backup.list')).toHaveLength(2);
    const table = screen.getByRole('table', { name: 'Các bản sao lưu trên máy này' });
    expect(within(table).getAllByRole('row')).toHaveLength(4);
  });
});

describe('Sao lưu ngay', () => {
  it('says where the file went and how big it is', async () => {
    const transport = await renderPanel({
      'backup.saveToFolder': {
        saved: true,
        fileName: 'tdkt-phuong-le-chan-20261128-091500.sqlite',
        location: 'E:\\tdkt-phuong-le-chan-20261128-091500.sqlite',
        sizeBytes: 13_002_342,
        createdAt: new Date(2026, 10, 28, 9, 15).toISOString(),
      },
    });
    fireEvent.click(button('Sao lưu ra thư mục…'));
    expect(
      await screen.findByText('Đã lưu: E:\\tdkt-phuong-le-chan-20261128-091500.sqlite (12,4 MB)'),
    ).toBeTruthy();
    expect(sent(transport, 'backup.saveToFolder')).toEqual([{}]);
  });

  it('says nothing was saved when the folder dialog was closed', async () => {
    await renderPanel({ 'backup.saveToFolder': { saved: false } });
    fireEvent.click(button('Sao lưu ra thư mục…'));
    expect(await screen.findByText('Chưa sao lưu: bạn đã đóng hộp thoại chọn thư mục.')).toBeTruthy();
  });

  it('shows the reason when the copy could not be written', async () => {
    await renderPanel({
      'backup.saveToFolder': failure({ code: 'INTERNAL', message: 'USB có thể đã đầy.' }),
    });
    fireEvent.click(button('Sao lưu ra thư mục…'));
    const alert = await screen.findByRole('alert');
    expect(within(alert).getByText('Chưa sao lưu được')).toBeTruthy();
    expect(within(alert).getByText('USB có thể đã đầy.')).toBeTruthy();
  });

  it('ignores a second click, and every other backup button, while the copy is written', async () => {
    const held = deferred<void>();
    const transport = await renderPanel({
      'backup.saveToFolder': () => ({ saved: false }),
      'backup.create': MANUAL_BACKUP,
    });
    const answer = transport.getMockImplementation()!;
    transport.mockImplementation(async (channel, input) => {
      if (channel === 'backup.saveToFolder') await held.promise;
      return answer(channel, input);
    });

    fireEvent.click(button('Sao lưu ra thư mục…'));
    await screen.findByText('Đang sao lưu và kiểm tra tệp…');
    expect(button('Sao lưu ra thư mục…').disabled).toBe(true);
    expect(button('Tạo bản sao lưu').disabled).toBe(true);
    expect(button('Khôi phục từ tệp…').disabled).toBe(true);
    fireEvent.click(button('Sao lưu ra thư mục…'));
    fireEvent.click(button('Tạo bản sao lưu'));

    held.resolve();
    await screen.findByText('Chưa sao lưu: bạn đã đóng hộp thoại chọn thư mục.');
    expect(sent(transport, 'backup.saveToFolder')).toHaveLength(1);
    expect(sent(transport, 'backup.create')).toEqual([]);
    expect(button('Tạo bản sao lưu').disabled).toBe(false);
  });
});

describe('Restore from a file', () => {
  it('checks the file, shows what is in it, restores after confirming and says what was restored', async () => {
    const reload = vi.spyOn(pageReload, 'run').mockImplementation(() => {});
    const transport = await renderPanel({ 'backup.inspect': INSPECTION, 'backup.restore': REPORT });
    pick();

    const dialog = await screen.findByRole('dialog', { name: 'Khôi phục dữ liệu từ bản sao lưu này?' });
    const file = { fileName: INSPECTION.fileName, base64: btoa('SQLite format 3\0data') };
    expect(sent(transport, 'backup.inspect')).toEqual([{ file }]);
    expect(within(dialog).getByText('41 đơn vị, 1.234 cá nhân, 56 hộ gia đình, 7 quyết định')).toBeTruthy();
    expect(within(dialog).getByText('20/11/2026 16:45')).toBeTruthy();
    expect(within(dialog).getByText('12,4 MB')).toBeTruthy();
    expect(within(dialog).getByText(/ứng dụng tự sao lưu dữ liệu hiện tại/)).toBeTruthy();
    expect(sent(transport, 'backup.restore')).toEqual([]);

    fireEvent.click(within(dialog).getByRole('button', { name: 'Khôi phục dữ liệu này' }));
    const result = await screen.findByRole('dialog', { name: 'Đã khôi phục dữ liệu' });
    expect(sent(transport, 'backup.restore')).toEqual([{ file }]);
    expect(
      within(result).getByText(
        'Đã khôi phục dữ liệu ngày 20/11/2026 16:45: 41 đơn vị, 1.234 cá nhân, 56 hộ gia đình, 7 quyết định.',
      ),
    ).toBeTruthy();
    expect(within(result).getByText(new RegExp(PRERESTORE_BACKUP.name))).toBeTruthy();

    // Every screen's store still holds the replaced data: closing the result reloads the page.
    expect(reload).not.toHaveBeenCalled();
    fireEvent.click(within(result).getByRole('button', { name: 'Mở lại với dữ liệu đã khôi phục' }));
    expect(reload).toHaveBeenCalledTimes(1);
  });

  it('says an older backup was upgraded', async () => {
    vi.spyOn(pageReload, 'run').mockImplementation(() => {});
    const old: RestoreReport = { ...REPORT, schemaVersion: { backup: 2, now: 4 } };
    await renderPanel({
      'backup.inspect': { ...INSPECTION, schemaVersion: 2, needsUpgrade: true },
      'backup.restore': old,
    });
    pick();
    const dialog = await screen.findByRole('dialog');
    expect(within(dialog).getByText('2 (cũ hơn, sẽ được nâng cấp sau khi khôi phục)')).toBeTruthy();
    fireEvent.click(within(dialog).getByRole('button', { name: 'Khôi phục dữ liệu này' }));
    expect(await screen.findByText('Dữ liệu đã được nâng cấp từ phiên bản 2 lên phiên bản 4.')).toBeTruthy();
  });

  it('shows a refused file’s message as one alert, and restores nothing', async () => {
    const message =
      'Tệp “anh.jpg” không phải là tệp sao lưu của ứng dụng (không phải cơ sở dữ liệu SQLite). Dữ liệu hiện tại không bị thay đổi.';
    const transport = await renderPanel({
      'backup.inspect': failure({ code: 'VALIDATION', message }),
      'backup.restore': REPORT,
    });
    pick('anh.jpg', 'JFIF');
    const alert = await screen.findByRole('alert');
    expect(within(alert).getByText('Không dùng được tệp “anh.jpg”')).toBeTruthy();
    expect(within(alert).getByText(message)).toBeTruthy();
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(sent(transport, 'backup.restore')).toEqual([]);
    expect(button('Khôi phục từ tệp…').disabled).toBe(false);
  });

  it('shows a newer version’s refusal the same way', async () => {
    const message = 'Tệp “moi.sqlite” được tạo bởi phiên bản mới hơn của ứng dụng.';
    const transport = await renderPanel({ 'backup.inspect': failure({ code: 'DB_TOO_NEW', message }) });
    pick('moi.sqlite');
    expect(within(await screen.findByRole('alert')).getByText(message)).toBeTruthy();
    expect(sent(transport, 'backup.restore')).toEqual([]);
  });

  it('restores nothing when the confirmation is cancelled', async () => {
    const transport = await renderPanel({ 'backup.inspect': INSPECTION, 'backup.restore': REPORT });
    pick();
    const dialog = await screen.findByRole('dialog');
    fireEvent.click(within(dialog).getByRole('button', { name: 'Hủy' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(sent(transport, 'backup.restore')).toEqual([]);
  });

  it('sends the restore once however often the button is pressed while it runs', async () => {
    vi.spyOn(pageReload, 'run').mockImplementation(() => {});
    const held = deferred<void>();
    const transport = await renderPanel({ 'backup.inspect': INSPECTION, 'backup.restore': REPORT });
    const answer = transport.getMockImplementation()!;
    transport.mockImplementation(async (channel, input) => {
      if (channel === 'backup.restore') await held.promise;
      return answer(channel, input);
    });
    pick();
    const dialog = await screen.findByRole('dialog');
    const confirm = within(dialog).getByRole<HTMLButtonElement>('button', { name: 'Khôi phục dữ liệu này' });
    fireEvent.click(confirm);
    expect(await within(dialog).findByText('Đang khôi phục dữ liệu. Vui lòng không tắt máy…')).toBeTruthy();
    expect(confirm.disabled).toBe(true);
    expect(within(dialog).getByRole<HTMLButtonElement>('button', { name: 'Hủy' }).disabled).toBe(true);
    fireEvent.click(confirm);
    pick();

    held.resolve();
    await screen.findByRole('dialog', { name: 'Đã khôi phục dữ liệu' });
    expect(sent(transport, 'backup.restore')).toHaveLength(1);
    expect(sent(transport, 'backup.inspect')).toHaveLength(1);
  });

  it('shows why a restore failed, with nothing changed', async () => {
    const transport = await renderPanel({
      'backup.inspect': INSPECTION,
      'backup.restore': failure({
        code: 'INTERNAL',
        message: 'Không thay được dữ liệu. Dữ liệu hiện tại không bị thay đổi.',
      }),
      'recovery.status': { state: 'ready' },
    });
    pick();
    fireEvent.click(
      within(await screen.findByRole('dialog')).getByRole('button', { name: 'Khôi phục dữ liệu này' }),
    );
    const alert = await screen.findByRole('alert');
    expect(within(alert).getByText('Chưa khôi phục được')).toBeTruthy();
    expect(screen.queryByRole('dialog')).toBeNull();
    // A restore that failed half-way may have left the app in recovery: the gate is asked.
    await waitFor(() => expect(sent(transport, 'recovery.status')).toHaveLength(1));
  });
});

describe('Restore a backup kept on this computer', () => {
  it('asks first, then restores it by name', async () => {
    vi.spyOn(pageReload, 'run').mockImplementation(() => {});
    const transport = await renderPanel({
      'backup.restoreStored': { ...REPORT, fileName: AUTO_BACKUP.name },
    });
    fireEvent.click(button('Khôi phục bản sao lưu lúc 26/11/2026 08:00'));
    const dialog = await screen.findByRole('dialog', { name: 'Khôi phục dữ liệu từ bản sao lưu này?' });
    expect(within(dialog).getByText('Tự động hằng ngày')).toBeTruthy();
    expect(sent(transport, 'backup.restoreStored')).toEqual([]);
    fireEvent.click(within(dialog).getByRole('button', { name: 'Khôi phục dữ liệu này' }));
    await screen.findByRole('dialog', { name: 'Đã khôi phục dữ liệu' });
    expect(sent(transport, 'backup.restoreStored')).toEqual([{ name: AUTO_BACKUP.name }]);
  });
});
