import { test, expect } from './fixtures';
import { startHarness } from './harness';

test('settings are saved and survive a restart of the harness on the same folder', async ({
  page,
  harness,
}) => {
  await page.goto('/#/cai-dat');
  await expect(page.getByRole('heading', { level: 1, name: 'Cài đặt' })).toBeVisible();
  await expect(page.getByLabel('Tên phường')).toHaveValue('Phường Lê Chân');

  await page.getByLabel('Tên phường').fill('Phường  Ngô Quyền ');
  await page.getByRole('group', { name: 'Chủ tịch' }).getByLabel('Họ tên').fill('Nguyễn Văn Hùng');
  await page.getByLabel('Hạn báo cáo của đơn vị').fill('05/12');
  await page.getByLabel('Tên cán bộ sử dụng máy này').fill('Trần Thị Mai');
  await page.getByRole('button', { name: 'Lưu cài đặt' }).click();
  await expect(page.getByText('Đã lưu cài đặt.')).toBeVisible();

  await harness.stop();
  const again = await startHarness(harness.dataDir);
  try {
    await page.goto(`${again.url}#/cai-dat`);
    await expect(page.getByLabel('Tên phường')).toHaveValue('Phường Ngô Quyền');
    await expect(page.getByRole('group', { name: 'Chủ tịch' }).getByLabel('Họ tên')).toHaveValue(
      'Nguyễn Văn Hùng',
    );
    await expect(page.getByLabel('Hạn báo cáo của đơn vị')).toHaveValue('05/12');
    await expect(page.getByLabel('Tên cán bộ sử dụng máy này')).toHaveValue('Trần Thị Mai');
  } finally {
    await again.stop();
  }
});

test('invalid settings are refused with a Vietnamese message on the field', async ({ page }) => {
  await page.goto('/#/cai-dat');
  await page.getByLabel('Tên phường').fill('   ');
  await page.getByLabel('Hạn báo cáo của phường').fill('31/02');
  await page.getByRole('button', { name: 'Lưu cài đặt' }).click();
  await expect(page.getByText('Vui lòng nhập tên phường.')).toBeVisible();
  await expect(page.getByText('Hạn báo cáo của phường phải có dạng ngày/tháng, ví dụ 10/12.')).toBeVisible();
  await expect(page.getByText('Đã lưu cài đặt.')).toHaveCount(0);
});
