import { afterEach, describe, expect, it, vi } from 'vitest';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { App } from '../../App';
import { render } from '../../test/render';
import { failure, fakeApi, sent, type Replies } from '../../test/fake-api';
import { APP_INFO, STORED_SETTINGS } from '../../test/fixtures';
import { BACKUP_OVERVIEW, DAMAGED, INSPECTION, MANUAL_BACKUP, REPORT } from '../backup/test-fixtures';
import { pageReload } from './reload';

afterEach(() => vi.restoreAllMocks());

const RECOVERY_REQUIRED = failure({
  code: 'RECOVERY_REQUIRED',
  message: 'Dữ liệu cần được khôi phục trước khi dùng tiếp.',
});
const RESTORED = { ...REPORT, previousData: null, date: DAMAGED.latestBackup!.date };

function startInRecovery(replies: Replies = {}) {
  const transport = fakeApi({
    'recovery.status': DAMAGED,
    'recovery.restoreLatest': RESTORED,
    'app.info': APP_INFO,
    'settings.get': STORED_SETTINGS,
    'backup.list': BACKUP_OVERVIEW,
    ...replies,
  });
  render(<App />);
  return transport;
}

const button = (name: string) => screen.getByRole<HTMLButtonElement>('button', { name });

describe('Recovery gate', () => {
  it('shows only the recovery screen: what happened, where the file went, the newest backup and its age', async () => {
    const transport = startInRecovery();
    expect(await screen.findByRole('heading', { level: 1, name: 'Cần khôi phục dữ liệu' })).toBeTruthy();
    expect(screen.queryByRole('navigation')).toBeNull();
    expect(screen.getByText('Tệp dữ liệu bị hỏng')).toBeTruthy();
    expect(screen.getByText(DAMAGED.message)).toBeTruthy();
    expect(screen.getByText(`Thư mục giữ tệp bị hỏng: ${DAMAGED.movedTo}`)).toBeTruthy();
    const latest = screen.getByRole('region', { name: 'Bản sao lưu mới nhất dùng được' });
    expect(within(latest).getByText('26/11/2026 08:00 (2 ngày trước)')).toBeTruthy();
    expect(within(latest).getByText('40 đơn vị, 1.230 cá nhân, 55 hộ gia đình, 7 quyết định')).toBeTruthy();
    // Nothing but the recovery channels was asked.
    expect(sent(transport, 'app.info')).toEqual([]);
    expect(sent(transport, 'settings.get')).toEqual([]);
  });

  it('restores the newest backup, says what came back, then opens the app', async () => {
    const reload = vi.spyOn(pageReload, 'run').mockImplementation(() => {});
    const transport = startInRecovery();
    fireEvent.click(await screen.findByRole('button', { name: 'Khôi phục bản sao lưu này' }));
    expect(
      await screen.findByText(
        'Đã khôi phục dữ liệu ngày 26/11/2026 07:40: 41 đơn vị, 1.234 cá nhân, 56 hộ gia đình, 7 quyết định.',
      ),
    ).toBeTruthy();
    expect(sent(transport, 'recovery.restoreLatest')).toEqual([{}]);
    expect(screen.getByRole('heading', { level: 1, name: 'Đã khôi phục dữ liệu' })).toBeTruthy();

    fireEvent.click(button('Vào ứng dụng'));
    expect(await screen.findByRole('navigation')).toBeTruthy();
    expect(await screen.findByRole('heading', { level: 1, name: 'Tổng quan' })).toBeTruthy();
    await waitFor(() => expect(sent(transport, 'settings.get')).toHaveLength(1));
    // Nothing had been read from the lost data: no reload needed.
    expect(reload).not.toHaveBeenCalled();
  });

  it('ignores a second click while the backup is being restored', async () => {
    let release: () => void = () => {};
    const transport = startInRecovery();
    const answer = transport.getMockImplementation()!;
    transport.mockImplementation(async (channel, input) => {
      if (channel === 'recovery.restoreLatest') await new Promise<void>((r) => (release = r));
      return answer(channel, input);
    });
    fireEvent.click(await screen.findByRole('button', { name: 'Khôi phục bản sao lưu này' }));
    await screen.findByText('Đang khôi phục dữ liệu. Vui lòng không tắt máy…');
    expect(button('Khôi phục bản sao lưu này').disabled).toBe(true);
    expect(button('Khôi phục từ tệp khác…').disabled).toBe(true);
    expect(button('Bắt đầu với dữ liệu trống').disabled).toBe(true);
    fireEvent.click(button('Khôi phục bản sao lưu này'));
    release();
    await screen.findByRole('button', { name: 'Vào ứng dụng' });
    expect(sent(transport, 'recovery.restoreLatest')).toHaveLength(1);
  });

  it('restores from another file after showing what is in it', async () => {
    const transport = startInRecovery({ 'backup.inspect': INSPECTION, 'backup.restore': REPORT });
    await screen.findByRole('button', { name: 'Khôi phục từ tệp khác…' });
    const input = document.querySelector<HTMLInputElement>('input[type=file]')!;
    fireEvent.change(input, { target: { files: [new File(['SQLite format 3'], INSPECTION.fileName)] } });
    const dialog = await screen.findByRole('dialog', { name: 'Khôi phục dữ liệu từ bản sao lưu này?' });
    expect(within(dialog).getByText(/Tệp dữ liệu bị hỏng vẫn được giữ nguyên/)).toBeTruthy();
    fireEvent.click(within(dialog).getByRole('button', { name: 'Khôi phục dữ liệu này' }));
    expect(await screen.findByText(/^Đã khôi phục dữ liệu ngày 20\/11\/2026 16:45/)).toBeTruthy();
    expect(sent(transport, 'backup.restore')).toHaveLength(1);
    expect(sent(transport, 'recovery.restoreLatest')).toEqual([]);
    fireEvent.click(button('Vào ứng dụng'));
    expect(await screen.findByRole('navigation')).toBeTruthy();
  });

  it('offers the other backups on this computer', async () => {
    const transport = startInRecovery({ 'backup.restoreStored': REPORT });
    const table = await screen.findByRole('table', { name: 'Các bản sao lưu trên máy này' });
    expect(within(table).getAllByRole('row')).toHaveLength(2);
    fireEvent.click(
      within(table).getByRole('button', { name: 'Khôi phục bản sao lưu lúc 25/11/2026 16:30' }),
    );
    fireEvent.click(
      within(await screen.findByRole('dialog')).getByRole('button', { name: 'Khôi phục dữ liệu này' }),
    );
    await screen.findByRole('button', { name: 'Vào ứng dụng' });
    expect(sent(transport, 'backup.restoreStored')).toEqual([{ name: MANUAL_BACKUP.name }]);
  });

  it('starts with empty data only after a confirmation that says the damaged file is kept', async () => {
    const transport = startInRecovery({ 'recovery.startEmpty': { state: 'ready' } });
    fireEvent.click(await screen.findByRole('button', { name: 'Bắt đầu với dữ liệu trống' }));
    const dialog = await screen.findByRole('dialog', { name: 'Bắt đầu với dữ liệu trống?' });
    expect(
      within(dialog).getByText(
        new RegExp(`vẫn được giữ nguyên ở ${DAMAGED.movedTo!.replace(/\\/g, '\\\\')}`),
      ),
    ).toBeTruthy();
    expect(sent(transport, 'recovery.startEmpty')).toEqual([]);
    fireEvent.click(within(dialog).getByRole('button', { name: 'Bắt đầu với dữ liệu trống' }));
    expect(await screen.findByRole('navigation')).toBeTruthy();
    expect(sent(transport, 'recovery.startEmpty')).toEqual([{ confirm: true }]);
  });

  it('says when no backup can be offered', async () => {
    startInRecovery({ 'recovery.status': { ...DAMAGED, latestBackup: null, backups: [] } });
    expect(await screen.findByText(/Không có bản sao lưu nào dùng được trên máy này/)).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Khôi phục bản sao lưu này' })).toBeNull();
    expect(screen.getByRole('button', { name: 'Khôi phục từ tệp khác…' })).toBeTruthy();
  });

  it('opens the app directly when the data is usable', async () => {
    startInRecovery({ 'recovery.status': { state: 'ready' } });
    expect(await screen.findByRole('navigation')).toBeTruthy();
    expect(screen.queryByRole('heading', { name: 'Cần khôi phục dữ liệu' })).toBeNull();
  });

  it('switches to the recovery screen when any call answers RECOVERY_REQUIRED, and reloads after the restore', async () => {
    const reload = vi.spyOn(pageReload, 'run').mockImplementation(() => {});
    const transport = startInRecovery({
      'recovery.status': (_input, n) => (n === 0 ? { state: 'ready' } : DAMAGED),
      'app.info': RECOVERY_REQUIRED,
    });
    // The overview asks app.info, which the main process refuses: the gate asks again and switches.
    expect(await screen.findByRole('heading', { level: 1, name: 'Cần khôi phục dữ liệu' })).toBeTruthy();
    expect(screen.queryByRole('navigation')).toBeNull();
    expect(sent(transport, 'recovery.status')).toHaveLength(2);

    fireEvent.click(button('Khôi phục bản sao lưu này'));
    fireEvent.click(await screen.findByRole('button', { name: 'Vào ứng dụng' }));
    // Screens had read the lost data: everything starts again from the restored file.
    expect(reload).toHaveBeenCalledTimes(1);
  });
});
