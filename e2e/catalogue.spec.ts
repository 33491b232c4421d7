import { test, expect } from './fixtures';

test('the award catalogue shows the money at the base salary in force, and an entry can be retired and brought back', async ({
  page,
}) => {
  await page.goto('/#/khen-thuong/danh-muc');
  await expect(page.getByRole('heading', { level: 1, name: 'Khen thưởng' })).toBeVisible();
  await expect(page.getByText('Tiền thưởng tính theo mức lương cơ sở hiện hành 2.530.000 đ.')).toBeVisible();
  const row = page
    .getByRole('row')
    .filter({ hasText: 'Lao động tiên tiến' })
    .filter({ hasNotText: 'Tập thể' });
  await expect(row).toContainText('Cá nhân: 760.000 đ (hệ số 0,3)');
  await expect(page.getByRole('row').filter({ hasText: 'Chiến sĩ thi đua cơ sở' })).toContainText(
    '2.530.000 đ',
  );

  await page.getByRole('button', { name: 'Ngừng sử dụng Lao động tiên tiến', exact: true }).click();
  await expect(row).toContainText('Ngừng sử dụng');
  await page.getByRole('button', { name: 'Dùng lại Lao động tiên tiến', exact: true }).click();
  await expect(row).toContainText('Đang dùng');

  await page.getByRole('tab', { name: 'Mức lương cơ sở' }).click();
  await expect(page.getByRole('cell', { name: '2.340.000 đ' })).toBeVisible();
  await expect(page.getByRole('cell', { name: '2.530.000 đ' })).toBeVisible();
  await expect(page.getByRole('cell', { name: '01/07/2026', exact: true })).toBeVisible();
});
