import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { api, emptyUnit } from './registry-helpers';

const YEAR = new Date().getFullYear();

/** A ward with a chairman, a school and two teachers in it. */
async function seedWard(page: Page) {
  const settings = await api<Record<string, unknown>>(page, 'settings.get', {});
  await api(page, 'settings.update', {
    ...settings,
    chairman: { name: 'Nguyễn Văn Hùng', title: 'Chủ tịch' },
  });
  const school = await api<{ id: number }>(page, 'units.create', emptyUnit('Trường THCS Lê Chân', 'school'));
  const person = (fullName: string, position: string) => ({
    fullName,
    gender: null,
    birthDate: null,
    birthYear: 1985,
    unitId: school.id,
    position,
    staffCategory: null,
    identityNumber: '',
    phone: '',
    address: '',
    note: '',
    active: true,
  });
  const an = await api<{ id: number }>(page, 'people.create', person('Nguyễn Văn An', 'Giáo viên'));
  await api(page, 'people.create', person('Lê Thị Hoa', 'Tổ trưởng chuyên môn'));
  return { an };
}

test('a decision is drafted, filled by search and by pasting from Excel, then signed with its numbers', async ({
  page,
}) => {
  await page.goto('/#/khen-thuong/quyet-dinh');
  const { an } = await seedWard(page);
  await page.reload();
  await expect(
    page.getByText(`Chưa có quyết định khen thưởng nào trong năm ${YEAR}.`, { exact: false }),
  ).toBeVisible();

  // Draft: the number is suggested, the award gives the subject.
  await page.getByRole('button', { name: 'Tạo quyết định' }).click();
  const form = page.getByRole('dialog', { name: 'Tạo quyết định khen thưởng' });
  await expect(form.getByText('Sẽ ghi: Số: 01/QĐ-UBND')).toBeVisible();
  await form.getByRole('textbox', { name: 'Ngày quyết định' }).fill(`05/07/${YEAR}`);
  await form.getByRole('combobox', { name: 'Danh hiệu, hình thức khen thưởng' }).click();
  await page.getByRole('option', { name: 'Giấy khen của Chủ tịch UBND phường' }).click();
  await expect(form.getByRole('textbox', { name: 'Trích yếu' })).toHaveValue(
    `Về việc tặng Giấy khen cho các tập thể, cá nhân và hộ gia đình có thành tích năm ${YEAR}`,
  );
  await form.getByRole('button', { name: 'Lưu' }).click();
  await expect(page.getByRole('heading', { name: 'Dự thảo quyết định số 01/QĐ-UBND' })).toBeVisible();

  // By search, without tone marks.
  await page.getByRole('button', { name: 'Thêm người được khen' }).click();
  const picker = page.getByRole('dialog', { name: 'Thêm người được khen' });
  await picker.getByRole('textbox', { name: 'Tìm trong sổ' }).fill('nguyen van an');
  await picker.getByRole('checkbox', { name: /Nguyễn Văn An/ }).check();
  await picker.getByRole('button', { name: /Thêm vào danh sách/ }).click();
  const individuals = page.getByRole('table', { name: 'II. Cá nhân' });
  await expect(individuals.getByRole('row').filter({ hasText: 'Nguyễn Văn An' })).toContainText('760.000 đ');

  // By pasting: one row matches the registry, one is new.
  await page.getByRole('button', { name: 'Dán từ Excel' }).click();
  const paste = page.getByRole('dialog', { name: 'Dán danh sách từ Excel' });
  await paste
    .getByRole('textbox', { name: /Dán các dòng copy từ Excel/ })
    .fill('Lê Thị Hoa\tTổ trưởng chuyên môn\tDạy giỏi cấp phường\nPhạm Minh Đức\tBảo vệ\t');
  await paste.getByRole('button', { name: 'Xem trước' }).click();
  const rows = paste.getByRole('table', { name: 'Các dòng đã dán' });
  await expect(rows.getByRole('row').filter({ hasText: 'Lê Thị Hoa' })).toContainText('Khớp');
  await expect(rows.getByRole('row').filter({ hasText: 'Phạm Minh Đức' })).toContainText('Tạo mới');
  await paste.getByRole('button', { name: 'Thêm 2 dòng' }).click();
  await expect(paste).toBeHidden();
  await expect(individuals.getByRole('row').filter({ hasText: 'Phạm Minh Đức' })).toBeVisible();
  await expect(page.getByText('Tổng cộng: 3 dòng, 2.280.000 đ')).toBeVisible();

  // Signing numbers the decision and every line.
  await page.getByRole('button', { name: 'Ký ban hành' }).click();
  await page
    .getByRole('dialog', { name: 'Ký ban hành quyết định?' })
    .getByRole('button', { name: 'Ký ban hành' })
    .click();
  await expect(page.getByRole('heading', { name: 'Quyết định số 01/QĐ-UBND' })).toBeVisible();
  await expect(page.getByText('Đã ký', { exact: true })).toBeVisible();
  await expect(individuals.getByRole('columnheader', { name: 'Số sổ vàng' })).toBeVisible();
  const registerNumbers = await individuals
    .locator('tbody tr')
    .evaluateAll((trs) => trs.map((tr) => tr.children[7]?.textContent?.trim()));
  expect(registerNumbers.sort()).toEqual(['1', '2', '3']);
  await expect(page.getByRole('button', { name: 'Đính chính', exact: true })).toBeVisible();

  await page.getByRole('link', { name: 'Về danh sách quyết định' }).click();
  const list = page.getByRole('table', { name: 'Danh sách quyết định khen thưởng' });
  await expect(list.getByRole('row').filter({ hasText: '01/QĐ-UBND' })).toContainText('2.280.000 đ');

  // The award is on the person's history page, linked to its decision.
  await page.goto(`/#/ca-nhan/${an.id}`);
  const history = page.getByRole('table', { name: 'Khen thưởng đã nhận' });
  const row = history.getByRole('row').filter({ hasText: '01/QĐ-UBND' });
  await expect(row).toContainText('Giấy khen của Chủ tịch UBND phường');
  await expect(row).toContainText('760.000');
});
