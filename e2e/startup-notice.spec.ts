import fs from 'node:fs';
import path from 'node:path';
import { test as base, expect } from '@playwright/test';
import { freshDataDir, startHarness } from './harness';

// Its own harness: the data folder must hold a cut-off restore's record before the app starts.
const test = base;

test('a restore cut off at the last run is told once at start-up, until "Đã hiểu"', async ({ page }) => {
  const dataDir = freshDataDir();
  // A record the power cut left half written: the app opens the folder as it is and says so.
  fs.writeFileSync(path.join(dataDir, 'tdkt-restore-intent.json'), '{"version":1,"phase":"sw');
  const harness = await startHarness(dataDir);
  try {
    await page.goto(harness.url);
    const notice = page.getByText('Không đọc được ghi chép của lần khôi phục dữ liệu trước');
    await expect(notice).toBeVisible();
    await expect(page.getByText(/damaged\/\d{8}-\d{6}-restore-intent/)).toBeVisible();
    expect(fs.readdirSync(path.join(dataDir, 'damaged')).some((d) => d.endsWith('-restore-intent'))).toBe(
      true,
    );
    await page.getByRole('button', { name: 'Đã hiểu' }).click();
    await expect(notice).toBeHidden();
    await page.reload();
    await expect(page.getByRole('heading', { level: 1, name: 'Tổng quan' })).toBeVisible();
    await expect(notice).toBeHidden(); // dismissed for the rest of the run
  } finally {
    await harness.stop();
  }
});
