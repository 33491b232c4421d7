import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { test as base, expect } from '@playwright/test';
import { freshDataDir, startHarness, type RunningHarness } from './harness';

const test = base.extend<{ harness: RunningHarness }>({
  harness: async ({}, use) => {
    const dataDir = freshDataDir();
    const seeded = spawnSync(
      path.join(__dirname, '..', 'node_modules', '.bin', 'tsx'),
      ['scripts/seed.ts', '--data', dataDir, '--size', 'large'],
      { cwd: path.join(__dirname, '..'), encoding: 'utf8' },
    );
    if (seeded.status !== 0) throw new Error(`seed failed: ${seeded.stderr}`);
    const harness = await startHarness(dataDir);
    await use(harness);
    await harness.stop();
  },
  baseURL: async ({ harness }, use) => use(harness.url),
});

test.setTimeout(180_000);

test('the large seeded ward opens, scrolls and answers a search without tones', async ({ page }) => {
  await page.goto('/#/ca-nhan');
  const count = page.getByTestId('people-count');
  await expect(count).toHaveText(/^\d{2}\.\d{3} người$/);
  const total = Number((await count.textContent())!.replace(/\D/g, ''));
  expect(total).toBeGreaterThan(90_000);
  // Only a window of the rows is in the page.
  expect(await page.getByRole('row').count()).toBeLessThan(200);

  await page.getByLabel('Tìm cá nhân').fill('nguyen thi h');
  await expect(count).not.toHaveText(`${total.toLocaleString('vi-VN')} người`);
  const found = Number((await count.textContent())!.replace(/\D/g, ''));
  expect(found).toBeGreaterThan(100);
  expect(found).toBeLessThan(total);
  const first = await page.getByRole('table').getByRole('link').first().textContent();
  expect(first).toMatch(/^Nguyễn Thị H/);
});
