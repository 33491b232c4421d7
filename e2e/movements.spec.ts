import { test, expect } from './fixtures';
import { api, emptyUnit } from './registry-helpers';

test('a movement is created with criteria and picked units, closed (read-only) and reopened with a reason', async ({
  page,
}) => {
  await page.goto('/#/phong-trao');
  await expect(page.getByText('Chưa có phong trào thi đua nào.')).toBeVisible();
  for (const name of ['Tổ dân phố số 5', 'Tổ dân phố số 7'])
    await api(page, 'units.create', emptyUnit(name, 'residential_group'));
  await api(page, 'units.create', emptyUnit('Trường THCS Lê Chân', 'school'));

  await page.getByRole('button', { name: 'Tạo phong trào' }).click();
  const form = page.getByRole('dialog', { name: 'Tạo phong trào thi đua' });
  await form.getByLabel('Tên phong trào').fill('Toàn dân đoàn kết xây dựng đời sống văn hóa');
  await form.getByLabel('Số văn bản phát động').fill('45/KH-UBND');
  await form.getByLabel('Ngày văn bản').fill('15/01/2026');
  await form.getByRole('textbox', { name: 'Từ năm' }).fill('2026');
  await form.getByRole('textbox', { name: 'Đến năm' }).fill('2030');
  await form.getByRole('button', { name: 'Thêm tiêu chí' }).click();
  await form.getByLabel('Nội dung tiêu chí 1').fill('Hộ gia đình văn hóa');
  await form.getByLabel('Chỉ tiêu của tiêu chí 1').fill('90% hộ');
  await form.getByLabel('Trọng số (%) của tiêu chí 1').fill('60');
  await form.getByRole('button', { name: 'Thêm tiêu chí' }).click();
  await form.getByLabel('Nội dung tiêu chí 2').fill('Tổ dân phố văn hóa');
  await form.getByRole('radio', { name: 'Chọn từng đơn vị' }).check();
  const units = form.getByRole('combobox', { name: 'Các đơn vị tham gia' });
  await units.fill('to dan pho so 5');
  await page.getByRole('option', { name: 'Tổ dân phố số 5' }).click();
  await units.fill('thcs');
  await page.getByRole('option', { name: 'Trường THCS Lê Chân' }).click();
  await form.getByRole('button', { name: 'Lưu' }).click();

  await expect(page).toHaveURL(/#\/phong-trao\/danh-sach\/\d+$/);
  const heading = page.getByRole('heading', {
    level: 1,
    name: 'Toàn dân đoàn kết xây dựng đời sống văn hóa',
  });
  await expect(heading).toBeVisible();
  const criteria = page.getByRole('table', { name: 'Tiêu chí thi đua' });
  await expect(criteria.getByRole('row')).toHaveCount(4); // header, two criteria, the weight total
  await expect(page.getByRole('heading', { name: 'Đơn vị tham gia (2)' })).toBeVisible();
  await expect(page.getByText('Chưa có quyết định khen thưởng nào gắn với phong trào này.')).toBeVisible();

  await page.getByRole('link', { name: 'Danh sách phong trào' }).click();
  const row = page.getByRole('table', { name: 'Danh sách phong trào thi đua' }).getByRole('row').nth(1);
  await expect(row).toContainText('2026-2030');
  await expect(row).toContainText('45/KH-UBND');
  await expect(row).toContainText('Dự thảo');
  await expect(row).toContainText('2 đơn vị');
  await row.getByRole('link').click();
  await expect(heading).toBeVisible();

  await page.getByRole('button', { name: 'Phát động' }).click();
  await expect(page.getByRole('button', { name: 'Bắt đầu thực hiện' })).toBeVisible();
  await page.getByRole('button', { name: 'Thao tác khác' }).click();
  await page.getByRole('menuitem', { name: 'Kết thúc phong trào' }).click();
  await page
    .getByRole('dialog', { name: 'Kết thúc phong trào?' })
    .getByRole('button', { name: 'Kết thúc phong trào' })
    .click();
  await expect(page.getByText(/Phong trào đã kết thúc ngày/)).toBeVisible();
  await expect(page.getByRole('button', { name: 'Sửa' })).toBeDisabled();

  await page.getByRole('button', { name: 'Mở lại' }).click();
  const reopen = page.getByRole('dialog', { name: 'Mở lại phong trào' });
  await reopen.getByLabel('Lý do mở lại').fill('Bổ sung kết quả của tổ dân phố số 5');
  await reopen.getByRole('button', { name: 'Mở lại' }).click();
  await expect(page.getByRole('button', { name: 'Sửa' })).toBeEnabled();
  await expect(page.getByText('Đang thực hiện', { exact: true }).first()).toBeVisible();
  // The history names the change in words, with the reason.
  const history = page.getByRole('table', { name: /Lịch sử thay đổi/ });
  await expect(history).toContainText('Bổ sung kết quả của tổ dân phố số 5');
  await expect(history).toContainText('Đã kết thúc');
});
