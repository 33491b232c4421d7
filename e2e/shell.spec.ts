import { test, expect } from './fixtures';

const AREAS = [
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

test('the shell opens on the overview with real counts from a fresh database', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1, name: 'Tổng quan' })).toBeVisible();
  await expect(page.getByText('tdkt.sqlite')).toBeVisible();
});

test('every navigation item leads to its own page', async ({ page }) => {
  await page.goto('/');
  const nav = page.getByRole('navigation');
  for (const area of AREAS) {
    await nav.getByRole('link', { name: area, exact: true }).click();
    await expect(page.getByRole('heading', { level: 1, name: area, exact: true })).toBeVisible();
    await expect(nav.getByRole('link', { name: area, exact: true })).toHaveAttribute('aria-current', 'page');
  }
});

test('the reports area opens on the unit reports, with its four tabs', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('navigation').getByRole('link', { name: 'Báo cáo', exact: true }).click();
  const tabs = page.getByRole('tablist', { name: 'Các mục báo cáo' });
  for (const name of ['Báo cáo của đơn vị', 'Báo cáo tổng kết năm', 'Thống kê', 'Gói báo cáo thành phố'])
    await expect(tabs.getByRole('tab', { name })).toBeVisible();
  await expect(tabs.getByRole('tab', { name: 'Báo cáo của đơn vị' })).toHaveAttribute(
    'aria-selected',
    'true',
  );
  await expect(page.getByText('Chức năng này chưa có trong phiên bản này.')).toHaveCount(0);
});
