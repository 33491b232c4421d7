import { describe, expect, it } from 'vitest';
import { fireEvent, screen, within } from '@testing-library/react';
import { App } from './App';
import { AREA_LABELS } from './app/texts';
import { AREA_IDS } from './app/areas';
import { render } from './test/render';
import { fakeApi } from './test/fake-api';
import { APP_INFO, STORED_SETTINGS } from './test/fixtures';
import { BACKUP_OVERVIEW } from './features/backup/test-fixtures';

const NAV_ORDER = [
  'Tổng quan',
  'Đơn vị',
  'Cá nhân',
  'Hộ gia đình',
  'Phong trào',
  'Điển hình tiên tiến',
  'Khen thưởng',
  'Báo cáo',
  'Dữ liệu',
  'Cài đặt',
];

async function renderApp() {
  fakeApi({
    'recovery.status': { state: 'ready' },
    'app.info': APP_INFO,
    'settings.get': STORED_SETTINGS,
    'backup.list': BACKUP_OVERVIEW,
  });
  const view = render(<App />);
  await screen.findByRole('navigation');
  return view;
}

describe('App shell', () => {
  it('lists every area in order in the navigation, as links', async () => {
    await renderApp();
    const nav = screen.getByRole('navigation');
    const links = within(nav).getAllByRole('link');
    expect(links.map((l) => l.textContent)).toEqual(NAV_ORDER);
  });

  it('opens each area with its name as the page heading and marks it current', async () => {
    await renderApp();
    const nav = screen.getByRole('navigation');
    for (const id of AREA_IDS) {
      const name = AREA_LABELS[id];
      fireEvent.click(within(nav).getByRole('link', { name }));
      const heading = await screen.findByRole('heading', { level: 1, name });
      // Keyboard and screen-reader users land on the new page, as after a page load.
      if (id !== 'overview') expect(document.activeElement).toBe(heading);
      expect(within(nav).getByRole('link', { name }).getAttribute('aria-current')).toBe('page');
      const current = within(nav)
        .getAllByRole('link')
        .filter((l) => l.getAttribute('aria-current') === 'page');
      expect(current).toHaveLength(1);
    }
  });

  it('opens the reports area on its unit reports tab, with the four report tabs', async () => {
    window.location.hash = '#/bao-cao';
    await renderApp();
    expect(await screen.findByRole('heading', { level: 1, name: 'Báo cáo' })).toBeTruthy();
    const tabs = screen.getByRole('tablist', { name: 'Các mục báo cáo' });
    expect(within(tabs).getAllByRole('tab').map((t) => t.textContent)).toEqual([
      'Báo cáo của đơn vị',
      'Báo cáo tổng kết năm',
      'Thống kê',
      'Gói báo cáo thành phố',
    ]);
    expect(within(tabs).getByRole('tab', { name: 'Báo cáo của đơn vị' }).getAttribute('aria-selected')).toBe('true');
  });

  it('opens the area named in the address, so a reload keeps the place', async () => {
    window.location.hash = '#/cai-dat';
    await renderApp();
    expect(await screen.findByRole('heading', { level: 1, name: 'Cài đặt' })).toBeTruthy();
  });

  it('shows the app name and the ward name from the settings in the header', async () => {
    await renderApp();
    const header = screen.getByRole('banner');
    expect(within(header).getByText('Thi đua – Khen thưởng')).toBeTruthy();
    expect(await within(header).findByText(/Phường Ngô Quyền/)).toBeTruthy();
  });
});
