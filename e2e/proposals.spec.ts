import { test, expect } from './fixtures';
import { api, emptyUnit } from './registry-helpers';

const person = (fullName: string, unitId: number) => ({
  fullName,
  gender: null,
  birthDate: null,
  birthYear: null,
  unitId,
  position: 'Giáo viên',
  staffCategory: null,
  identityNumber: '',
  phone: '',
  address: '',
  note: '',
});

test('a unit’s proposal is reviewed by the Hội đồng and its approved candidate becomes a decision’s line', async ({
  page,
}) => {
  await page.goto('/#/khen-thuong/de-nghi');
  await expect(page.getByText('Chưa có đề nghị nào.')).toBeVisible();
  const school = await api<{ id: number }>(page, 'units.create', emptyUnit('Trường THCS Lê Chân', 'school'));
  await api(page, 'people.create', person('Nguyễn Văn An', school.id));
  await api(page, 'people.create', person('Trần Thị Bình', school.id));

  await page.getByRole('button', { name: 'Thêm đề nghị' }).click();
  const form = page.getByRole('dialog', { name: 'Thêm đề nghị khen thưởng' });
  await form.getByLabel('Trích yếu').fill('Đề nghị tặng danh hiệu Lao động tiên tiến');
  await form.getByRole('combobox', { name: 'Đơn vị đề nghị' }).fill('THCS');
  await page.getByRole('option', { name: 'Trường THCS Lê Chân' }).click();
  await form.getByLabel('Số tờ trình').fill('12/TTr-THCS');
  await form.getByLabel('Ngày tờ trình').fill('05/11/2026');
  await form.getByRole('button', { name: 'Lưu' }).click();
  await expect(page).toHaveURL(/#\/khen-thuong\/de-nghi\/\d+$/);
  await expect(
    page.getByRole('heading', { name: 'Đề nghị tặng danh hiệu Lao động tiên tiến' }),
  ).toBeVisible();

  await page.getByRole('button', { name: 'Thêm đối tượng' }).click();
  const picker = page.getByRole('dialog', { name: 'Thêm đối tượng được đề nghị' });
  await picker.getByLabel('Nguyễn Văn An').check();
  await picker.getByLabel('Trần Thị Bình').check();
  await picker.getByRole('combobox', { name: 'Đề nghị tặng' }).click();
  await page.getByRole('option', { name: 'Lao động tiên tiến' }).click();
  await picker.getByRole('button', { name: 'Thêm 2 đối tượng' }).click();
  const candidates = page.getByRole('table', { name: 'Danh sách đối tượng được đề nghị' });
  await expect(candidates.getByRole('row')).toHaveCount(3);

  await page.getByRole('button', { name: 'Xét duyệt' }).click();
  const review = page.getByRole('table', { name: 'Hội đồng xét từng trường hợp' });
  await review
    .getByRole('row')
    .filter({ hasText: 'Nguyễn Văn An' })
    .getByText('Đồng ý', { exact: true })
    .click();
  const binh = review.getByRole('row').filter({ hasText: 'Trần Thị Bình' });
  await binh.getByText('Không đồng ý', { exact: true }).click();
  await binh.getByRole('textbox', { name: 'Ý kiến về Trần Thị Bình' }).fill('Chưa đủ tiêu chuẩn');
  await page.getByRole('button', { name: 'Lưu kết quả xét' }).click();
  await expect(page.getByText('Hội đồng đã xét', { exact: true })).toBeVisible();
  await expect(candidates.getByRole('row').filter({ hasText: 'Trần Thị Bình' })).toContainText(
    'Chưa đủ tiêu chuẩn',
  );

  await page.getByRole('button', { name: 'Lập quyết định từ các trường hợp được đồng ý' }).click();
  await page
    .getByRole('dialog', { name: 'Lập quyết định khen thưởng' })
    .getByRole('button', { name: 'Lập quyết định' })
    .click();
  await expect(page).toHaveURL(/#\/khen-thuong\/quyet-dinh\/\d+$/);
  const decisionId = Number(/(\d+)$/.exec(page.url())![1]);
  const lines = await api<{ name: string }[]>(page, 'decisions.lines', { id: decisionId });
  expect(lines.map((l) => l.name)).toEqual(['Nguyễn Văn An']);
  await expect(page.getByText('Nguyễn Văn An').first()).toBeVisible();
  await expect(page.getByText('Trần Thị Bình')).toHaveCount(0);
});
