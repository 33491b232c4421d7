import { execFileSync } from 'node:child_process';
import ExcelJS from 'exceljs';
import type { Locator, Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { seedReportWard } from './report-helpers';

const pdfText = (file: string): string =>
  execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');

async function pickYear(page: Page, label: string, year: number): Promise<void> {
  await page.getByRole('combobox', { name: label }).click();
  await page.getByRole('option', { name: String(year), exact: true }).click();
}

async function download(page: Page, click: () => Promise<void>): Promise<string> {
  const pending = page.waitForEvent('download');
  await click();
  return (await (await pending).path())!;
}

/** The row of a sheet whose first cell is `label`, as numbers by column (B = 2…). */
function rowOf(sheet: ExcelJS.Worksheet, label: string): ExcelJS.Row {
  let found: ExcelJS.Row | null = null;
  sheet.eachRow((row) => {
    if (String(row.getCell(1).value ?? '').trim() === label) found = row;
  });
  if (!found) throw new Error(`no row "${label}" in ${sheet.name}`);
  return found;
}

async function recordReport(
  page: Page,
  unit: string,
  day: string,
  expectLine: RegExp,
  file?: string,
): Promise<void> {
  await page.getByRole('button', { name: `Ghi nhận báo cáo của ${unit}` }).click();
  const dialog = page.getByRole('dialog', { name: `Báo cáo năm 2025: ${unit}` });
  await dialog.getByLabel('Ngày nhận').fill(day);
  await expect(dialog.getByText(expectLine)).toBeVisible();
  if (file)
    await dialog.locator('input[type="file"]').setInputFiles({
      name: file,
      mimeType: 'application/pdf',
      buffer: Buffer.from('%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n'),
    });
  await dialog.getByRole('button', { name: 'Lưu' }).click();
  await expect(dialog).toBeHidden();
}

const statusOf = (table: Locator, unit: string) => table.getByRole('row').filter({ hasText: unit });

test('unit reports of a year (one late), the chase list, then the yearly summary as PDF and Excel', async ({
  page,
}) => {
  await page.goto('/');
  await seedReportWard(page, 'Phường Lê Chân', ['Tổ dân phố số 1', 'Tổ dân phố số 2', 'Tổ dân phố số 3']);

  // Unit reports for 2025: all three must report (they take part in the 2025 movement).
  await page.goto('/#/bao-cao/don-vi');
  await pickYear(page, 'Năm báo cáo', 2025);
  await expect(page.getByText('Hạn nộp: 10/12/2025 (đã qua)')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Phải nộp: 3 đơn vị' })).toBeVisible();
  // One unit through the bulk dialog (ticked rows, one date), one through its own dialog with a file.
  await page.getByRole('checkbox', { name: 'Chọn Tổ dân phố số 1' }).check();
  await page.getByRole('button', { name: 'Ghi nhận các đơn vị đã chọn (1)' }).click();
  const many = page.getByRole('dialog', { name: 'Ghi nhận báo cáo năm 2025 của 1 đơn vị' });
  await many.getByLabel('Ngày nhận').fill('08/12/2025');
  await expect(many.getByText(/Tính là nộp đúng hạn \(hạn 10\/12\/2025\)/)).toBeVisible();
  await many.getByRole('button', { name: 'Lưu' }).click();
  await expect(page.getByText('Đã ghi nhận báo cáo của 1 đơn vị.')).toBeVisible();
  await recordReport(page, 'Tổ dân phố số 2', '15/12/2025', /Tính là nộp muộn 5 ngày/, 'bao-cao-tdp2.pdf');
  const table = page.getByRole('table', { name: 'Báo cáo của các đơn vị' });
  await expect(statusOf(table, 'Tổ dân phố số 1')).toContainText('Đúng hạn');
  await expect(statusOf(table, 'Tổ dân phố số 2')).toContainText('Nộp muộn');
  await expect(statusOf(table, 'Tổ dân phố số 2')).toContainText('sau hạn 5 ngày');
  await expect(statusOf(table, 'Tổ dân phố số 3')).toContainText('Chưa nộp (quá hạn)');
  await expect(page.getByRole('button', { name: 'Nộp muộn: 1 đơn vị' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Chưa nộp: 1 đơn vị' })).toBeVisible();

  // The chase list names only the missing unit.
  await page.getByRole('button', { name: 'In danh sách đơn vị chưa nộp' }).click();
  const chaseDialog = page.getByRole('dialog', { name: /Don-vi-chua-nop-bao-cao-2025\.pdf/ });
  await expect(chaseDialog.locator('canvas')).toBeVisible({ timeout: 30_000 });
  const chase = pdfText(
    await download(page, () => chaseDialog.getByRole('button', { name: 'Lưu tệp PDF' }).click()),
  );
  expect(chase).toContain('DANH SÁCH ĐƠN VỊ CHƯA NỘP BÁO CÁO NĂM 2025');
  expect(chase).toContain('Tổ dân phố số 3');
  expect(chase).not.toContain('Tổ dân phố số 1');
  expect(chase).toContain('Tổng số: 1 đơn vị');

  // The yearly summary: figures from the data, the narrative typed here.
  await page.getByRole('tab', { name: 'Báo cáo tổng kết năm' }).click();
  await pickYear(page, 'Năm báo cáo', 2025);
  await expect(
    page.getByText(/Chủ tịch UBND phường đã ban hành 1 quyết định khen thưởng cho 4 lượt/),
  ).toBeVisible();
  await page.getByLabel('Số báo cáo').fill('15');
  await page.getByLabel('Ngày báo cáo').fill('12/12/2025');
  const overview =
    'Năm 2025, phường có nhiều chuyển biến tích cực; các tổ dân phố hưởng ứng sôi nổi phong trào thi đua.';
  const strengths = 'Công tác thi đua được cấp ủy, chính quyền quan tâm chỉ đạo thường xuyên, kịp thời.';
  await page.getByRole('textbox', { name: 'Đặc điểm tình hình', exact: true }).fill(overview);
  await page.getByRole('textbox', { name: 'Ưu điểm', exact: true }).fill(strengths);
  await page.getByRole('button', { name: 'Lưu', exact: true }).click();
  await expect(page.getByText('Đã lưu báo cáo tổng kết năm 2025.')).toBeVisible();

  await page.getByRole('button', { name: 'Xem báo cáo (PDF)' }).click();
  const reportDialog = page.getByRole('dialog', { name: /Bao-cao-tong-ket-TDKT-2025\.pdf/ });
  await expect(reportDialog.locator('canvas')).toBeVisible({ timeout: 30_000 });
  const report = pdfText(
    await download(page, () => reportDialog.getByRole('button', { name: 'Lưu tệp PDF' }).click()),
  );
  for (const line of [
    'ỦY BAN NHÂN DÂN',
    'PHƯỜNG LÊ CHÂN',
    'Số: 15/BC-UBND',
    'Lê Chân, ngày 12 tháng 12 năm 2025',
    'BÁO CÁO',
    'Tổng kết công tác thi đua, khen thưởng năm 2025',
    overview,
    strengths,
    'Có 1/3 đơn vị nộp báo cáo tổng kết đúng hạn, 1 đơn vị nộp muộn, 1 đơn vị chưa nộp.',
    'tổng số tiền thưởng 3.540.000 đồng',
    '- Lưu: VT, VHXH.',
    'Lê Văn Chủ',
    'PHỤ LỤC',
  ])
    expect(report).toContain(line);

  // The same tables in Excel: awards split by recipient, money, unit reports.
  const xlsx = await download(page, () => page.getByRole('button', { name: 'Xuất Excel các biểu' }).click());
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(xlsx);
  const awards = workbook.worksheets.find((s) => s.name.startsWith('2-'))!;
  const awardTotals = rowOf(awards, 'Tổng cộng');
  expect(awardTotals.getCell(2).value).toBe(4); // Tổng số
  expect(awardTotals.getCell(3).value).toBe(1); // Tập thể
  expect(awardTotals.getCell(awardTotals.cellCount).value).toBe(3_540_000); // Tiền thưởng, the last column
  const reports = workbook.worksheets.find((s) => s.name.startsWith('6-'))!;
  const year = rowOf(reports, 'Năm 2025');
  expect([2, 3, 4, 5].map((c) => year.getCell(c).value)).toEqual([3, 1, 1, 1]);

  // Marked sent: read-only until reopened.
  await page.getByRole('button', { name: 'Đánh dấu đã gửi' }).click();
  const sentDialog = page.getByRole('dialog', { name: 'Đánh dấu đã gửi báo cáo năm 2025' });
  await sentDialog.getByLabel('Ngày gửi').fill('13/12/2025');
  await sentDialog.getByRole('button', { name: 'Đánh dấu đã gửi' }).click();
  await expect(page.getByTestId('yearly-report-status')).toHaveText('Đã gửi ngày 13/12/2025');
  await expect(page.getByRole('textbox', { name: 'Ưu điểm', exact: true })).not.toBeEditable();
});

test('every figure of the statistics opens the records behind it', async ({ page }) => {
  await page.goto('/');
  await seedReportWard(page, 'Phường Lê Chân', ['Tổ dân phố số 1', 'Tổ dân phố số 2']);
  await page.goto('/#/bao-cao/thong-ke');
  await pickYear(page, 'Từ năm', 2025);
  const cell = page.getByRole('button', {
    name: 'Giấy khen của Chủ tịch UBND phường — Cá nhân, Người trực tiếp lao động, sản xuất, công tác: 1. Xem các bản ghi',
  });
  await cell.click();
  const records = page.getByRole('dialog');
  await expect(records).toContainText('1 bản ghi');
  await records.getByText('Phạm Thị Thợ').click();
  await expect(page).toHaveURL(/#\/khen-thuong\/quyet-dinh\/\d+$/);
  await expect(page.getByText('Phạm Thị Thợ').first()).toBeVisible();
});
