import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { HARNESS_TOKEN_HEADER, HARNESS_TOKEN_META } from '../shared/api/envelope';

async function tokenFrom(page: Page): Promise<string> {
  await page.goto('/');
  return (await page.locator(`meta[name="${HARNESS_TOKEN_META}"]`).getAttribute('content')) ?? '';
}

test('the API answers with the page token and refuses a request without it', async ({
  page,
  request,
  harness,
}) => {
  const token = await tokenFrom(page);
  expect(token).toMatch(/^[0-9a-f]{48}$/);

  const good = await request.post(`${harness.url}api/settings.get`, {
    headers: { [HARNESS_TOKEN_HEADER]: token },
    data: {},
  });
  expect(await good.json()).toMatchObject({ ok: true, data: { wardName: 'Phường Lê Chân' } });

  const missing = await request.post(`${harness.url}api/settings.get`, { data: {} });
  expect(missing.status()).toBe(401);
  expect(await missing.json()).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });

  const wrong = await request.post(`${harness.url}api/settings.get`, {
    headers: { [HARNESS_TOKEN_HEADER]: 'x'.repeat(48) },
    data: {},
  });
  expect(wrong.status()).toBe(401);
});

test('a request from a foreign origin or host is refused and changes nothing', async ({
  page,
  request,
  harness,
}) => {
  const token = await tokenFrom(page);
  const foreign = await request.post(`${harness.url}api/settings.update`, {
    headers: { [HARNESS_TOKEN_HEADER]: token, origin: 'http://evil.example' },
    data: { wardName: 'Bị sửa' },
  });
  expect(foreign.status()).toBe(403);

  const rebound = await request.get(harness.url, { headers: { host: 'evil.example' } });
  expect(rebound.status()).toBe(403);

  const after = await request.post(`${harness.url}api/settings.get`, {
    headers: { [HARNESS_TOKEN_HEADER]: token },
    data: {},
  });
  expect(await after.json()).toMatchObject({ ok: true, data: { wardName: 'Phường Lê Chân' } });
});

test('bad input is refused with a code and a Vietnamese message', async ({ page, request, harness }) => {
  const token = await tokenFrom(page);
  const res = await request.post(`${harness.url}api/settings.update`, {
    headers: { [HARNESS_TOKEN_HEADER]: token },
    data: { wardName: '' },
  });
  const body = await res.json();
  expect(body).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
  expect(body.error.fields.wardName).toBe('Vui lòng nhập tên phường.');
});

test('saving the log comes back as a download', async ({ page }) => {
  await page.goto('/#/cai-dat');
  const downloadPromise = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Lưu nhật ký lỗi' }).click();
  const download = await downloadPromise;
  expect(download.suggestedFilename()).toMatch(/^tdkt-nhat-ky-\d{8}\.log$/);
  const content = await (await import('node:fs')).promises.readFile((await download.path())!, 'utf8');
  expect(content).toContain('Opened');
});
