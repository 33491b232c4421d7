import { describe, expect, it } from 'vitest';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import type { StartupNotice as Notice } from '../../../../shared/api/app';
import { App } from '../../App';
import { render } from '../../test/render';
import { failure, fakeApi, sent, type Replies } from '../../test/fake-api';
import { APP_INFO, STORED_SETTINGS } from '../../test/fixtures';
import { BACKUP_OVERVIEW } from '../backup/test-fixtures';
import { StartupNotice } from './StartupNotice';

const NOTICE: Notice = {
  kind: 'restore-completed',
  title: 'Đã hoàn tất việc khôi phục dữ liệu bị gián đoạn',
  message:
    'Lần chạy trước, việc khôi phục dữ liệu từ tệp “sao-luu-usb.sqlite” bị gián đoạn (mất điện hoặc ứng dụng bị tắt giữa chừng). ' +
    'Ứng dụng đã hoàn tất việc khôi phục khi mở lại: dữ liệu đang dùng là dữ liệu từ tệp “sao-luu-usb.sqlite”. ' +
    'Dữ liệu trước khi khôi phục được giữ trong thư mục backups/replaced-20261126-160000 (trong thư mục dữ liệu).',
  // Local time, so the shown time does not depend on the machine's time zone.
  at: new Date(2026, 10, 27, 8, 5).toISOString(),
};

function startApp(replies: Replies = {}) {
  const transport = fakeApi({
    'recovery.status': { state: 'ready' },
    'app.info': { ...APP_INFO, startupNotice: NOTICE },
    'app.dismissStartupNotice': { dismissed: true },
    'settings.get': STORED_SETTINGS,
    'backup.list': BACKUP_OVERVIEW,
    ...replies,
  });
  render(<App />);
  return transport;
}

const banner = () => screen.findByRole('alert', { name: NOTICE.title });

describe('Start-up notice', () => {
  it('shows what was found at start-up above the page, with when it was found', async () => {
    startApp();
    const notice = await banner();
    expect(within(notice).getByText(NOTICE.message)).toBeTruthy();
    expect(within(notice).getByText('Ghi nhận khi mở ứng dụng lúc 27/11/2026 08:05.')).toBeTruthy();
    // At the top of the main area, before the page's heading.
    const heading = await screen.findByRole('heading', { level: 1, name: 'Tổng quan' });
    expect(notice.compareDocumentPosition(heading) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
  });

  it('goes away on «Đã hiểu», which tells the main process, and stays away on other pages', async () => {
    const transport = startApp();
    fireEvent.click(within(await banner()).getByRole('button', { name: 'Đã hiểu' }));
    await waitFor(() => expect(screen.queryByRole('alert', { name: NOTICE.title })).toBeNull());
    expect(sent(transport, 'app.dismissStartupNotice')).toEqual([{}]);

    fireEvent.click(within(screen.getByRole('navigation')).getByRole('link', { name: 'Dữ liệu' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Dữ liệu' })).toBeTruthy();
    expect(screen.queryByRole('alert', { name: NOTICE.title })).toBeNull();
  });

  it('stays with the reason when dismissing fails', async () => {
    const message = 'Dữ liệu đang được thay thế hoặc ứng dụng đang đóng; hãy thử lại sau giây lát.';
    startApp({ 'app.dismissStartupNotice': failure({ code: 'BUSY', message }) });
    const notice = await banner();
    fireEvent.click(within(notice).getByRole('button', { name: 'Đã hiểu' }));
    expect(await within(notice).findByText(message)).toBeTruthy();
    expect(screen.getByRole('alert', { name: NOTICE.title })).toBe(notice);
  });

  it('shows nothing when the start found no cut-off restore', async () => {
    const transport = startApp({ 'app.info': APP_INFO });
    expect(await screen.findByText('Phường Lê Chân')).toBeTruthy();
    // Asked by the overview and by the banner's place; neither answer holds a notice.
    expect(sent(transport, 'app.info')).toHaveLength(2);
    expect(screen.queryByTestId('startup-notice')).toBeNull();
    expect(screen.queryByRole('button', { name: 'Đã hiểu' })).toBeNull();
  });

  it('colours the notice by what was done: finished blue, undone yellow, unreadable record orange', async () => {
    const kinds = [
      ['restore-completed', 'blue'],
      ['restore-rolled-back', 'yellow'],
      ['restore-intent-unreadable', 'orange'],
    ] as const;
    for (const [kind, color] of kinds) {
      fakeApi({ 'app.info': { ...APP_INFO, startupNotice: { ...NOTICE, kind } } });
      const view = render(<StartupNotice />);
      const notice = await screen.findByTestId('startup-notice');
      expect(notice.style.getPropertyValue('--alert-color')).toContain(color);
      view.unmount();
    }
  });
});
