import ExcelJS from 'exceljs';
import type { Browser, Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { freshDataDir, startHarness, type RunningHarness } from './harness';
import { api } from './registry-helpers';
import { seedReportWard } from './report-helpers';
import type { StatTable } from '../shared/domain/statistics';

interface Tables {
  tables: StatTable[];
}

async function pageOn(browser: Browser, harness: RunningHarness): Promise<Page> {
  const context = await browser.newContext({
    baseURL: harness.url,
    acceptDownloads: true,
    locale: 'vi-VN',
    timezoneId: 'Asia/Ho_Chi_Minh',
  });
  const page = await context.newPage();
  await page.goto('/');
  return page;
}

/** Exports the ward's 2025 package from the "Gửi thành phố" card; returns the downloaded files. */
async function exportPackage(page: Page): Promise<{ json: string; xlsx: string }> {
  await page.goto('/#/bao-cao/thanh-pho');
  const card = page
    .locator('section, div')
    .filter({ has: page.getByRole('heading', { name: 'Gửi thành phố' }) })
    .last();
  await card.getByRole('combobox', { name: 'Năm' }).click();
  await page.getByRole('option', { name: '2025', exact: true }).click();
  const files: string[] = [];
  for (const name of ['Xuất tệp JSON đi kèm', 'Xuất gói Excel']) {
    const pending = page.waitForEvent('download');
    await card.getByRole('button', { name }).click();
    files.push((await (await pending).path())!);
  }
  return { json: files[0]!, xlsx: files[1]! };
}

test('two wards send their packages; a third data folder imports both and adds them up', async ({
  page,
  browser,
}) => {
  const ngoQuyen = await startHarness(freshDataDir());
  const city = await startHarness(freshDataDir());
  try {
    await page.goto('/');
    await seedReportWard(page, 'Phường Lê Chân', ['Tổ dân phố số 1', 'Tổ dân phố số 2', 'Tổ dân phố số 3']);
    const other = await pageOn(browser, ngoQuyen);
    await seedReportWard(other, 'Phường Ngô Quyền', ['Tổ dân phố số 7', 'Tổ dân phố số 8']);

    const leChan = await exportPackage(page);
    const ngo = await exportPackage(other);

    // The Excel file reads without the app: the fixed "Thong tin" sheet names the ward and year.
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(leChan.xlsx);
    const info = workbook.getWorksheet('Thong tin')!;
    const values: string[] = [];
    info.eachRow((row) => values.push(String(row.getCell(3).value ?? '')));
    expect(values).toContain('Phường Lê Chân');
    expect(values).toContain('2025');
    expect(workbook.getWorksheet('Danh sach khen thuong')!.actualRowCount).toBe(1 + 4); // header + 4 lines

    // The city imports both JSON twins (the second one twice: refused, then replaced).
    const cityPage = await pageOn(browser, city);
    await cityPage.goto('/#/bao-cao/thanh-pho');
    const picker = cityPage.getByLabel('Chọn tệp JSON gói báo cáo của phường');
    await picker.setInputFiles(leChan.json);
    await expect(cityPage.getByText('Đã nhập gói báo cáo của Phường Lê Chân năm 2025.')).toBeVisible();
    await picker.setInputFiles(ngo.json);
    await expect(cityPage.getByText('Đã nhập gói báo cáo của Phường Ngô Quyền năm 2025.')).toBeVisible();
    await picker.setInputFiles(ngo.json);
    await expect(cityPage.getByText('Gói báo cáo này đã được nhập')).toBeVisible();
    await cityPage.getByRole('button', { name: 'Thay thế' }).click();
    await expect(
      cityPage.getByText('Đã nhập gói báo cáo của Phường Ngô Quyền năm 2025.').first(),
    ).toBeVisible();

    const list = cityPage.getByRole('table', { name: 'Các gói báo cáo đã nhập' });
    await expect(list.getByRole('row')).toHaveCount(3); // header + two wards
    await expect(cityPage.getByText('Số liệu cộng gộp của 2 phường, năm 2025')).toBeVisible();

    // Every cell of the city's totals is the sum of the two wards' own statistics.
    const range = { fromYear: 2025, toYear: 2025 };
    const a = await api<Tables>(page, 'statistics.tables', range);
    const b = await api<Tables>(other, 'statistics.tables', range);
    const totals = await api<Tables>(cityPage, 'cityPackage.totals', { year: 2025 });
    expect(totals.tables.map((t) => t.id)).toEqual(a.tables.map((t) => t.id));
    for (const [i, table] of totals.tables.entries()) {
      for (const [key, value] of Object.entries(table.total))
        expect(value, `${table.id}.${key}`).toBe(
          (a.tables[i]!.total[key] ?? 0) + (b.tables[i]!.total[key] ?? 0),
        );
    }
    const awards = totals.tables.find((t) => t.id === 'awards')!;
    expect(awards.total['total']).toBe(8);
    expect(awards.total['money']).toBe(7_080_000);
  } finally {
    await ngoQuyen.stop();
    await city.stop();
  }
});
