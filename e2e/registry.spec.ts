import { test, expect } from './fixtures';
import { api, emptyUnit, officeWorkbook, readWorkbookRows } from './registry-helpers';

test('units and people: add, sort the Vietnamese way, search without tones, edit, delete and restore', async ({
  page,
}) => {
  await page.goto('/#/don-vi');
  await page.getByRole('button', { name: 'Thêm đơn vị' }).click();
  const unitDialog = page.getByRole('dialog');
  await unitDialog.getByLabel('Tên đơn vị').fill('Trường Tiểu học Lê Chân');
  await unitDialog.getByLabel('Loại đơn vị').click();
  await page.getByRole('option', { name: 'Trường học' }).click();
  await unitDialog.getByRole('button', { name: 'Lưu' }).click();
  await expect(unitDialog).toBeHidden();
  await expect(page.getByRole('link', { name: 'Trường Tiểu học Lê Chân' })).toBeVisible();

  await page.goto('/#/ca-nhan');
  const dialog = page.getByRole('dialog');
  for (const [fullName, birth, gender] of [
    ['Trần Văn Đức', '1990', 'Nam'],
    ['Nguyễn Thị Ánh', '05/07/1985', 'Nữ'],
    ['Lê Văn Anh', '12/03/1979', 'Nam'],
  ] as const) {
    await page.getByRole('button', { name: 'Thêm cá nhân' }).click();
    await dialog.getByLabel('Họ và tên').fill(fullName);
    await dialog.getByLabel('Ngày sinh hoặc năm sinh').fill(birth);
    await dialog.getByLabel('Giới tính').click();
    await page.getByRole('option', { name: gender, exact: true }).click();
    await dialog.getByLabel('Đơn vị').click();
    await dialog.getByLabel('Đơn vị').fill('tieu hoc');
    await page.getByRole('option', { name: 'Trường Tiểu học Lê Chân' }).click();
    await dialog.getByRole('button', { name: 'Lưu' }).click();
    await expect(dialog).toBeHidden();
  }
  await expect(page.getByTestId('people-count')).toHaveText('3 người');
  // Given name first: Anh, Ánh, Đức.
  const names = page.getByRole('table').getByRole('link');
  await expect(names).toHaveText(['Lê Văn Anh', 'Nguyễn Thị Ánh', 'Trần Văn Đức']);

  await page.getByLabel('Tìm cá nhân').fill('tran van duc');
  await expect(page.getByTestId('people-count')).toHaveText('1 người');
  await expect(names).toHaveText(['Trần Văn Đức']);

  await names.first().click();
  await expect(page.getByRole('heading', { level: 1, name: 'Trần Văn Đức' })).toBeVisible();
  await page.getByRole('button', { name: 'Sửa' }).click();
  await dialog.getByLabel('Chức vụ').fill('Hiệu phó');
  await dialog.getByRole('button', { name: 'Lưu' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('definition').filter({ hasText: 'Hiệu phó' })).toBeVisible();

  await page.getByRole('button', { name: 'Xóa' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Xóa' }).click();
  await expect(page.getByText('Trong thùng rác', { exact: true })).toBeVisible();
  await page.getByRole('link', { name: 'Danh sách cá nhân' }).click();
  await page.getByLabel('Tìm cá nhân').fill('');
  await expect(page.getByTestId('people-count')).toHaveText('2 người');
  await page.getByRole('button', { name: 'Thùng rác' }).click();
  await expect(page.getByText('1 người trong thùng rác')).toBeVisible();
  await page.getByRole('button', { name: 'Khôi phục' }).click();
  await expect(page.getByText('Thùng rác trống.')).toBeVisible();
  await page.getByRole('button', { name: 'Quay lại danh sách' }).click();
  await expect(page.getByTestId('people-count')).toHaveText('3 người');
});

test('import a workbook with good and bad rows, read the summary, export the list and read it back', async ({
  page,
}, testInfo) => {
  await page.goto('/#/ca-nhan');
  await api(page, 'units.create', emptyUnit('Trường Tiểu học Lê Chân', 'school'));
  await page.reload();

  await page.getByRole('button', { name: 'Nhập từ Excel' }).click();
  const dialog = page.getByRole('dialog');
  const chooser = page.waitForEvent('filechooser');
  await dialog.getByRole('button', { name: 'Chọn tệp Excel…' }).click();
  await (
    await chooser
  ).setFiles({
    name: 'danh-sach.xlsx',
    mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    buffer: await officeWorkbook('Trường Tiểu học Lê Chân'),
  });
  await dialog.getByRole('tab', { name: /^Lỗi/ }).click();
  await expect(dialog.getByText('Ngày sinh 31/02/1992 không có thật')).toBeVisible();
  await expect(dialog.getByText('Vui lòng nhập họ và tên.')).toBeVisible();
  await dialog.getByRole('button', { name: 'Nhập 2 dòng' }).click();
  await expect(dialog.getByText(/Đã nhập xong tệp/)).toBeVisible();
  await expect(dialog.getByTestId('count-imported')).toContainText('2');
  await expect(dialog.getByTestId('count-refused')).toContainText('2');

  const summaryDownload = page.waitForEvent('download');
  await dialog.getByRole('button', { name: 'Tải bản tổng hợp (.xlsx)' }).click();
  const summaryFile = testInfo.outputPath('tong-hop.xlsx');
  await (await summaryDownload).saveAs(summaryFile);
  const summary = (await readWorkbookRows(summaryFile)).map((r) => r.join(' | ')).join('\n');
  expect(summary).toContain('Đinh Văn Bảo');
  expect(summary).toContain('Từ chối');

  await dialog.getByRole('button', { name: 'Xong' }).click();
  await expect(page.getByTestId('people-count')).toHaveText('2 người');
  // The look-alike Ð was stored as Đ, so a search for "dinh" finds it.
  await page.getByLabel('Tìm cá nhân').fill('dinh van');
  await expect(page.getByTestId('people-count')).toHaveText('1 người');
  await page.getByLabel('Tìm cá nhân').fill('');
  await expect(page.getByTestId('people-count')).toHaveText('2 người');

  const exportDownload = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Xuất Excel' }).click();
  const exported = testInfo.outputPath('danh-sach.xlsx');
  await (await exportDownload).saveAs(exported);
  const rows = await readWorkbookRows(exported);
  expect(rows[0]!.join(' ')).toContain('Phường Lê Chân');
  const header = rows.findIndex((r) => r.includes('Họ và tên'));
  expect(header).toBeGreaterThan(0);
  const nameColumn = rows[header]!.indexOf('Họ và tên');
  // Exported in the list's order: Bảo before Bích.
  expect(rows.slice(header + 1).map((r) => r[nameColumn])).toEqual(['Đinh Văn Bảo', 'Phạm Thị Ngọc Bích']);
});
