import fs from 'node:fs';
import { test, expect } from './fixtures';
import { api } from './registry-helpers';

const person = {
  fullName: 'Nguyễn Thị Hoa',
  gender: 'female',
  birthDate: null,
  birthYear: 1975,
  unitId: null,
  position: 'Giáo viên nghỉ hưu',
  staffCategory: null,
  identityNumber: '',
  phone: '',
  address: '',
  note: '',
};

/**
 * A day `daysAgo` before the harness's today, as typed in the app (dd/mm/yyyy): move dates may not be
 * in the future. Computed here, on the harness's clock, because the browser runs in Vietnam's time zone.
 */
function typedDay(daysAgo: number): string {
  const d = new Date();
  d.setDate(d.getDate() - daysAgo);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${pad(d.getDate())}/${pad(d.getMonth() + 1)}/${d.getFullYear()}`;
}

const PDF = Buffer.from('%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n');
const TITLE = 'Cô giáo mười năm dạy học miễn phí';

test('a model is found, moved through the four stages on the board, and keeps its evidence', async ({
  page,
}) => {
  await page.goto('/#/dien-hinh-tien-tien');
  await expect(
    page.getByText(
      'Chưa có điển hình nào. Bấm “Thêm điển hình” để ghi nhận gương người tốt việc tốt đầu tiên.',
    ),
  ).toBeVisible();
  await api(page, 'people.create', person);

  await page.getByRole('button', { name: 'Thêm điển hình' }).click();
  const form = page.getByRole('dialog', { name: 'Thêm điển hình tiên tiến' });
  await form.getByRole('combobox', { name: 'Người, đơn vị hoặc hộ gia đình' }).fill('hoa');
  await page.getByRole('option', { name: /Nguyễn Thị Hoa/ }).click();
  await form.getByLabel('Tên điển hình').fill(TITLE);
  await form.getByLabel('Lĩnh vực').fill('Giáo dục');
  await form.getByLabel('Ngày phát hiện').fill(typedDay(200));
  await form.getByLabel('Nguồn phát hiện').fill('Hội Khuyến học phường');
  await form.getByRole('button', { name: 'Lưu' }).click();
  await expect(form).toBeHidden();

  const column = (name: string) => page.getByRole('region', { name });
  await expect(column('Phát hiện').getByRole('article', { name: TITLE })).toBeVisible();

  const moves = [
    ['Bồi dưỡng', typedDay(150), 'Giao Hội Khuyến học theo dõi, giúp đỡ'],
    ['Tổng kết', typedDay(100), 'Báo cáo tại hội nghị sơ kết'],
    ['Nhân rộng', typedDay(0), 'Phát động học tập gương cô Hoa'],
  ] as const;
  for (const [stage, day, note] of moves) {
    // By keyboard: the menu and the dialog need no mouse (notifications may cover the corner too).
    await page.getByRole('button', { name: `Chuyển giai đoạn của “${TITLE}”` }).press('Enter');
    await page.getByRole('menuitem', { name: `Sang giai đoạn tiếp: ${stage}` }).press('Enter');
    const dialog = page.getByRole('dialog', { name: `Chuyển sang “${stage}”` });
    await dialog.getByLabel('Ngày chuyển').fill(day);
    await dialog.getByLabel('Ghi chú').fill(note);
    await dialog.getByRole('button', { name: 'Chuyển giai đoạn' }).click();
    await expect(dialog).toBeHidden();
    await expect(column(stage).getByRole('article', { name: TITLE })).toBeVisible();
  }
  await expect(column('Phát hiện').getByText('Chưa có')).toBeVisible();

  await page.getByRole('link', { name: `Mở điển hình “${TITLE}”` }).click();
  await expect(page).toHaveURL(/#\/dien-hinh-tien-tien\/\d+$/);
  await expect(page.getByRole('heading', { level: 1, name: TITLE })).toBeVisible();
  const timeline = page.getByLabel('Các lần chuyển giai đoạn');
  await expect(timeline.locator('.mantine-Timeline-item')).toHaveCount(4);
  for (const [title, day] of [
    ['Phát hiện', typedDay(200)],
    ['Bồi dưỡng', typedDay(150)],
    ['Tổng kết', typedDay(100)],
    ['Nhân rộng', typedDay(0)],
  ])
    await expect(timeline.getByText(`${title} · ${day}`)).toBeVisible();
  await expect(timeline.getByText('Báo cáo tại hội nghị sơ kết')).toBeVisible();

  await page.getByLabel('Chọn tệp minh chứng').setInputFiles({
    name: 'Biên bản hội nghị.pdf',
    mimeType: 'application/pdf',
    buffer: PDF,
  });
  const files = page.getByRole('list', { name: 'Danh sách tệp minh chứng' });
  await expect(files.getByRole('button', { name: 'Mở Biên bản hội nghị.pdf' })).toBeVisible();

  const download = page.waitForEvent('download');
  await files.getByRole('button', { name: 'Mở Biên bản hội nghị.pdf' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toBe('Biên bản hội nghị.pdf');
  expect(fs.readFileSync((await file.path())!).equals(PDF)).toBe(true);

  // A .pdf that is really something else is refused with a Vietnamese reason.
  await page.getByLabel('Chọn tệp minh chứng').setInputFiles({
    name: 'gia-mao.pdf',
    mimeType: 'application/pdf',
    buffer: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0]),
  });
  await expect(page.getByText(/có đuôi \.pdf nhưng nội dung là ảnh PNG/)).toBeVisible();
  await expect(files.getByRole('listitem')).toHaveCount(1);
});
