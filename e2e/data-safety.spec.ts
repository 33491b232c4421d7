import { test, expect } from './fixtures';
import { api } from './registry-helpers';

const person = (fullName: string) => ({
  fullName,
  gender: 'female',
  birthDate: null,
  birthYear: 1985,
  unitId: null,
  position: '',
  staffCategory: 'citizen',
  identityNumber: '',
  phone: '',
  address: '',
  note: '',
  active: true,
});

test('back up now, change, restore the backup and see the first state; both changes are in the history', async ({
  page,
}, testInfo) => {
  await page.goto('/#/du-lieu/sao-luu');
  await expect(page.getByRole('heading', { level: 1, name: 'Dữ liệu' })).toBeVisible();
  await api(page, 'people.create', person('Nguyễn Thị An'));

  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Sao lưu ra thư mục…' }).click();
  const backupFile = testInfo.outputPath('sao-luu.sqlite');
  await (await download).saveAs(backupFile);
  await expect(page.getByText(/^Đã lưu: /)).toBeVisible();

  await api(page, 'people.create', person('Trần Thị Bình'));

  // Both changes are in the history before the restore.
  await page.getByRole('tab', { name: 'Lịch sử thay đổi' }).click();
  const history = page.getByRole('table', { name: 'Lịch sử thay đổi' });
  await expect(history.getByText('Nguyễn Thị An').first()).toBeVisible();
  await expect(history.getByText('Trần Thị Bình').first()).toBeVisible();

  await page.getByRole('tab', { name: 'Sao lưu và khôi phục' }).click();
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Khôi phục từ tệp…' }).click();
  await (await chooser).setFiles(backupFile);
  const confirm = page.getByRole('dialog');
  await expect(confirm.getByText('1 cá nhân', { exact: false })).toBeVisible();
  await confirm.getByRole('button', { name: 'Khôi phục dữ liệu này' }).click();
  const result = page.getByRole('dialog', { name: 'Đã khôi phục dữ liệu' });
  await expect(result.getByText(/Đã khôi phục dữ liệu (ngày|từ tệp)/)).toContainText('1 cá nhân');
  await result.getByRole('button', { name: /Mở lại với dữ liệu đã khôi phục|Vào ứng dụng/ }).click();

  await page.goto('/#/ca-nhan');
  await expect(page.getByTestId('people-count')).toHaveText('1 người');
  await expect(page.getByRole('table').getByRole('link')).toHaveText(['Nguyễn Thị An']);

  // The restored data keeps its own history, and the copy made just before the restore is listed.
  await page.goto('/#/du-lieu/lich-su');
  await expect(
    page.getByRole('table', { name: 'Lịch sử thay đổi' }).getByText('Nguyễn Thị An').first(),
  ).toBeVisible();
  await page.goto('/#/du-lieu/sao-luu');
  await expect(page.getByText('Trước khi khôi phục').first()).toBeVisible();
});

test('a file that is not a backup is refused and nothing changes', async ({ page }) => {
  await page.goto('/#/du-lieu/sao-luu');
  await api(page, 'people.create', person('Nguyễn Thị An'));
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Khôi phục từ tệp…' }).click();
  await (
    await chooser
  ).setFiles({
    name: 'khong-phai.sqlite',
    mimeType: 'application/octet-stream',
    buffer: Buffer.from('đây không phải SQLite '.repeat(100)),
  });
  await expect(page.getByText('Không dùng được tệp “khong-phai.sqlite”')).toBeVisible();
  await page.goto('/#/ca-nhan');
  await expect(page.getByTestId('people-count')).toHaveText('1 người');
});
